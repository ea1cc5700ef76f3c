import type { LearnedStats, PacerData, Totals } from './state.js';

/** Some fields of a record, to replace. */
type Patch<T> = { -readonly [K in keyof T]?: T[K] };

/** A pacer state being built by one transition: a fresh, unfrozen copy that only that transition sees. */
export type Draft = { -readonly [K in keyof PacerData]: PacerData[K] };

// The pacer's hot path copies its state on every event. `{ ...state }` of a frozen object takes V8's
// slow path (several times slower than a literal), so these copies name every field: keep them in
// step with the interfaces in state.ts (the compiler checks that no field is missing).

/** A mutable copy of a pacer state with `lastAt` set: the transition fills it in, then freezes it. */
export function draft(s: PacerData, at: number): Draft {
  return {
    version: 1,
    lastAt: at,
    config: s.config,
    agents: s.agents,
    ready: s.ready,
    talking: s.talking,
    wrapUp: s.wrapUp,
    notReady: s.notReady,
    ringing: s.ringing,
    ringingCount: s.ringingCount,
    waiting: s.waiting,
    waitingCount: s.waitingCount,
    ledger: s.ledger,
    stats: s.stats,
    control: s.control,
    totals: s.totals,
  };
}

/** A frozen copy of the learnt statistics with some fields replaced. */
export function withStats(s: LearnedStats, p: Patch<LearnedStats>): LearnedStats {
  return Object.freeze({
    outcomes: p.outcomes ?? s.outcomes,
    hitRate: p.hitRate ?? s.hitRate,
    answerDelay: p.answerDelay ?? s.answerDelay,
    failDelay: p.failDelay ?? s.failDelay,
    talk: p.talk ?? s.talk,
    wrap: p.wrap ?? s.wrap,
    talkSamples: p.talkSamples ?? s.talkSamples,
    talkMean: p.talkMean ?? s.talkMean,
    wrapMean: p.wrapMean ?? s.wrapMean,
    agentWaitMean: p.agentWaitMean ?? s.agentWaitMean,
  });
}

/** Frozen running totals with one of them counted up. */
export function countUp(t: Totals, key: keyof Totals): Totals {
  return Object.freeze({
    dialed: t.dialed + (key === 'dialed' ? 1 : 0),
    answered: t.answered + (key === 'answered' ? 1 : 0),
    noContact: t.noContact + (key === 'noContact' ? 1 : 0),
    connected: t.connected + (key === 'connected' ? 1 : 0),
    abandoned: t.abandoned + (key === 'abandoned' ? 1 : 0),
  });
}
