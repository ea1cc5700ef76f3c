import { fail, isRecord, ok, type Result } from '../../core/internal.js';
import { decide, start, transition, type PacingConfig, type PacingEvent, type PacingState } from '../pacing/index.js';
import { EventQueue } from './heap.js';
import { sample, seeded, type Random } from './random.js';
import type { SimReport } from './report.js';
import { buildReport, type Slice } from './summary.js';
import { parseScenario, type Scenario } from './scenario.js';

/**
 * Options of {@link run}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.sim.RunOptions = { seed: 42, strategy: { mode: 'progressive' } };
 * ```
 */
export interface RunOptions {
  /** The seed (an integer); the same seed and scenario give the same report on every machine. */
  readonly seed: number;
  /** The pacer configuration; default predictive with a 3% abandonment target over 30 days. */
  readonly strategy?: PacingConfig;
  /** Called with the share of the shift simulated (0 to 1), at most once per percent. */
  readonly onProgress?: (fraction: number) => void;
  /** Number of timeline slices; default 48. */
  readonly slices?: number;
}

/**
 * The default strategy of {@link run}: predictive at 3% abandonment over 30 days.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.sim.defaultStrategy.mode; // 'predictive'
 * ```
 */
export const defaultStrategy: PacingConfig = Object.freeze({ mode: 'predictive', target: Object.freeze({ abandonRate: 0.03, window: '30d' }) });

type SimEvent =
  | { readonly k: 'tick' }
  | { readonly k: 'resolve'; readonly call: number; readonly live: boolean; readonly result: string }
  | { readonly k: 'abandon-check'; readonly call: number }
  | { readonly k: 'talk-end'; readonly agent: number }
  | { readonly k: 'wrap-end'; readonly agent: number }
  | { readonly k: 'break-due'; readonly agent: number }
  | { readonly k: 'break-end'; readonly agent: number }
  | { readonly k: 'staff'; readonly agents: number };

interface Agent {
  readonly id: string;
  status: 'ready' | 'talking' | 'wrap-up' | 'not-ready' | 'out';
  readySince: number;
  pendingBreak: boolean;
  pendingLogout: boolean;
}

interface Call {
  readonly id: string;
  readonly machine: boolean;
  answeredAt: number;
  waiting: boolean;
}

/** Live-answer probability at `t` hours into the shift. */
function hitRateAt(s: Scenario, hours: number): number {
  const pts = s.hitRateChanges;
  let prevT = 0;
  let prevP = s.hitRate;
  for (const pt of pts) {
    if (hours < pt.atHours) {
      const span = pt.atHours - prevT;
      return span <= 0 ? pt.hitRate : prevP + ((pt.hitRate - prevP) * (hours - prevT)) / span;
    }
    prevT = pt.atHours;
    prevP = pt.hitRate;
  }
  return prevP;
}

/**
 * Simulates one campaign shift: a discrete-event simulation that feeds the pacer the same events a
 * host would (agent status changes, dialed, answered, no-contact, connected, abandoned, ticks) and
 * dials what `decide` asks for. Refuses an invalid scenario (`invalid-scenario` with the field path),
 * seed (`invalid-seed`) or strategy (`invalid-config`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const scenario = { ...outbound.sim.defaultScenario(), agents: 10, shiftHours: 1 };
 * const a = outbound.sim.run(scenario, { seed: 7 });
 * const b = outbound.sim.run(scenario, { seed: 7 });
 * if (a.ok && b.ok) a.value.occupancy === b.value.occupancy; // true
 * ```
 */
