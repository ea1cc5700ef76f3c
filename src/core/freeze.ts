/**
 * Deeply freezes plain data (objects and arrays) in place and returns it with a readonly type.
 * Already-frozen branches are skipped, so freezing a new state that shares most of its parts with the
 * previous one only walks what is new.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
