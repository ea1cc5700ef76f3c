/**
 * A map that keeps at most `limit` entries, dropping the least recently used one: the one kind of cache
 * in `dialdesk/time` (labels per locale, formatters), so that no cache grows with its callers' input.
 * Internal.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private lastKey: K | undefined;
  private lastValue: V | undefined;

  constructor(private readonly limit: number) {}

  /** The value of `key`, made by `make` (and kept) on a miss. */
  get(key: K, make: () => V): V {
    if (this.lastValue !== undefined && this.lastKey === key) return this.lastValue;
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      if (this.entries.size >= this.limit) {
        const oldest = this.entries.keys().next();
        if (oldest.done !== true) this.entries.delete(oldest.value);
      }
    } else {
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.lastKey = key;
    this.lastValue = value;
    return value;
  }

  /** How many entries are kept now. */
  get size(): number {
    return this.entries.size;
  }
}
