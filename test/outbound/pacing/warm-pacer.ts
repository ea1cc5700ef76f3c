import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
type State = outbound.pacing.PacingState;
type Event = outbound.pacing.PacingEvent;

/** Applies events, failing the test on any refusal. */
export function apply(state: State, ...events: Event[]): State {
  let s = state;
  for (const e of events) {
    const step = pacing.machine.transition(s, e);
    if (!step.ok) throw new Error(`${e.type}: ${step.error.code} ${step.error.message}`);
    s = step.state;
  }
  return s;
}

/** What a warm pacer should look like now. */
export interface WarmOptions {
  /** Logged-in agents (default 20). */
  readonly agents?: number;
  /** Of them, talking now (default 17); one more is in wrap-up, the rest ready. */
  readonly talking?: number;
  /** Calls ringing now, dialled over the last 12 seconds (default 6). */
  readonly ringing?: number;
  /** Live answers in the learnt history (default 120) and abandons among them (default 0). */
  readonly answers?: number;
  readonly abandons?: number;
  /** Configuration (default predictive at 3% over 30 days). */
  readonly config?: outbound.pacing.PacingConfig;
}

/**
 * A predictive pacer past its learning phase: a history of attempts (three in ten answered live after
 * 5 to 14 s, the others failing at 20 s) and completed talks of 60 to 300 s, then agents talking,
 * in wrap-up and ready, and calls ringing. Deterministic: the same options give the same state.
 */
export function warmPacer(options: WarmOptions = {}): State {
  const agents = options.agents ?? 20;
  const talking = options.talking ?? 17;
  const ringing = options.ringing ?? 6;
  const answers = options.answers ?? 120;
  const abandons = options.abandons ?? 0;
  const first = pacing.machine.start({ at: 0, config: options.config ?? { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } } });
  if (!first.ok) throw new Error(first.error.message);
  let s = first.state;
  let at = 0;
  let call = 0;
  for (let a = 0; a < agents; a++) s = apply(s, { type: 'agent', at, agentId: `a${a}`, status: 'ready' });
  // History: every live answer goes to agent a0..a(n-1) in turn, talks, and comes back ready.
  for (let i = 0; i < answers; i++) {
    const [live, f1, f2] = [`c${call++}`, `c${call++}`, `c${call++}`];
    const agent = `a${i % agents}`;
    const delay = 5_000 + (i % 10) * 1_000;
    s = apply(s, { type: 'dialed', at, callId: live }, { type: 'dialed', at, callId: f1 }, { type: 'dialed', at, callId: f2 });
    s = apply(s, { type: 'answered', at: at + delay, callId: live });
    const talk = 60_000 + ((i * 37) % 241) * 1_000;
    if (i < abandons) s = apply(s, { type: 'abandoned', at: at + delay + 2_000, callId: live });
    else s = apply(s, { type: 'connected', at: at + delay, callId: live, agentId: agent });
    s = apply(s, { type: 'no-contact', at: at + 20_000, callId: f1, result: 'no-answer' }, { type: 'no-contact', at: at + 20_000, callId: f2, result: 'no-answer' });
    if (i >= abandons) s = apply(s, { type: 'agent', at: at + delay + talk, agentId: agent, status: 'ready' });
    at += delay + talk + 2_000;
  }
  // Now: agents talking since various instants, one in wrap-up, the rest ready.
  for (let a = 0; a < talking + 1 && a < agents; a++) {
    at += 7_000;
    const id = `c${call++}`;
    s = apply(s, { type: 'dialed', at, callId: id }, { type: 'answered', at, callId: id }, { type: 'connected', at, callId: id, agentId: `a${a}` });
    if (a === talking) s = apply(s, { type: 'agent', at, agentId: `a${a}`, status: 'wrap-up' });
  }
  for (let i = 0; i < ringing; i++) s = apply(s, { type: 'dialed', at: at + Math.floor((i * 12_000) / ringing), callId: `c${call++}` });
  return apply(s, { type: 'tick', at: at + 12_000 });
}
