import { rangeError } from '../core/internal.js';

/**
 * The test kit's one refusal of a value its types rule out (internal): a `RangeError` built by the core
 * `rangeError`, naming the helper (`testing.run`) and the value's kind, never its text.
 */
export function requireMachine(fn: string, machine: unknown, restore = false): void {
  const ok =
    typeof machine === 'object' &&
    machine !== null &&
    typeof (machine as { start?: unknown }).start === 'function' &&
    typeof (machine as { transition?: unknown }).transition === 'function' &&
    (!restore || (typeof (machine as { restore?: unknown }).restore === 'function' && Array.isArray((machine as { codes?: unknown }).codes)));
  if (!ok) throw rangeError(`testing.${fn}`, restore ? 'a machine (id, codes, start, transition, restore)' : 'a machine with start and transition', machine);
}

/** Refuses a list that is not an array (internal). */
export function requireArray(fn: string, what: string, value: unknown): void {
  if (!Array.isArray(value)) throw rangeError(`testing.${fn}`, what, value);
}
