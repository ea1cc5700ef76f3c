/**
 * The contract laws the fuzzer checks on every step (DESIGN §2): a refusal hands back the very same
 * state with a kebab-case code (from the machine's list when it has one); an accepted state is deeply
 * frozen, JSON-round-trippable and carries a valid `lastAt`; no caller-owned object is frozen; an
 * accepted event's `at` is a valid instant; `restore` of the JSON gives an equal state.
 */

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const WALK_LIMIT = 2_000;

/** True for a kebab-case code. */
export function isKebab(code: unknown): boolean {
  return typeof code === 'string' && KEBAB.test(code);
}

export { equal, unfrozenObjects } from '../../src/testing/plain.js';
export { isInstant } from '../../src/core/instant.js';

/** How many of the objects that were not frozen before the call are frozen now. */
export function newlyFrozen(before: readonly object[]): number {
  let n = 0;
  for (const o of before) if (Object.isFrozen(o)) n++;
  return n;
}

/** Why a state breaks "deeply frozen plain JSON", or undefined. */
export function stateProblem(state: unknown): string | undefined {
  const stack: { v: unknown; path: string }[] = [{ v: state, path: '$' }];
  let seen = 0;
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: string };
    if (++seen > WALK_LIMIT) return undefined;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path} is ${String(v)}`;
      if (Object.is(v, -0)) return `${path} is -0 (0 after JSON)`;
      continue;
    }
    if (typeof v !== 'object') return `${path} is a ${typeof v}`;
    if (!Object.isFrozen(v)) return `${path} is not frozen`;
    const proto: unknown = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype) return `${path} is not a plain object`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return `${path}[${i}] is a hole`;
        stack.push({ v: v[i] as unknown, path: `${path}[${i}]` });
      }
      continue;
    }
    for (const key of Reflect.ownKeys(v)) {
      if (typeof key === 'symbol') return `${path} has a symbol key`;
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d === undefined || !('value' in d)) return `${path}.${key} is a getter`;
      if (d.value === undefined) return `${path}.${key} is undefined`;
      stack.push({ v: d.value, path: `${path}.${key}` });
    }
  }
  return undefined;
}
