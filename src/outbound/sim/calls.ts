import { HOUR, SECOND } from '../../time/index.js';
import { decide } from '../pacing/index.js';
import { sample } from './random.js';
import type { Scenario } from './scenario.js';
import type { SimState } from './state.js';
import { feed, setStatus } from './status.js';

/** Live-answer probability `hours` into the shift (linear between the scenario's points). */
export function hitRateAt(s: Scenario, hours: number): number {
  let prevT = 0;
  let prevP = s.hitRate;
  for (const pt of s.hitRateChanges) {
    if (hours < pt.atHours) {
      const span = pt.atHours - prevT;
      return span <= 0 ? pt.hitRate : prevP + ((pt.hitRate - prevP) * (hours - prevT)) / span;
    }
    prevT = pt.atHours;
    prevP = pt.hitRate;
  }
  return prevP;
}

/** How a dial will end: live or not, the result the pacer hears, and after how many seconds. */
interface Outcome {
  readonly live: boolean;
  readonly result: string;
  readonly seconds: number;
  /** An answering machine that will be connected to an agent (AMD off). */
  readonly machine: boolean;
  /** A live person AMD took for a machine (hung up on: Ofcom counts it as abandoned). */
  readonly falsePositive: boolean;
}

/** Draws a live answer (or an AMD false positive, or a ring timeout). */
function liveOutcome(st: SimState): Outcome {
  const s = st.scenario;
  const seconds = sample(st.rnd, s.answerSeconds);
  if (seconds > s.ringTimeoutSeconds) return { live: false, result: 'no-answer', seconds: s.ringTimeoutSeconds, machine: false, falsePositive: false };
  if (s.amd.enabled && st.rnd.next() < s.amd.falsePositiveRate) {
    st.totals.amdFalsePositives++;
    return { live: false, result: 'answering-machine', seconds, machine: false, falsePositive: true };
  }
  return { live: true, result: 'no-answer', seconds, machine: false, falsePositive: false };
}

/** Draws one of the non-live outcomes by share. */
function nonLiveOutcome(st: SimState): Outcome {
  const s = st.scenario;
  let pick = st.rnd.next() * st.shareTotal;
  let outcome = s.nonLive[s.nonLive.length - 1];
  for (const o of s.nonLive) {
    pick -= o.share;
    if (pick < 0) {
      outcome = o;
      break;
    }
  }
  const result = outcome?.result ?? 'no-answer';
  let seconds = outcome === undefined ? s.ringTimeoutSeconds : sample(st.rnd, outcome.seconds);
  if (result === 'no-answer' && seconds > s.ringTimeoutSeconds) seconds = s.ringTimeoutSeconds;
  const machine = result === 'answering-machine' && !s.amd.enabled;
  return { live: machine, result, seconds, machine, falsePositive: false };
}

/** Places one call now and schedules how it ends. */
export function dial(st: SimState): void {
  const index = st.totals.dials;
  const id = `c${index}`;
  st.totals.dials++;
  st.heads.inProgress++;
  feed(st, { type: 'dialed', at: st.now, callId: id });
  const p = hitRateAt(st.scenario, (st.now - st.t0) / HOUR);
  const o = st.rnd.next() < p ? liveOutcome(st) : nonLiveOutcome(st);
  st.calls.set(index, { id, machine: o.machine, answeredAt: 0, waiting: false });
  st.queue.push(st.now + o.seconds * SECOND, { k: 'resolve', call: index, live: o.live, result: o.result, falsePositive: o.falsePositive });
}

/** Asks the pacer how many calls to place now, places them, and tracks the peak lines per agent. */
export function decideAndDial(st: SimState): void {
  const d = decide(st.pacer, st.now);
  st.reasons[d.reason] = (st.reasons[d.reason] ?? 0) + 1;
  for (let i = 0; i < d.place; i++) dial(st);
  if (st.heads.available > 0) {
    const lines = (st.heads.inProgress + st.heads.talking) / st.heads.available;
    if (lines > st.totals.peakLines) st.totals.peakLines = lines;
  }
}

/** Connects an answered call to an agent and schedules the end of the talk. */
export function connect(st: SimState, agentIndex: number, callIndex: number): void {
  const a = st.agents[agentIndex];
  const c = st.calls.get(callIndex);
  if (a === undefined || c === undefined) return;
  const s = st.scenario;
  c.waiting = false;
  st.calls.delete(callIndex);
  st.heads.inProgress--;
  st.totals.connects++;
  st.heads.talking++;
  st.customerWaits.push((st.now - c.answeredAt) / SECOND);
  if (a.status === 'ready') st.agentWaits.push((st.now - a.readySince) / SECOND);
  feed(st, { type: 'connected', at: st.now, callId: c.id, agentId: a.id });
  setStatus(st, a, 'talking');
  const talk = c.machine ? s.amd.machineSeconds : sample(st.rnd, s.talkSeconds);
  st.totals.talkMs += Math.min(talk * SECOND, Math.max(0, st.end - st.now));
  st.queue.push(st.now + talk * SECOND, { k: 'talk-end', agent: agentIndex });
}
