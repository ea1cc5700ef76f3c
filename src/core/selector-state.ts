import { isOwnState } from './define.js';
import { isInstant } from './instant.js';
import type { Machine } from './machine.js';
import { rangeError } from './range-error.js';

/** Objects a frozen value may hold for {@link deeplyFrozen} to vouch for it (a walk must stay cheap). */
const WALK_LIMIT = 20_000;

/**
 * True when `value` and everything in it is frozen data (no accessor), within {@link WALK_LIMIT} objects
 * (internal): such a value cannot change, so a check of it holds for good and may be remembered.
 */
export function deeplyFrozen(value: object): boolean {
  const seen = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const o = stack.pop() as object;
    if (seen.has(o)) continue;
    if (seen.size >= WALK_LIMIT || !Object.isFrozen(o)) return false;
    seen.add(o);
    for (const d of Object.values(Object.getOwnPropertyDescriptors(o))) {
      if (!('value' in d)) return false;
      const v: unknown = d.value;
      if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return true;
}

/** Per machine: deeply frozen values a selector was given and checked once, with what `restore` made of them. */
const checked = new WeakMap<object, WeakMap<object, unknown>>();

/**
 * The state a selector works on (internal): `value` itself when the machine made or restored it (a
 * look-up), else what `machine.restore` makes of it (a saved state read back from JSON works as it is);
 * a value `restore` refuses is a `RangeError` built by `rangeError` that names the selector `fn`
 * (`logout.remainingMs`) and the value's kind, never its text. A deeply frozen value is checked once.
 */
export function selectorState<S>(machine: Machine<never, S, never, unknown, string>, fn: string, value: unknown): S {
  if (isOwnState(machine, value)) return value as S;
  const object = typeof value === 'object' && value !== null ? value : undefined;
  let cache = checked.get(machine);
  if (object !== undefined && cache !== undefined && cache.has(object)) return cache.get(object) as S;
  let restored: ReturnType<typeof machine.restore> | undefined;
  try {
    restored = machine.restore(value);
  } catch {
    restored = undefined;
  }
  if (restored === undefined || !restored.ok) throw rangeError(fn, `${/^[aeiou]/.test(machine.id) ? 'an' : 'a'} ${machine.id} state (made by its machine, or saved and read back)`, value);
  if (object !== undefined && deeplyFrozen(object)) {
    if (cache === undefined) {
      cache = new WeakMap();
      checked.set(machine, cache);
    }
    cache.set(object, restored.value);
  }
  return restored.value;
}

/**
 * The instant a selector answers for (internal): `at` when it is a supported instant (`core.isInstant`)
 * not before the state's last event, else the state's `lastAt`. A selector answers what the machine
 * would do with an event at that instant, and the machine never sees an instant before `lastAt`.
 */
export function selectorAt(lastAt: number, at: unknown): number {
  return isInstant(at) && at > lastAt ? at : lastAt;
}
