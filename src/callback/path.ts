import { describe } from '../core/decode.js';
import { fail, type Fail } from '../core/result.js';

/**
 * A parser refusal at a JSON path: the message names the path and what was expected, `details.found`
 * describes the offending value by kind and size (never its text), `path` is the JSON path. Internal.
 */
export function refusedAt<C extends string>(code: C, path: string, message: string, value: unknown): Fail<C> {
  return fail(code, `${path}: ${message}`, { found: describe(value) }, path);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The JSON path of a property of `parent` (`$.weekly.mon`, `$.special["2026-12-25"]`). Internal. */
export function child(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