export function run(scenario: unknown, options: RunOptions): Result<SimReport> {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  if (!isRecord(options) || !Number.isSafeInteger(options.seed)) return fail('invalid-seed', 'The seed must be a safe integer.', { seed: isRecord(options) ? options.seed : options });
  const strategy = options.strategy ?? defaultStrategy;
  const first = start(strategy, s.startAt);
  if (!first.ok) return fail(first.error.code, first.error.message, first.error.details);
  const slices = options.slices ?? 48;
  if (!Number.isInteger(slices) || slices < 1 || slices > 10_000) return fail('invalid-config', '`slices` must be a whole number from 1 to 10000.', { path: 'options.slices' });
  return ok(simulate(s, first.state, strategy.mode, options.seed, slices, options.onProgress));
}

function simulate(s: Scenario, initial: PacingState, label: string, seed: number, sliceCount: number, onProgress?: (fraction: number) => void): SimReport {
  const rnd: Random = seeded(seed);
  const t0 = s.startAt;
  const end = t0 + s.shiftHours * 3_600_000;
  const sliceMs = (end - t0) / sliceCount;
  const slices: Slice[] = Array.from({ length: sliceCount }, () => ({ busy: 0, logged: 0, answered: 0, abandoned: 0 }));
  const queue = new EventQueue<SimEvent>();
  const agents: Agent[] = [];
  const ready: number[] = [];
  const waiting: number[] = [];
  const calls: Call[] = [];
  const reasons: Record<string, number> = {};
  const customerWaits: number[] = [];
  const agentWaits: number[] = [];
  const grace = initial.config.abandonAfterSeconds * 1000;
  const shareTotal = s.nonLive.reduce((sum, o) => sum + o.share, 0);
  let pacer = initial;
  let now = t0;
  let lastT = t0;
  let busyAgents = 0;
  let loggedAgents = 0;
  let available = 0;
  let inProgress = 0;
  let dials = 0;
  let connects = 0;
  let answered = 0;
  let abandoned = 0;
  let amdFalsePositives = 0;
  let peakLines = 0;
  let busyMs = 0;
  let loggedMs = 0;
  let talkMs = 0;
  let lastPercent = -1;

  const feed = (e: PacingEvent): void => {
    const step = transition(pacer, e);
    if (!step.ok) throw new Error(`simulator bug: the pacer refused ${e.type}: ${step.error.code} ${step.error.message}`);
    pacer = step.state;
  };
  const advance = (t: number): void => {
    while (lastT < t) {
      const i = Math.min(sliceCount - 1, Math.floor((lastT - t0) / sliceMs));
      const sliceEnd = i === sliceCount - 1 ? end : t0 + (i + 1) * sliceMs;
      const upTo = t < sliceEnd ? t : sliceEnd;
      const dt = upTo - lastT;
      const sl = slices[i];
      if (sl !== undefined) {
        sl.busy += dt * busyAgents;
        sl.logged += dt * loggedAgents;
      }
      busyMs += dt * busyAgents;
      loggedMs += dt * loggedAgents;
      lastT = upTo;
      if (upTo >= end) break;
    }
  };
  const sliceAt = (t: number): Slice | undefined => slices[Math.min(sliceCount - 1, Math.floor((t - t0) / sliceMs))];
  const setStatus = (a: Agent, status: Agent['status']): void => {
    const wasBusy = a.status === 'talking' || a.status === 'wrap-up';
    const isBusy = status === 'talking' || status === 'wrap-up';
    const wasAvail = wasBusy || a.status === 'ready';
    const isAvail = isBusy || status === 'ready';
    busyAgents += (isBusy ? 1 : 0) - (wasBusy ? 1 : 0);
    available += (isAvail ? 1 : 0) - (wasAvail ? 1 : 0);
    if (status === 'out' && a.status !== 'out') loggedAgents -= 1;
    if (a.status === 'ready' && status !== 'ready') {
      const k = ready.indexOf(agents.indexOf(a));
      if (k >= 0) ready.splice(k, 1);
    }
    a.status = status;
    feed({ type: 'agent', at: now, agentId: a.id, status: status === 'out' ? 'logged-out' : status });
  };
  const dial = (): void => {
    const index = calls.length;
    const id = `c${index}`;
    dials++;
    inProgress++;
    feed({ type: 'dialed', at: now, callId: id });
    const p = hitRateAt(s, (now - t0) / 3_600_000);
    let machine = false;
    let live: boolean;
    let result = 'no-answer';
    let seconds: number;
    if (rnd.next() < p) {
      seconds = sample(rnd, s.answerSeconds);
      live = seconds <= s.ringTimeoutSeconds;
      if (!live) seconds = s.ringTimeoutSeconds;
      else if (s.amd.enabled && rnd.next() < s.amd.falsePositiveRate) {
        live = false;
        result = 'answering-machine';
        amdFalsePositives++;
      }
    } else {
      let pick = rnd.next() * shareTotal;
      let outcome = s.nonLive[s.nonLive.length - 1];
      for (const o of s.nonLive) {
        pick -= o.share;
        if (pick < 0) {
          outcome = o;
          break;
        }
      }
      result = outcome?.result ?? 'no-answer';
      seconds = outcome === undefined ? s.ringTimeoutSeconds : sample(rnd, outcome.seconds);
      if (result === 'no-answer' && seconds > s.ringTimeoutSeconds) seconds = s.ringTimeoutSeconds;
      machine = result === 'answering-machine' && !s.amd.enabled;
      live = machine;
    }
    calls.push({ id, machine, answeredAt: 0, waiting: false });
    queue.push(now + seconds * 1000, { k: 'resolve', call: index, live, result });
  };
  const decideAndDial = (): void => {
    const d = decide(pacer, now);
    reasons[d.reason] = (reasons[d.reason] ?? 0) + 1;
    for (let i = 0; i < d.place; i++) dial();
    if (available > 0) {
      const lines = (inProgress + busyTalking()) / available;
      if (lines > peakLines) peakLines = lines;
    }
  };
  let talking = 0;
  const busyTalking = (): number => talking;
  const connect = (agentIndex: number, callIndex: number): void => {
    const a = agents[agentIndex];
    const c = calls[callIndex];
    if (a === undefined || c === undefined) return;
    c.waiting = false;
    inProgress--;
    connects++;
    talking++;
    customerWaits.push((now - c.answeredAt) / 1000);
    if (a.status === 'ready') agentWaits.push((now - a.readySince) / 1000);
    feed({ type: 'connected', at: now, callId: c.id, agentId: a.id });
    setStatus(a, 'talking');
    const talk = c.machine ? s.amd.machineSeconds : sample(rnd, s.talkSeconds);
    talkMs += Math.min(talk * 1000, Math.max(0, end - now));
    queue.push(now + talk * 1000, { k: 'talk-end', agent: agentIndex });
  };
  const becomeReady = (agentIndex: number): void => {
    const a = agents[agentIndex];
    if (a === undefined) return;
    if (a.pendingLogout) {
      setStatus(a, 'out');
      return;
    }
    if (a.pendingBreak && s.breaks !== null) {
      a.pendingBreak = false;
      setStatus(a, 'not-ready');
      queue.push(now + s.breaks.minutes * 60_000, { k: 'break-end', agent: agentIndex });
      return;
    }
    const next = waiting.shift();
    if (next !== undefined) {
      a.readySince = now;
      setStatus(a, 'ready');
      connect(agentIndex, next);
      return;
    }
    a.readySince = now;
    setStatus(a, 'ready');
    ready.push(agentIndex);
    decideAndDial();
  };
  const login = (count: number): void => {
    for (let i = 0; i < count; i++) {
      const index = agents.length;
      agents.push({ id: `a${index + 1}`, status: 'out', readySince: now, pendingBreak: false, pendingLogout: false });
      loggedAgents++;
      if (s.breaks !== null) {
        const every = s.breaks.everyMinutes * 60_000;
        queue.push(now + every * ((((index * 0.618034) % 1) + 0.5) % 1) + every / 2, { k: 'break-due', agent: index });
      }
      becomeReady(index);
    }
  };
  const logout = (count: number): void => {
    let left = count;
    for (let i = agents.length - 1; i >= 0 && left > 0; i--) {
      const a = agents[i];
      if (a === undefined || a.status === 'out' || a.pendingLogout) continue;
      left--;
      if (a.status === 'ready' || a.status === 'not-ready') setStatus(a, 'out');
      else a.pendingLogout = true;
    }
  };

  login(s.agents);
  for (const c of s.staffChanges) queue.push(t0 + c.atHours * 3_600_000, { k: 'staff', agents: c.agents });
  queue.push(t0, { k: 'tick' });
  const tickMs = s.decideEverySeconds * 1000;
  for (;;) {
    const ev = queue.pop();
    if (ev === undefined || ev.at > end) break;
    advance(ev.at);
    now = ev.at;
    const e = ev.item;
    switch (e.k) {
      case 'tick': {
        feed({ type: 'tick', at: now });
        decideAndDial();
        queue.push(now + tickMs, e);
        if (onProgress !== undefined) {
          const percent = Math.floor(((now - t0) / (end - t0)) * 100);
          if (percent !== lastPercent) {
            lastPercent = percent;
            onProgress(percent / 100);
          }
        }
        break;
      }
      case 'resolve': {
        const c = calls[e.call];
        if (c === undefined) break;
        if (!e.live) {
          inProgress--;
          feed({ type: 'no-contact', at: now, callId: c.id, result: e.result });
          break;
        }
        answered++;
        const sl = sliceAt(now);
        if (sl !== undefined) sl.answered++;
        c.answeredAt = now;
        feed({ type: 'answered', at: now, callId: c.id });
        const agent = ready.shift();
        if (agent !== undefined) connect(agent, e.call);
        else {
          c.waiting = true;
          waiting.push(e.call);
          queue.push(now + grace, { k: 'abandon-check', call: e.call });
        }
        break;
      }
      case 'abandon-check': {
        const c = calls[e.call];
        if (c === undefined || !c.waiting) break;
        c.waiting = false;
        const k = waiting.indexOf(e.call);
        if (k >= 0) waiting.splice(k, 1);
        inProgress--;
        abandoned++;
        const sl = sliceAt(now);
        if (sl !== undefined) sl.abandoned++;
        feed({ type: 'abandoned', at: now, callId: c.id });
        break;
      }
      case 'talk-end': {
        const a = agents[e.agent];
        if (a === undefined) break;
        talking--;
        const wrap = sample(rnd, s.wrapSeconds);
        if (wrap > 0) {
          setStatus(a, 'wrap-up');
          queue.push(now + wrap * 1000, { k: 'wrap-end', agent: e.agent });
        } else becomeReady(e.agent);
        break;
      }
      case 'wrap-end':
        becomeReady(e.agent);
        break;
      case 'break-due': {
        const a = agents[e.agent];
        if (a === undefined || a.status === 'out' || s.breaks === null) break;
        queue.push(now + s.breaks.everyMinutes * 60_000, e);
        if (a.status === 'ready') {
          setStatus(a, 'not-ready');
          queue.push(now + s.breaks.minutes * 60_000, { k: 'break-end', agent: e.agent });
        } else if (a.status !== 'not-ready') a.pendingBreak = true;
        break;
      }
      case 'break-end': {
        const a = agents[e.agent];
        if (a !== undefined && a.status === 'not-ready') becomeReady(e.agent);
        break;
      }
      case 'staff':
        if (e.agents > 0) login(e.agents);
        else logout(-e.agents);
        break;
    }
  }
  advance(end);
  now = end;
  onProgress?.(1);
  return buildReport(s, pacer, label, seed, {
    slices,
    sliceMs,
    reasons,
    customerWaits,
    agentWaits,
    dials,
    connects,
    answered,
    abandoned,
    amdFalsePositives,
    peakLines,
    busyMs,
    loggedMs,
    talkMs,
  });
}
