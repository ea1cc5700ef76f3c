import { describe, pathOf } from '../core/decode.js';
import { fail, type Fail } from '../core/result.js';

/**
 * A parser refusal at a JSON path: the message names the path and what was expected, `details.found`
 * describes the offending value by kind and size (never its text), `path` is the JSON path. Internal.
 */
export function refusedAt<C extends string>(code: C, path: string, message: string, value: unknown): Fail<C> {
  return fail(code, `${path}: ${message}`, { found: describe(value) }, path);
}

/**
 * The JSON path of a property of `parent` (`$.weekly.mon`, `$.special["2026-12-25"]`); an untrusted key
 * longer than 40 characters is shortened, so that a path stays small whatever the input. Internal.
 */
export function child(parent: string, key: string | number): string {
  return pathOf(parent, key);
}
