/*
 * Plain-data helpers shared by the law checker (`checkMachineLaws`) and the fuzzer (test/fuzz): one
 * equality and one walk for "which caller objects are not frozen". Internal to dialdesk/testing.
 */

/** Objects walked at most by {@link unfrozenObjects} (a walk must stay cheap on hostile input). */
const WALK_LIMIT = 2_000;
/** Arrays longer than this are checked themselves, not item by item. */
const WIDE = 1_000;

/**
 * Structural equality of plain data (key order ignored; numbers by `Object.is`, so `-0` differs from
 * `0` and `NaN` equals `NaN`). Iterative: a deeply nested value does not overflow the stack.
 */
export function equal(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (const k of kx) {
      if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
      stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}

/**
 * The objects reachable from `value` through own data properties (never through getters, so no
 * caller code runs), bounded to 2,000 objects; arrays of more than 1,000 items are not entered.
 */
export function reachableObjects(value: unknown): object[] {
  const out: object[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < WALK_LIMIT) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
    if (Array.isArray(v) && v.length > WIDE) continue;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d && ((typeof d.value === 'object' && d.value !== null) || typeof d.value === 'function')) stack.push(d.value);
    }
  }
  return out;
}

/** The objects reachable from `value` that are not frozen now (the caller's objects a call must not freeze). */
export function unfrozenObjects(value: unknown): object[] {
  return reachableObjects(value).filter((o) => !Object.isFrozen(o));
}
