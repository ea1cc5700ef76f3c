import { describe } from './decode.js';

/**
 * The one way a typed helper refuses a value its types promise it will never see (a malformed date
 * from untyped JavaScript, a number of days that leaves the supported years, a list that is not an
 * array): a `RangeError` that names the function (`time.addDays`), what it expected, and the value by
 * its kind and size (`describe`: never its text, so no `toString` of the value runs).
 */
export function rangeError(fn: string, expected: string, value: unknown): RangeError {
  return new RangeError(`${fn}: expected ${expected}, not ${describe(value)}`);
}
