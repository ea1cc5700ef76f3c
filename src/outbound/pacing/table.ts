/**
 * Small persistent tables for the pacer's hot path, as plain JSON: ids and values in two parallel
 * arrays, spread over {@link SHARDS} shards by a hash of the id so that an update copies one short
 * shard. (Objects keyed by ever-new call ids would be far slower in JavaScript engines.)
 */
export const SHARDS = 16;

/** One shard: ids and their values at the same positions (internal: hosts read the selectors). */
export interface Table<V> {
  /** The ids. */
  readonly ids: readonly string[];
  /** The value of each id, at the same position. */
  readonly values: readonly V[];
}

/** A table spread over shards by a hash of the id (internal). */
export type Shards<V> = readonly Table<V>[];

/** The shard of an id (FNV-1a). */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARDS;
}

const EMPTY: Table<never> = Object.freeze({ ids: Object.freeze([]), values: Object.freeze([]) });

/** An empty sharded table. */
export function emptyShards<V>(): Shards<V> {
  return Object.freeze(Array.from({ length: SHARDS }, () => EMPTY as Table<V>));
}

/** The value for an id, or undefined. */
export function lookup<V>(shards: Shards<V>, id: string): V | undefined {
  const t = shards[shardOf(id)];
  if (t === undefined) return undefined;
  const k = t.ids.indexOf(id);
  return k < 0 ? undefined : t.values[k];
}

function replaceShard<V>(shards: Shards<V>, i: number, t: Table<V>): Shards<V> {
  const next = Array.from(shards);
  next[i] = t;
  return Object.freeze(next);
}

/** A table with `id` set to `value`. */
export function put<V>(shards: Shards<V>, id: string, value: V): Shards<V> {
  const i = shardOf(id);
  const t = shards[i] ?? (EMPTY);
  const ids = Array.from(t.ids);
  const values = Array.from(t.values);
  const k = ids.indexOf(id);
  if (k < 0) {
    ids.push(id);
    values.push(value);
  } else values[k] = value;
  return replaceShard(shards, i, Object.freeze({ ids: Object.freeze(ids), values: Object.freeze(values) }));
}

/** A table without `id` (the same table when it is absent). */
export function remove<V>(shards: Shards<V>, id: string): Shards<V> {
  const i = shardOf(id);
  const t = shards[i];
  if (t === undefined) return shards;
  const k = t.ids.indexOf(id);
  if (k < 0) return shards;
  const ids = Array.from(t.ids);
  const values = Array.from(t.values);
  ids.splice(k, 1);
  values.splice(k, 1);
  return replaceShard(shards, i, Object.freeze({ ids: Object.freeze(ids), values: Object.freeze(values) }));
}
