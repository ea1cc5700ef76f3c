import type fc from 'fast-check';
import { isRecord, ownField, rangeError } from '../../core/internal.js';
import { zone } from '../../time/index.js';

/*
 * The arbitraries' one check of their options (internal): an option their types rule out (from untyped
 * JavaScript) is a `RangeError` naming the arbitrary and the option (`testing.arbitraries.localDate:
 * expected options.min: ...`) and the value's kind, before fast-check ever sees it. An option that is an
 * arbitrary is checked to be one, and each value it generates is checked as it is drawn.
 */

/** The options object (`undefined` reads as none), or the RangeError naming `fn`. */
export function optionsOf(fn: string, value: unknown): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw rangeError(`testing.arbitraries.${fn}`, 'an options object', value);
  return value;
}

/** An integer option from `min` to `max`, or `undefined` when absent. */
export function integerOption(fn: string, options: Readonly<Record<string, unknown>>, key: string, min: number, max: number): number | undefined {
  const value = ownField(options, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw rangeError(`testing.arbitraries.${fn}`, `options.${key} to be an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** True for a fast-check arbitrary (what `fc.integer()` and the like return). */
export function isArbitrary(value: unknown): value is fc.Arbitrary<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { generate?: unknown; map?: unknown; chain?: unknown; filter?: unknown };
  return typeof v.generate === 'function' && typeof v.map === 'function' && typeof v.chain === 'function' && typeof v.filter === 'function';
}

/**
 * An arbitrary given as `value` (named `what` in messages: `options.zones`): `undefined` when absent, else
 * the arbitrary with each generated value checked by `check` (a value it refuses is a RangeError naming
 * `what`, thrown as the value is drawn).
 */
export function checkedArbitrary<T>(fn: string, what: string, value: unknown, expected: string, check: (v: unknown) => v is T): fc.Arbitrary<T> | undefined {
  if (value === undefined) return undefined;
  if (!isArbitrary(value)) throw rangeError(`testing.arbitraries.${fn}`, `${what} to be a fast-check arbitrary of ${expected}`, value);
  return value.map((drawn) => {
    if (!check(drawn)) throw rangeError(`testing.arbitraries.${fn}`, `${what} to generate ${expected}`, drawn);
    return drawn;
  });
}

/** An arbitrary option of `options` (see {@link checkedArbitrary}). */
export function arbitraryOption<T>(fn: string, options: Readonly<Record<string, unknown>>, key: string, expected: string, check: (v: unknown) => v is T): fc.Arbitrary<T> | undefined {
  return checkedArbitrary(fn, `options.${key}`, ownField(options, key), expected, check);
}

/** True for an IANA zone name `time.zone` accepts. */
export function isZoneName(value: unknown): value is string {
  return typeof value === 'string' && zone(value).ok;
}

/** True for a safe integer within `[min, max]`. */
export function integerWithin(min: number, max: number): (value: unknown) => value is number {
  return (value): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}
