/**
 * Makes the id of the n-th request a machine sends, for example `logout-3`. Ids are deterministic
 * (a counter kept in state), so the core needs no randomness and a replay produces the same ids.
 * A host that needs globally unique ids prefixes them with its own session id.
 */
export function requestId(prefix: string, sequence: number): string {
  return `${prefix}-${sequence}`;
}
