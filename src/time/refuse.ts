import { describe } from '../core/internal.js';

/**
 * The one way a typed `time` helper refuses a value its types promise it will never see (a malformed
 * date from untyped JavaScript, a number of days that leaves the supported years): a `RangeError` that
 * names the function, what it expected and the value's kind and size (never its text: see
 * `core` `describe`).
 */
export function rangeError(fn: string, expected: string, value: unknown): RangeError {
  return new RangeError(`time.${fn}: expected ${expected}, not ${describe(value)}`);
}
