/**
 * Transitions per second of negotiated logout: dialdesk's `logout.transition` against the same
 * behaviour as an XState v5 machine driven through its pure `transition()` (bench/logout-xstate.ts),
 * over the same realistic event mix. Prints figures, asserts nothing; it does refuse to run if the two
 * machines disagree on the mix, so that the comparison stays honest.
 */
import { bench, describe } from 'vitest';
import { logout } from '../src/index.js';
import { xstart, xstatus, xtransition, type XContext, type XSnapshot } from './logout-xstate.js';

type Event = logout.LogoutEvent;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const at = (ms: number): number => T0 + ms;
const ticks = (from: number, to: number, step = 1000): Event[] => {
  const out: Event[] = [];
  for (let t = from; t <= to; t += step) out.push({ type: 'tick', at: at(t) });
  return out;
};

/** A negotiated logout with a call in progress: message, server delay, dismissal, a call delivered during the wait, authorization, the call ends. */
const withCalls: Event[] = [
  { type: 'interaction-started', at: at(1000) },
  { type: 'tick', at: at(1500) },
  { type: 'logout-requested', at: at(2000), source: 'main-window' },
  { type: 'logout-delay', at: at(2500), seconds: 12 },
  ...ticks(3000, 9000),
  { type: 'message-dismissed', at: at(9500) },
  { type: 'interaction-started', at: at(10_000) },
  { type: 'interaction-ended', at: at(11_000) },
  ...ticks(11_500, 13_500),
  { type: 'request-acknowledged', at: at(14_000), requestId: 'logout-1' },
  ...ticks(15_000, 16_000),
  { type: 'interaction-ended', at: at(17_000) },
];
/** An idle agent: mode switch, request from the voice channel, a short server delay, authorized when it runs out. */
const idle: Event[] = [
  { type: 'campaign-changed', at: at(0), mode: 'progressive', running: true },
  { type: 'logout-requested', at: at(1000), source: 'voice-channel' },
  { type: 'logout-delay', at: at(1500), seconds: 5 },
  ...ticks(2000, 7000),
];
/** The campaign moves to preview: logout is immediate. */
const immediate: Event[] = [
  { type: 'campaign-changed', at: at(0), mode: 'preview', running: true },
  { type: 'interaction-started', at: at(1000) },
  { type: 'interaction-ended', at: at(2000) },
  { type: 'logout-requested', at: at(3000), source: 'main-window' },
];
const scenarios = [withCalls, idle, immediate];
const perOp = scenarios.reduce((n, s) => n + s.length, 0);

const first = logout.machine.start({ at: T0, campaign: { mode: 'predictive', running: true } });
if (!first.ok) throw new Error(first.error.code);
const initial = first.state;
const context: XContext = {
  lastAt: initial.lastAt,
  campaign: initial.campaign,
  maxDelayMs: initial.maxDelayMs,
  authorizeAtDeadline: initial.authorizeAtDeadline,
  interactions: initial.interactions,
  requestCount: initial.requestCount,
  request: initial.request,
  loggedOutAt: initial.loggedOutAt,
};
const xinitial = xstart(context);

/** Both machines must agree, event by event, on status, data and effects. */
function checkParity(): void {
  for (const scenario of scenarios) {
    let state = initial;
    let snapshot: XSnapshot = xinitial;
    for (const event of scenario) {
      const step = logout.machine.transition(state, event);
      if (!step.ok) throw new Error(`dialdesk refused ${event.type}: ${step.error.code}`);
      const x = xtransition(snapshot, event);
      state = step.state;
      snapshot = x.snapshot;
      const { version: _v, status, ...data } = state;
      const same =
        status === xstatus(snapshot) &&
        JSON.stringify(data) === JSON.stringify(snapshot.context) &&
        JSON.stringify(step.effects) === JSON.stringify(x.effects);
      if (!same) throw new Error(`the XState machine disagrees after ${JSON.stringify(event)}`);
    }
  }
}
checkParity();

let sink = 0;

function runDialdesk(): void {
  for (const scenario of scenarios) {
    let state = initial;
    for (const event of scenario) {
      const step = logout.machine.transition(state, event);
      state = step.state;
      sink += step.effects.length;
    }
  }
}

function runXState(): void {
  for (const scenario of scenarios) {
    let snapshot = xinitial;
    for (const event of scenario) {
      const next = xtransition(snapshot, event);
      snapshot = next.snapshot;
      sink += next.effects.length;
    }
  }
}

/**
 * A direct measurement that holds up on a shared, loaded machine: time every op (one pass over the
 * scenarios, a few microseconds for dialdesk) on its own, interleaving the two machines, and take the
 * median op. An op during which the process was descheduled or collected garbage is an outlier and does
 * not move the median; a throughput over a long window would mostly measure the other processes.
 */
function measure(ops: number): { ours: number[]; theirs: number[] } {
  for (let i = 0; i < 500; i++) runDialdesk();
  for (let i = 0; i < 50; i++) runXState();
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < ops; i++) {
    let t = performance.now();
    runDialdesk();
    ours.push(performance.now() - t);
    if (i % 10 === 0) {
      t = performance.now();
      runXState();
      theirs.push(performance.now() - t);
    }
  }
  return { ours: ours.sort((x, y) => x - y), theirs: theirs.sort((x, y) => x - y) };
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.floor((sorted.length - 1) * q)] ?? Number.NaN;
const perSecond = (opMs: number): number => (perOp * 1000) / opMs;
const { ours, theirs } = measure(5_000);
const format = (n: number): string => `${(n / 1e6).toFixed(2)} M/s`;
const row = (name: string, sorted: readonly number[]): string =>
  `  ${name.padEnd(30)} median op ${format(perSecond(quantile(sorted, 0.5)))}   p90 op ${format(perSecond(quantile(sorted, 0.9)))}   fastest op ${format(perSecond(quantile(sorted, 0)))}`;
console.log(
  [
    `negotiated logout: transitions per second, ${perOp} transitions per op (3 scenarios), ${ours.length} + ${theirs.length} timed ops:`,
    row('dialdesk logout.transition', ours),
    row('XState v5 transition()', theirs),
    `  ratio (median op)              ${(quantile(theirs, 0.5) / quantile(ours, 0.5)).toFixed(1)}x${sink < 0 ? '' : ''}`,
  ].join('\n'),
);

describe(`negotiated logout (1 op = ${perOp} transitions)`, () => {
  bench('dialdesk logout.transition', runDialdesk, { time: 1000 });
  bench('XState v5 pure transition()', runXState, { time: 1000 });
});
