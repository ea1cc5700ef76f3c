import { isInstant, maxInstant } from './instant.js';
import { rejection, type Rejection } from './rejection.js';
import { fail, ok, type Result } from './result.js';

/*
 * The one decoder for untrusted input (events, saved states, configurations, server payloads).
 *
 * A decoder reads a value once into plain data, or returns a Problem that names the JSON path of the
 * offending value and describes its kind and size (never its text: a hostile value's `toString` is never
 * called, and a 1e5-element array is refused by its length without being read). Decoders never recurse on
 * the input's own depth: the schema fixes the depth. Internal to dialdesk (imported by path inside src).
 */

/** Why a value did not decode: the JSON path of the offending value and a message. */
export class Problem {
  constructor(
    /** JSON path of the offending value, e.g. `$.callback.numbers[0]`. */
    readonly path: string,
    /** What was expected and what was found (kind and size only). */
    readonly message: string,
  ) {}
}

/** Reads `value` (found at `path`) into plain data of type `T`, or returns a {@link Problem}. */
export type Decoder<T> = (value: unknown, path: string) => T | Problem;

/** What a decoder produces. */
export type Decoded<D> = D extends Decoder<infer T> ? T : never;

/** True when a decoder's answer is a {@link Problem}. */
export function isProblem(value: unknown): value is Problem {
  return value instanceof Problem;
}

/** Describes a value by kind and size, never by its text. */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'boolean':
      return `the boolean ${value ? 'true' : 'false'}`;
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      if (Object.is(value, -0)) return 'the number -0';
      return `the number ${value}`; // a number prints safely: no user code runs
    case 'bigint':
      return 'a bigint';
    case 'string':
      return `a string of ${value.length} characters`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `an array of ${value.length} items`;
      return 'an object';
  }
}

/** Appends a key to a JSON path: `$.a`, or `$["odd key"]` for keys that are not identifiers. */
export function pathOf(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return `${path}.${key}`;
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return `${path}[${JSON.stringify(shown)}]`;
}

const problem = (path: string, expected: string, value: unknown): Problem => new Problem(path, `${path} must be ${expected}, not ${describe(value)}.`);

