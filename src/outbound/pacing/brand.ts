/*
 * How the pacer knows a state it made: every state of one pacer shares the configuration object that
 * `start` (or `restore`) made, and those configurations are remembered here, once per start or restore.
 * A state is the pacer's own when it is frozen and its `config` is one of them; a saved state read back
 * from JSON has a configuration of its own, so it goes through `restore` (and is checked) first. This
 * replaces `defineMachine`'s per-state `WeakSet` (`owns`), whose insertion costs microseconds on every
 * event of the pacer's hot path, while a look-up costs next to nothing.
 */
const configs = new WeakSet<object>();

/** Remembers the configuration of a state the pacer made at `start` or `restore`, and returns the state. */
export function own<T extends { readonly config: object }>(state: T): T {
  configs.add(state.config);
  return state;
}

/** True for a frozen state whose configuration the pacer made: a state of the pacer's own (deeply frozen). */
export function isBranded(state: unknown): boolean {
  if (typeof state !== 'object' || state === null || !Object.isFrozen(state)) return false;
  try {
    const config: unknown = Object.getOwnPropertyDescriptor(state, 'config')?.value;
    return typeof config === 'object' && config !== null && configs.has(config);
  } catch {
    return false;
  }
}
