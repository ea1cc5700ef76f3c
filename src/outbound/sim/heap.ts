/**
 * A binary min-heap of simulation events ordered by time, then by insertion order (so that events at
 * the same instant run in the order they were scheduled: determinism does not depend on the heap).
 */
export interface Scheduled<T> {
  readonly at: number;
  readonly seq: number;
  readonly item: T;
}

/** The event queue of the simulator. */
export class EventQueue<T> {
  private readonly items: Scheduled<T>[] = [];
  private seq = 0;

  /** Number of queued events. */
  get size(): number {
    return this.items.length;
  }

  /** Schedules `item` at `at`. */
  push(at: number, item: T): void {
    const node: Scheduled<T> = { at, seq: this.seq++, item };
    const a = this.items;
    let i = a.length;
    a.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = a[parent] as Scheduled<T>;
      if (p.at < at || (p.at === at && p.seq < node.seq)) break;
      a[i] = p;
      i = parent;
    }
    a[i] = node;
  }

  /** Removes and returns the earliest event. */
  pop(): Scheduled<T> | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    let i = 0;
    const n = a.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      const cl = a[l] as Scheduled<T>;
      if (r < n) {
        const cr = a[r] as Scheduled<T>;
        if (cr.at < cl.at || (cr.at === cl.at && cr.seq < cl.seq)) c = r;
      }
      const child = a[c] as Scheduled<T>;
      if (last.at < child.at || (last.at === child.at && last.seq < child.seq)) break;
      a[i] = child;
      i = c;
    }
    a[i] = last;
    return top;
  }
}
