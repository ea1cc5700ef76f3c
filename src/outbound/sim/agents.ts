import { MINUTE } from '../../time/index.js';
import { connect, decideAndDial } from './calls.js';
import { takeFirst, type SimState } from './state.js';
import { setStatus } from './status.js';

/**
 * The golden-ratio conjugate φ − 1 (rounded to 6 decimals, as the reports have always used): stepping
 * by it modulo 1 (a Weyl sequence) spreads the agents' first breaks evenly over a break period, with no
 * randomness spent and no two agents at the same offset.
 */
const GOLDEN_STEP = 0.618034;

/** When agent number `index`, logged in at `now`, first goes on break: between 0.5 and 1.5 periods on. */
export function firstBreakAt(now: number, index: number, everyMs: number): number {
  return now + everyMs * ((((index * GOLDEN_STEP) % 1) + 0.5) % 1) + everyMs / 2;
}

/**
 * An agent is free (logged in, after a call, wrap-up or break): logs out or takes a break if one is
 * pending, else takes the oldest waiting call, else waits ready and the pacer is asked to dial.
 */
export function becomeReady(st: SimState, agentIndex: number): void {
  const a = st.agents[agentIndex];
  if (a === undefined) return;
  const breaks = st.scenario.breaks;
  if (a.pendingLogout) {
    setStatus(st, a, 'out');
    return;
  }
  if (a.pendingBreak && breaks !== null) {
    a.pendingBreak = false;
    setStatus(st, a, 'not-ready');
    st.queue.push(st.now + breaks.minutes * MINUTE, { k: 'break-end', agent: agentIndex });
    return;
  }
  a.readySince = st.now;
  const next = takeFirst(st.waiting);
  setStatus(st, a, 'ready');
  if (next !== undefined) {
    connect(st, agentIndex, next);
    return;
  }
  st.ready.add(agentIndex);
  decideAndDial(st);
}

/** `count` new agents log in now and become ready. */
export function login(st: SimState, count: number): void {
  const breaks = st.scenario.breaks;
  for (let i = 0; i < count; i++) {
    const index = st.agents.length;
    st.agents.push({ index, id: `a${index + 1}`, status: 'out', readySince: st.now, pendingBreak: false, pendingLogout: false });
    st.heads.logged++;
    if (breaks !== null) st.queue.push(firstBreakAt(st.now, index, breaks.everyMinutes * MINUTE), { k: 'break-due', agent: index });
    becomeReady(st, index);
  }
}

/** `count` agents log out, the last logged in first: now if idle, else after their call. */
export function logout(st: SimState, count: number): void {
  let left = count;
  for (let i = st.agents.length - 1; i >= 0 && left > 0; i--) {
    const a = st.agents[i];
    if (a === undefined || a.status === 'out' || a.pendingLogout) continue;
    left--;
    if (a.status === 'ready' || a.status === 'not-ready') setStatus(st, a, 'out');
    else a.pendingLogout = true;
  }
}