/** True for a non-null object that is not an array. */
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only (inherited keys such as `__proto__` or `toString` read as undefined). */
function own(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

// ---------------------------------------------------------------------------------------------- scalars

/** Any string, optionally bounded in length and checked against a pattern. */
export function string(options: { readonly min?: number; readonly max?: number; readonly pattern?: RegExp; readonly expected?: string } = {}): Decoder<string> {
  const min = options.min ?? 0;
  const max = options.max ?? 10_000;
  const expected = options.expected ?? (min > 0 ? `a non-empty string of at most ${max} characters` : `a string of at most ${max} characters`);
  return (value, path) =>
    typeof value === 'string' && value.length >= min && value.length <= max && (options.pattern === undefined || options.pattern.test(value))
      ? value
      : problem(path, expected, value);
}

/** A finite number within `[min, max]`; `-0` reads as `0`. */
export function number(options: { readonly min?: number; readonly max?: number; readonly integer?: boolean; readonly expected?: string } = {}): Decoder<number> {
  const min = options.min ?? -Number.MAX_VALUE;
  const max = options.max ?? Number.MAX_VALUE;
  const integer = options.integer ?? false;
  const expected =
    options.expected ??
    `${integer ? 'an integer' : 'a finite number'}${options.min !== undefined ? ` >= ${min}` : ''}${options.max !== undefined ? ` <= ${max}` : ''}`;
  return (value, path) =>
    typeof value === 'number' && value >= min && value <= max && (!integer || Number.isSafeInteger(value))
      ? value === 0
        ? 0
        : value
      : problem(path, expected, value);
}

/** A safe integer within `[min, max]` (default: non-negative). */
export function integer(min = 0, max = Number.MAX_SAFE_INTEGER): Decoder<number> {
  return number({ min, max, integer: true });
}

/** A supported instant (see `isInstant`): epoch milliseconds from 0 to `maxInstant`, not `-0`. */
export const instant: Decoder<number> = (value, path) =>
  isInstant(value) ? value : problem(path, `an epoch-millisecond instant from 0 to ${maxInstant}`, value);

/** A boolean. */
export const boolean: Decoder<boolean> = (value, path) => (typeof value === 'boolean' ? value : problem(path, 'a boolean', value));

/** One of the given primitive values (compared with `===`). */
export function literal<const T extends string | number | boolean | null>(...values: readonly T[]): Decoder<T> {
  const expected =
    values.length <= 8 ? `one of ${values.map((v) => JSON.stringify(v)).join(', ')}` : `one of ${values.length} known values`;
  return (value, path) => (values.includes(value as T) ? (value as T) : problem(path, expected, value));
}

/** Any value, returned as is: for a field that a later check reads with its own decoder. */
export const unknownValue: Decoder<unknown> = (value) => value;

/**
 * Plain JSON data (null, booleans, finite numbers, strings, arrays, objects) at most `depth` levels deep
 * and `size` values in all, read into a fresh copy. Deeper or larger data is refused, never recursed into.
 */
export function json(options: { readonly depth?: number; readonly size?: number } = {}): Decoder<unknown> {
  const maxDepth = options.depth ?? 16;
  const maxSize = options.size ?? 10_000;
  return (value, path) => {
    let count = 0;
    const copy = (v: unknown, at: string, depth: number): unknown => {
      count += 1;
      if (count > maxSize) return new Problem(at, `${path} must hold at most ${maxSize} values.`);
      if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
      if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : problem(at, 'a finite number', v);
      if (typeof v !== 'object') return problem(at, 'JSON data', v);
      if (depth >= maxDepth) return new Problem(at, `${path} must be at most ${maxDepth} levels deep.`);
      if (Array.isArray(v)) {
        if (v.length > maxSize) return problem(at, `an array of at most ${maxSize} items`, v);
        const out: unknown[] = [];
        for (let i = 0; i < v.length; i += 1) {
          const item = copy(v[i], `${at}[${i}]`, depth + 1);
          if (item instanceof Problem) return item;
          out.push(item);
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const item = copy((v as Record<string, unknown>)[key], pathOf(at, key), depth + 1);
        if (item instanceof Problem) return item;
        if (key !== '__proto__') out[key] = item;
      }
      return out;
    };
    return copy(value, path, 0);
  };
}

/** A {@link Rejection} as kept in a state: code, message, optional path and JSON details. */
export const rejectionData = object({
  code: string({ max: 200 }),
  message: string({ max: 10_000 }),
  path: optional(string({ max: 1_000 })),
  details: optional(json()),
});

// ---------------------------------------------------------------------------------------------- wrappers

/** `undefined` (or an absent field) reads as `undefined`; anything else goes to `decoder`. */
export function optional<T>(decoder: Decoder<T>): Decoder<T | undefined> {
  return (value, path) => (value === undefined ? undefined : decoder(value, path));
}

/** `null` reads as `null`; anything else goes to `decoder`. */
export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null ? null : decoder(value, path));
}

/** Decodes, then checks the plain value; `check` returns a message (what was expected) when it fails. */
export function refine<T>(decoder: Decoder<T>, check: (value: T) => string | undefined): Decoder<T> {
  return (value, path) => {
    const read = decoder(value, path);
    if (read instanceof Problem) return read;
    const expected = check(read);
    return expected === undefined ? read : new Problem(path, `${path} must be ${expected}.`);
  };
}

/** Decodes, then maps the plain value (the mapping must not throw). */
export function map<T, U>(decoder: Decoder<T>, f: (value: T) => U): Decoder<U> {
  return (value, path) => {
    const read = decoder(value, path);
    return read instanceof Problem ? read : f(read);
  };
}

/** The first decoder that accepts the value; the last one's problem otherwise. */
export function oneOf<T>(...decoders: readonly Decoder<T>[]): Decoder<T> {
  return (value, path) => {
    let last: Problem = problem(path, 'a known shape', value);
    for (const d of decoders) {
      const read = d(value, path);
      if (!(read instanceof Problem)) return read;
      last = read;
    }
    return last;
  };
}

// ---------------------------------------------------------------------------------------------- containers

/**
 * An array of at most `max` items, each decoded (holes read as `undefined` and go to the item decoder,
 * so a sparse array never leaves a hole in the result; an item that decodes to `undefined` is refused). Refused by its length before any item is read.
 */
export function array<T>(item: Decoder<T>, options: { readonly min?: number; readonly max: number }): Decoder<readonly T[]> {
  const min = options.min ?? 0;
  const expected = `an array of ${min > 0 ? `${min} to ` : 'at most '}${options.max} items`;
  return (value, path) => {
    if (!Array.isArray(value)) return problem(path, expected, value);
    const length = value.length;
    if (length > options.max || length < min) return problem(path, expected, value);
    const out: T[] = new Array<T>(length);
    for (let i = 0; i < length; i += 1) {
      const read = item(value[i], `${path}[${i}]`);
      if (read instanceof Problem) return read;
      // An item that reads as nothing (a hole, or `undefined` under `optional`) would leave `undefined` in state.
      if (read === undefined) return problem(`${path}[${i}]`, 'a value (an array item cannot be empty)', value[i]);
      out[i] = read;
    }
    return out;
  };
}

