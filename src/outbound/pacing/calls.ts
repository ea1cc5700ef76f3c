/**
 * Calls in progress kept as a small persistent hash table: callIds are spread over {@link SHARDS}
 * plain objects by a string hash, so an update copies one shard and the shard list instead of every
 * call. Still plain JSON: an array of `{ [callId]: dialedAt }` objects.
 */
export const SHARDS = 16;

/** The shard of a call id (FNV-1a). */
export function shardOf(callId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < callId.length; i++) {
    h ^= callId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARDS;
}

/** An empty table. */
export function emptyShards(): readonly Readonly<Record<string, number>>[] {
  return Object.freeze(Array.from({ length: SHARDS }, () => Object.freeze({})));
}

/** The value for a call, or undefined. */
export function lookup(shards: readonly Readonly<Record<string, number>>[], callId: string): number | undefined {
  const shard = shards[shardOf(callId)];
  return shard !== undefined && Object.prototype.hasOwnProperty.call(shard, callId) ? shard[callId] : undefined;
}

/** A table with `callId` set to `value`. */
export function put(
  shards: readonly Readonly<Record<string, number>>[],
  callId: string,
  value: number,
): readonly Readonly<Record<string, number>>[] {
  const i = shardOf(callId);
  const next = shards.slice();
  const shard: Record<string, number> = { ...shards[i] };
  Object.defineProperty(shard, callId, { value, enumerable: true, writable: true, configurable: true });
  next[i] = Object.freeze(shard);
  return Object.freeze(next);
}

/** A table without `callId`. */
export function remove(
  shards: readonly Readonly<Record<string, number>>[],
  callId: string,
): readonly Readonly<Record<string, number>>[] {
  const i = shardOf(callId);
  const next = shards.slice();
  const shard: Record<string, number> = { ...shards[i] };
  delete shard[callId];
  next[i] = Object.freeze(shard);
  return Object.freeze(next);
}
