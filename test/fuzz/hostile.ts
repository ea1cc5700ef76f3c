/**
 * Hostile values for the fuzzer: what plain JSON, a stored state or a careless host can hand a public
 * function. Every value is built fresh by a factory (getters keep per-value state), and
 * {@link describe} names a value by kind and size, never by calling its `toString`.
 */

/** A source of uniform numbers in [0, 1) (seeded by the caller). */
export interface Rng {
  next(): number;
}

/** A small seeded generator (mulberry32): the fuzzer's own choices, reproducible from a seed. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** One of `items`. */
export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r.next() * items.length)] as T;
}

/** Instants no machine may accept: out of the ECMAScript range, not finite, negative zero, unsafe. */
export const hostileInstants: readonly number[] = [1e300, -0, Number.NaN, 2 ** 53 + 2, 8.64e15 + 1, Number.POSITIVE_INFINITY, -1, -8.64e15];

/** A number `at` that reads `first` once and garbage after: a getter that changes between reads. */
export function flipping(first: unknown, then: unknown = Number.NaN): { readonly at: unknown } {
  let reads = 0;
  return {
    get at() {
      reads++;
      return reads === 1 ? first : then;
    },
  };
}

/** An array nested `depth` deep (built without recursion). */
export function deepArray(depth: number): unknown[] {
  let v: unknown[] = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** An object nested `depth` deep under key `a`. */
export function deepObject(depth: number): Record<string, unknown> {
  let v: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** Factories of hostile values, by name (the name is what a report shows). */
export const hostileFactories: Readonly<Record<string, () => unknown>> = {
  'number 1e300': () => 1e300,
  'number -0': () => -0,
  'number NaN': () => Number.NaN,
  'number 2^53+2': () => 2 ** 53 + 2,
  'number 8.64e15+1': () => 8.64e15 + 1,
  'number Infinity': () => Number.POSITIVE_INFINITY,
  'number -1': () => -1,
  'number 1.5': () => 1.5,
  'number 0': () => 0,
  'string empty': () => '',
  'string 1e5 chars': () => 'x'.repeat(100_000),
  'string xx': () => 'xx',
  'string __proto__': () => '__proto__',
  'string toString': () => 'toString',
  null: () => null,
  undefined: () => undefined,
  'boolean true': () => true,
  bigint: () => 10n,
  symbol: () => Symbol('hostile'),
  'object empty': () => ({}),
  'object null-prototype': () => Object.create(null) as unknown,
  'object toString key': () => ({ toString: 'x', valueOf: 'y' }),
  'object throwing toString': () => ({
    toString() {
      throw new Error('hostile toString');
    },
  }),
  'object flipping at getter': () => flipping(Date.UTC(2026, 10, 24, 9)),
  'array deep 1e5': () => deepArray(100_000),
  'object deep 1e4': () => deepObject(10_000),
  'array 1e5 items': () => Array.from({ length: 100_000 }, (_, i) => i),
  'array sparse': () => {
    const a: unknown[] = [];
    a[2] = 1;
    a.length = 4;
    return a;
  },
  'array sparse 1e5': () => new Array<unknown>(100_000),
  'array empty': () => [],
  function: () => () => 1,
};

/** Names of {@link hostileFactories}. */
export const hostileNames: readonly string[] = Object.keys(hostileFactories);

/** A fresh hostile value and its name. */
export function hostile(r: Rng): { readonly name: string; readonly value: unknown } {
  const name = pick(r, hostileNames);
  return { name, value: (hostileFactories[name] as () => unknown)() };
}

/** Names a value by kind and size without reading through getters or calling its methods. */
export function describe(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'Symbol()';
    case 'function':
      return 'function';
    case 'string':
      return value.length > 40 ? `'${value.slice(0, 12)}…' (${value.length} chars)` : `'${value}'`;
    default:
      break;
  }
  if (depth > 2) return Array.isArray(value) ? `[…${value.length}]` : '{…}';
  if (Array.isArray(value)) {
    if (value.length > 8) return `[array of ${value.length}]`;
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(i in value ? describe(value[i], depth + 1) : '<hole>');
    return `[${items.join(', ')}]`;
  }
  const obj = value;
  const keys = Reflect.ownKeys(obj);
  const proto = Object.getPrototypeOf(obj) === null ? 'null-proto ' : '';
  const parts = keys.slice(0, 10).map((k) => {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    const name = typeof k === 'symbol' ? '[symbol]' : k;
    if (d === undefined) return name;
    if (d.get !== undefined) return `get ${name}`;
    return `${name}: ${describe(d.value, depth + 1)}`;
  });
  return `${proto}{${parts.join(', ')}${keys.length > 10 ? `, …${keys.length - 10} more` : ''}}`;
}