/** The fields of an object decoder: each key with its decoder. */
export type Shape = Readonly<Record<string, Decoder<unknown>>>;

/** What an object decoder produces: optional fields (those whose decoder may give `undefined`) may be absent. */
export type ObjectOf<F extends Shape> = {
  readonly [K in keyof F as undefined extends Decoded<F[K]> ? never : K]: Decoded<F[K]>;
} & {
  readonly [K in keyof F as undefined extends Decoded<F[K]> ? K : never]?: Decoded<F[K]>;
} extends infer O
  ? { readonly [K in keyof O]: O[K] }
  : never;

/**
 * An object (any prototype, including none) read through its own fields only: each declared field is read
 * exactly once; other keys are ignored; a field that reads as `undefined` is left out of the result.
 */
export function object<F extends Shape>(fields: F): Decoder<ObjectOf<F>> {
  const keys = Object.keys(fields);
  return (value, path) => {
    if (!isObject(value)) return problem(path, 'an object', value);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const read = fields[key]!(own(value, key), pathOf(path, key));
      if (read instanceof Problem) return read;
      if (read !== undefined) out[key] = read;
    }
    return out as ObjectOf<F>;
  };
}

/** An object used as a map: at most `max` own keys, each value decoded. */
export function dictionary<T>(item: Decoder<T>, options: { readonly max: number; readonly key?: Decoder<string> }): Decoder<Readonly<Record<string, T>>> {
  return (value, path) => {
    if (!isObject(value)) return problem(path, 'an object', value);
    const keys = Object.keys(value);
    if (keys.length > options.max) return new Problem(path, `${path} must have at most ${options.max} keys, not ${keys.length}.`);
    const out: Record<string, T> = Object.create(null) as Record<string, T>;
    for (const key of keys) {
      const at = pathOf(path, key);
      if (options.key !== undefined) {
        const k = options.key(key, at);
        if (k instanceof Problem) return k;
      }
      const read = item((value as Record<string, unknown>)[key], at);
      if (read instanceof Problem) return read;
      if (read === undefined) return problem(at, 'a value', undefined);
      out[key] = read;
    }
    return { ...out };
  };
}

/**
 * An object tagged by a string field (`type`, `kind`, ...): the tag picks the decoder for the whole
 * object. An unknown tag is a problem at the tag's path.
 */
export function tagged<V extends Readonly<Record<string, Decoder<unknown>>>>(tag: string, variants: V): Decoder<Decoded<V[keyof V]>> {
  const names = Object.keys(variants);
  const expected = names.length <= 8 ? `one of ${names.map((v) => JSON.stringify(v)).join(', ')}` : `one of ${names.length} known values`;
  return (value, path) => {
    if (!isObject(value)) return problem(path, 'an object', value);
    const t = own(value, tag);
    const variant = typeof t === 'string' && Object.prototype.hasOwnProperty.call(variants, t) ? variants[t] : undefined;
    if (variant === undefined) return problem(pathOf(path, tag), expected, t);
    return variant(value, path) as Decoded<V[keyof V]> | Problem;
  };
}

// ---------------------------------------------------------------------------------------------- entry points

/**
 * Runs a decoder on untrusted input from the root path `$`, never throwing: a getter or proxy that throws
 * becomes a Problem at `$`.
 */
export function run<T>(decoder: Decoder<T>, value: unknown, path = '$'): T | Problem {
  try {
    return decoder(value, path);
  } catch {
    return new Problem(path, `${path} could not be read.`);
  }
}

/** A {@link Problem} as a {@link Rejection} with the given code and the problem's path. */
export function rejectionOf<C extends string>(code: C, found: Problem, details?: unknown): Rejection<C> {
  return rejection(code, found.message, details, found.path);
}

/**
 * Decodes untrusted input into a {@link Result}: the plain value, or a failure with `code` and the path.
 */
export function decode<T, C extends string>(decoder: Decoder<T>, value: unknown, code: C): Result<T, C> {
  const read = run(decoder, value);
  return read instanceof Problem ? fail(code, read.message, undefined, read.path) : ok(read);
}
