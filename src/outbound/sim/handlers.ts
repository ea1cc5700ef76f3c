import { MINUTE, SECOND } from '../../time/index.js';
import { becomeReady, login, logout } from './agents.js';
import { connect, decideAndDial } from './calls.js';
import { sliceAt } from './clock.js';
import type { SimEvent } from './events.js';
import { sample } from './random.js';
import { takeFirst, type SimState } from './state.js';
import { feed, setStatus } from './status.js';

type Of<K extends SimEvent['k']> = Extract<SimEvent, { k: K }>;

/** The host's periodic decision: a pacer tick, then dial what it asks for; the next tick is queued. */
function onTick(st: SimState, e: Of<'tick'>, onProgress: ((fraction: number) => void) | undefined): void {
  feed(st, { type: 'tick', at: st.now });
  decideAndDial(st);
  st.queue.push(st.now + st.tickMs, e);
  if (onProgress === undefined) return;
  const percent = Math.floor(((st.now - st.t0) / (st.end - st.t0)) * 100);
  if (percent !== st.lastPercent) {
    st.lastPercent = percent;
    onProgress(percent / 100);
  }
}

/** A dialed call ends without a person, or is answered and goes to the longest-ready agent or waits. */
function onResolve(st: SimState, e: Of<'resolve'>): void {
  const c = st.calls.get(e.call);
  if (c === undefined) return;
  if (!e.live) {
    st.heads.inProgress--;
    st.calls.delete(e.call);
    feed(st, e.falsePositive ? { type: 'no-contact', at: st.now, callId: c.id, result: e.result, amdFalsePositive: true } : { type: 'no-contact', at: st.now, callId: c.id, result: e.result });
    return;
  }
  st.totals.answered++;
  if (c.machine) st.totals.machineAnswers++;
  const sl = sliceAt(st, st.now);
  if (sl !== undefined) sl.answered++;
  c.answeredAt = st.now;
  feed(st, { type: 'answered', at: st.now, callId: c.id });
  const agent = takeFirst(st.ready);
  if (agent !== undefined) connect(st, agent, e.call);
  else {
    c.waiting = true;
    st.waiting.add(e.call);
    st.queue.push(st.now + st.graceMs, { k: 'abandon-check', call: e.call });
  }
}

/** An answered call still waiting after the grace period is abandoned. */
function onAbandonCheck(st: SimState, e: Of<'abandon-check'>): void {
  const c = st.calls.get(e.call);
  if (c === undefined || !c.waiting) return;
  c.waiting = false;
  st.waiting.delete(e.call);
  st.calls.delete(e.call);
  st.heads.inProgress--;
  st.totals.abandoned++;
  if (c.machine) st.totals.machineAbandons++;
  const sl = sliceAt(st, st.now);
  if (sl !== undefined) sl.abandoned++;
  feed(st, { type: 'abandoned', at: st.now, callId: c.id });
}

/** The talk ends: wrap-up if the drawn wrap-up time is positive, else the agent is free again. */
function onTalkEnd(st: SimState, e: Of<'talk-end'>): void {
  const a = st.agents[e.agent];
  if (a === undefined) return;
  st.heads.talking--;
  const wrap = sample(st.rnd, st.scenario.wrapSeconds);
  if (wrap > 0) {
    setStatus(st, a, 'wrap-up');
    st.queue.push(st.now + wrap * SECOND, { k: 'wrap-end', agent: e.agent });
  } else becomeReady(st, e.agent);
}

/** A break is due: an idle agent starts it now, a busy one after the call; the next one is queued. */
function onBreakDue(st: SimState, e: Of<'break-due'>): void {
  const a = st.agents[e.agent];
  const breaks = st.scenario.breaks;
  if (a === undefined || a.status === 'out' || breaks === null) return;
  st.queue.push(st.now + breaks.everyMinutes * MINUTE, e);
  if (a.status === 'ready') {
    setStatus(st, a, 'not-ready');
    st.queue.push(st.now + breaks.minutes * MINUTE, { k: 'break-end', agent: e.agent });
  } else if (a.status !== 'not-ready') a.pendingBreak = true;
}

function onBreakEnd(st: SimState, e: Of<'break-end'>): void {
  const a = st.agents[e.agent];
  if (a !== undefined && a.status === 'not-ready') becomeReady(st, e.agent);
}

function onStaff(st: SimState, e: Of<'staff'>): void {
  if (e.agents > 0) login(st, e.agents);
  else logout(st, -e.agents);
}

/** Runs one queued event at `st.now`. */
export function handle(st: SimState, e: SimEvent, onProgress: ((fraction: number) => void) | undefined): void {
  switch (e.k) {
    case 'tick':
      return onTick(st, e, onProgress);
    case 'resolve':
      return onResolve(st, e);
    case 'abandon-check':
      return onAbandonCheck(st, e);
    case 'talk-end':
      return onTalkEnd(st, e);
    case 'wrap-end':
      return becomeReady(st, e.agent);
    case 'break-due':
      return onBreakDue(st, e);
    case 'break-end':
      return onBreakEnd(st, e);
    case 'staff':
      return onStaff(st, e);
  }
}
