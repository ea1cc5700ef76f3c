import { maxInstant } from '../core/internal.js';

/*
 * Request correlation shared by the Genesys bridges (`genesys.ocs.machine` and `genesys.gms.bridge`):
 * a request is open until its answer or its deadline; answers are placed by a key (OCS: the
 * `GSW_REFERENCE_ID`; GMS: the request id); a key that is no longer open is told apart as answered
 * (a duplicate reply), expired (a late reply) or never sent (unknown). Pure list functions over plain
 * JSON, so each bridge keeps its own state shape and its own refusal codes.
 */

/** An open request: anything with a deadline (epoch ms). @internal */
export interface Deadlined {
  readonly deadline: number;
}

/** A request closed lately and how (each bridge names its key field). @internal */
export interface Closing {
  readonly how: 'answered' | 'expired';
}

/** Where a reply's key points. @internal */
export type Placement = { readonly found: true; readonly index: number } | { readonly found: false; readonly why: 'unknown' | 'answered' | 'expired' };

/** The deadline of a request sent at `at` that may wait `timeoutMs`, capped at the last instant. @internal */
export function deadlineOf(at: number, timeoutMs: number): number {
  return Math.min(at + timeoutMs, maxInstant);
}

/** Finds the open request whose key is `key`, or says why there is none. @internal */
export function place<P, C extends Closing, K>(open: readonly P[], closed: readonly C[], key: K, keyOf: (p: P) => K, closedKeyOf: (c: C) => K): Placement {
  const index = open.findIndex((p) => keyOf(p) === key);
  if (index >= 0) return { found: true, index };
  // The newest closing of that key tells what happened last.
  for (let i = closed.length - 1; i >= 0; i -= 1) {
    const c = closed[i] as C;
    if (closedKeyOf(c) === key) return { found: false, why: c.how };
  }
  return { found: false, why: 'unknown' };
}

/** The open requests whose deadline has come at `at` (`due`), and the others (`open`), order kept. @internal */
export function dueAt<P extends Deadlined>(open: readonly P[], at: number): { readonly due: readonly P[]; readonly open: readonly P[] } {
  return { due: open.filter((p) => p.deadline <= at), open: open.filter((p) => p.deadline > at) };
}

/** Adds closings to the memory of closed requests, keeping the newest `max`. @internal */
export function remember<C extends Closing>(closed: readonly C[], closings: readonly C[], max: number): readonly C[] {
  if (closings.length === 0) return closed;
  return [...closed, ...closings].slice(-max);
}
