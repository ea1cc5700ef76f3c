/** What a fuzz target counted. */
export interface Tally {
  /** Events delivered (machines) or calls made (functions). */
  units: number;
  /** Broken contract laws (see `laws.ts`). */
  violations: number;
  /** Exceptions thrown out of a public function or machine. */
  exceptions: number;
  /** Caller-owned objects frozen by the call. */
  freezes: number;
  /** Calls or events that took more than {@link SLOW_MS}. */
  slow: number;
  /** Calls that did not return within the per-call timeout, or killed the process. */
  hangs: number;
  /** The first few reproducible examples, one per kind and signature. */
  examples: string[];
  /** Signatures of the examples kept (so that one bug does not fill the list). */
  signatures: string[];
}

/** A call slower than this is counted as slow, ms. */
export const SLOW_MS = 50;

/** Extra runs of a call that took over {@link SLOW_MS} the first time (see {@link retimed}). */
export const RETIMES = 2;

/**
 * How long a call really takes: `first` (ms) when it is within {@link SLOW_MS}, else the fastest of
 * `first` and {@link RETIMES} more runs of `again`, each after the previous one returned. A pause that
 * is not the call's own (garbage collection, JIT compilation, another process on a shared machine)
 * does not repeat; a call that is slow by itself is slow every time.
 */
export function retimed(first: number, again: () => void): number {
  let best = first;
  for (let i = 0; i < RETIMES && best > SLOW_MS; i++) {
    const t0 = performance.now();
    try {
      again();
    } catch {
      // The first run's outcome was already judged; a re-run only measures time.
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Examples kept per target and kind of finding. */
export const MAX_EXAMPLES = 6;

function room(t: Tally, sig: string): boolean {
  const kind = sig.slice(0, sig.indexOf(':'));
  return !t.signatures.includes(sig) && t.signatures.filter((s) => s.startsWith(`${kind}:`)).length < MAX_EXAMPLES;
}

export function emptyTally(): Tally {
  return { units: 0, violations: 0, exceptions: 0, freezes: 0, slow: 0, hangs: 0, examples: [], signatures: [] };
}

/** The kinds of finding. */
export type Finding = 'violations' | 'exceptions' | 'freezes' | 'slow' | 'hangs';

/**
 * Counts one finding and keeps its example when its signature (what was done and which law broke,
 * without the values) is new and there is room.
 */
export function note(t: Tally, kind: Finding, example: string, signature: string = example): void {
  t[kind]++;
  const sig = `${kind}: ${signature}`;
  if (room(t, sig)) {
    t.signatures.push(sig);
    t.examples.push(`${kind}: ${example}`);
  }
}

/** Adds `b` into `a`. */
export function merge(a: Tally, b: Tally): void {
  a.units += b.units;
  a.violations += b.violations;
  a.exceptions += b.exceptions;
  a.freezes += b.freezes;
  a.slow += b.slow;
  a.hangs += b.hangs;
  b.examples.forEach((e, i) => {
    const sig = b.signatures[i] ?? e;
    if (room(a, sig)) {
      a.signatures.push(sig);
      a.examples.push(e);
    }
  });
}

/** The table: one row per target. */
export function table(rows: readonly { readonly target: string; readonly tally: Tally }[]): string {
  const head = ['target', 'events/calls', 'violations', 'exceptions', 'freezes', 'slow>50ms', 'hangs/crashes'];
  const body = rows.map(({ target, tally: t }) => [target, String(t.units), String(t.violations), String(t.exceptions), String(t.freezes), String(t.slow), String(t.hangs)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
