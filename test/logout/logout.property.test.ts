/**
 * Model-based test: random event sequences (fc.commands) run against dialdesk logout and against a
 * small independent model of the rules; after every command the real state must agree with the model
 * and the invariants must hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logout, outbound } from '../../src/index.js';
import { T0, isDeeplyFrozen } from './fixtures.js';

type State = logout.LogoutState;
type Event = logout.LogoutEvent;
type Mode = outbound.DialingMode;

/** The model: what the rules say, written independently of the implementation. */
interface Model {
  now: number;
  status: logout.LogoutStatus;
  mode: Mode;
  running: boolean;
  maxDelayMs: number;
  authorizeAtDeadline: boolean;
  interactions: number;
  requestCount: number;
  deadline: number | null;
  message: logout.MessageDisplay;
  /** Interactions delivered while the current (or last) request was pending. */
  delivered: number;
}

/** The system under test, plus what the invariants remember between commands. */
interface Real {
  state: State;
  /** Request ids the machine asked the host to send. */
  sent: Set<string>;
  /** Remaining time of the pending request after the previous command. */
  remaining: { id: string; ms: number } | null;
}

const negotiating = new Set<Mode>(['progressive', 'predictive', 'progressive-with-seizing', 'predictive-with-seizing']);
const negotiates = (m: Model): boolean => m.running && negotiating.has(m.mode);

function authorizeModel(m: Model): void {
  if (m.message === 'shown') m.message = 'hidden';
  m.status = m.interactions > 0 ? 'authorized' : 'logged-out';
  m.deadline = null;
}

function settleModel(m: Model, at: number): void {
  if (m.status !== 'awaiting-authorization' || m.deadline === null || at < m.deadline) return;
  if (m.authorizeAtDeadline) {
    authorizeModel(m);
  } else {
    if (m.message === 'shown') m.message = 'hidden';
    m.status = 'logged-in';
    m.deadline = null;
  }
}

/** Applies a well-formed event to the model; returns the refusal code, or null when accepted. */
function modelApply(model: Model, event: Event): string | null {
  const m = { ...model };
  settleModel(m, event.at);
  const code = ((): string | null => {
    // A tick is what acts on the deadline: it is accepted even when the deadline logs the agent out.
    if (event.type === 'tick') return null; // every machine accepts a tick, even once logged out
    // Any other event is judged after the deadline has been acted on.
    if (m.status === 'logged-out') return 'event-not-allowed';
    const awaiting = m.status === 'awaiting-authorization';
    switch (event.type) {
      case 'logout-requested':
        if (awaiting) return 'logout-pending';
        if (m.status === 'authorized') return 'logout-already-authorized';
        if (!negotiates(m)) {
          m.status = 'logged-out';
          return null;
        }
        m.status = 'awaiting-authorization';
        m.requestCount += 1;
        m.deadline = event.at + m.maxDelayMs;
        m.message = m.interactions > 0 ? 'shown' : 'none';
        m.delivered = 0;
        return null;
      case 'logout-delay':
      case 'request-acknowledged':
        if (m.status === 'authorized') return 'logout-already-authorized';
        if (!awaiting || m.deadline === null) return 'no-logout-request';
        if (event.type === 'request-acknowledged') {
          authorizeModel(m);
          return null;
        }
        m.deadline = Math.min(m.deadline, event.at + event.seconds * 1000);
        settleModel(m, event.at);
        return null;
      case 'request-failed':
        if (m.status === 'authorized') return 'logout-already-authorized';
        if (!awaiting || m.deadline === null) return 'no-logout-request';
        if (m.message === 'shown') m.message = 'hidden';
        m.status = 'logged-in';
        m.deadline = null;
        return null;
      case 'exit-anyway':
        return 'exit-not-allowed'; // these runs start without exitOnError
      case 'message-dismissed':
        if (m.message !== 'shown') return 'no-message';
        m.message = 'dismissed';
        return null;
      case 'interaction-started':
        m.interactions += 1;
        if (awaiting) m.delivered += 1;
        if (awaiting && m.message === 'none') m.message = 'shown';
        return null;
      case 'interaction-ended':
        if (m.interactions === 0) return 'no-interaction';
        m.interactions -= 1;
        if (m.status === 'authorized' && m.interactions === 0) m.status = 'logged-out';
        return null;
      case 'campaign-changed':
        m.mode = event.mode;
        m.running = event.running;
        if (awaiting && !negotiates(m)) authorizeModel(m);
        return null;
    }
  })();
  if (code === null) Object.assign(model, m, { now: event.at });
  return code;
}

/** Checks every invariant on one step; `expected` is the model's verdict (code or null). */
function check(real: Real, event: unknown, expected: string | null): logout.LogoutEffect[] {
  const before = real.state;
  const step = logout.machine.transition(before, event as Event);
  // A refused event returns the identical state and no effects; an accepted one matches the model.
  if (expected === null) {
    if (!step.ok) throw new Error(`expected acceptance, got ${step.error.code}: ${step.error.message}`);
  } else {
    expect(step.ok ? 'accepted' : step.error.code).toBe(expected);
    expect(step.state).toBe(before);
    expect(step.effects).toEqual([]);
  }
  const after = step.state;
  // Logged-out is terminal.
  if (before.status === 'logged-out') expect(step.state.status).toBe('logged-out');
  // States are deeply frozen (unless it is the caller's own restored object, handed back unchanged).
  if (after !== before || Object.isFrozen(before)) expect(isDeeplyFrozen(after)).toBe(true);
  // Every state survives a JSON round trip, and behaves the same after it.
  const restored = JSON.parse(JSON.stringify(before)) as State;
  expect(restored).toEqual(before);
  const again = logout.machine.transition(restored, event as Event);
  expect(again.ok).toBe(step.ok);
  expect(again.state).toEqual(after);
  expect(again.effects).toEqual(step.effects);
  expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  // ... and is accepted by the checked restore.
  expect(logout.machine.restore(JSON.parse(JSON.stringify(after)))).toEqual({ ok: true, value: after });
  // No authorization before a request: every negotiated logout names a request that was sent.
  for (const effect of step.effects) {
    if (effect.type === 'send-request' && effect.request.kind === 'logout') real.sent.add(effect.request.requestId);
    if (effect.type === 'log-out' && effect.requestId !== null) expect(real.sent.has(effect.requestId)).toBe(true);
  }
  if (after.status === 'authorized' || after.request?.authorizedBy != null) {
    expect(after.request !== null && real.sent.has(after.request.id)).toBe(true);
  }
  // Remaining time is never negative and never grows, as time passes or across events.
  const ms = logout.remainingMs(after, after.lastAt);
  if (ms === null || after.request === null) {
    real.remaining = null;
  } else {
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(logout.remainingMs(after, after.lastAt + 1_500)).toBeLessThanOrEqual(ms);
    if (real.remaining !== null && real.remaining.id === after.request.id) expect(ms).toBeLessThanOrEqual(real.remaining.ms);
    real.remaining = { id: after.request.id, ms };
  }
  real.state = after;
  return [...step.effects];
}

function compare(model: Model, state: State): void {
  expect(state.status).toBe(model.status);
  expect(state.interactions).toBe(model.interactions);
  expect(state.requestCount).toBe(model.requestCount);
  expect(state.campaign).toEqual({ mode: model.mode, running: model.running });
  if (model.status === 'awaiting-authorization') expect(state.request?.deadline).toBe(model.deadline);
  expect(state.request?.message ?? 'none').toBe(model.message);
  expect(state.request?.deliveredDuringWait ?? 0).toBe(model.delivered);
}

/** A well-formed event `dt` ms after the model's clock. */
class Send implements fc.Command<Model, Real> {
  constructor(
    readonly dt: number,
    readonly make: (at: number) => Event,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const event = this.make(model.now + this.dt);
    const expected = modelApply(model, event);
    check(real, event, expected);
    compare(model, real.state);
  }
  toString(): string {
    return `+${this.dt} ${JSON.stringify({ ...this.make(0), at: undefined })}`;
  }
}

/** Bad input from a JavaScript caller: must be refused with its code, never thrown. */
class SendBad implements fc.Command<Model, Real> {
  constructor(
    readonly label: string,
    readonly make: (now: number) => unknown,
    readonly code: string,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    check(real, this.make(model.now), this.code);
  }
  toString(): string {
    return `bad ${this.label}`;
  }
}

/**
 * The server acknowledges a request id (the pending one when none is drawn): refused with unknown-request
 * unless the id names the pending request (the model knows ids are `logout-<count>`).
 */
class Authorize implements fc.Command<Model, Real> {
  constructor(
    readonly dt: number,
    readonly requestId: string | undefined,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const at = model.now + this.dt;
    const settled = { ...model };
    settleModel(settled, at);
    const pending = settled.status === 'awaiting-authorization' ? `logout-${settled.requestCount}` : null;
    const event: Event = { type: 'request-acknowledged', at, requestId: this.requestId ?? pending ?? 'logout-1' };
    check(real, event, pending !== null && this.requestId !== undefined && this.requestId !== pending ? 'unknown-request' : modelApply(model, event));
    compare(model, real.state);
  }
  toString(): string {
    return `+${this.dt} request-acknowledged${this.requestId === undefined ? '' : ` ${this.requestId}`}`;
  }
}

/** The host saves the state as JSON and restores it (an unfrozen plain object). */
class Restore implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    real.state = JSON.parse(JSON.stringify(real.state)) as State;
    compare(model, real.state);
  }
  toString(): string {
    return 'restore from JSON';
  }
}

const dt = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40_000 }) },
);
const mode = fc.constantFrom(...outbound.dialingModes);
const requestId = fc.option(fc.constantFrom('logout-1', 'logout-2', 'logout-9'), { nil: undefined });

const commands = [
  dt.map((d) => new Send(d, (at) => ({ type: 'tick', at }))),
  fc.tuple(dt, fc.constantFrom<logout.LogoutSource>('main-window', 'voice-channel')).map(
    ([d, source]) => new Send(d, (at) => ({ type: 'logout-requested', at, source })),
  ),
  fc.tuple(dt, fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }))).map(
    ([d, seconds]) => new Send(d, (at) => ({ type: 'logout-delay', at, seconds })),
  ),
  fc.tuple(dt, requestId).map(([d, id]) => new Authorize(d, id)),
  dt.map((d) => new Send(d, (at) => ({ type: 'message-dismissed', at }))),
  dt.map((d) => new Send(d, (at) => ({ type: 'interaction-started', at }))),
  dt.map((d) => new Send(d, (at) => ({ type: 'interaction-ended', at }))),
  // Campaign changes and restores are rarer, so that sequences reach deep into a negotiation.
  fc.tuple(dt, mode, fc.boolean(), fc.integer({ min: 0, max: 3 })).map(([d, m, running, rare]) =>
    rare === 0 ? new Send(d, (at) => ({ type: 'campaign-changed', at, mode: m, running })) : new Send(d, (at) => ({ type: 'interaction-started', at })),
  ),
  fc.constant(new Restore()),
  fc.constantFrom(
    new SendBad('backwards', (now) => ({ type: 'tick', at: now - 1 }), 'time-went-backwards'),
    new SendBad('NaN at', () => ({ type: 'tick', at: Number.NaN }), 'invalid-instant'),
    new SendBad('negative at', () => ({ type: 'interaction-started', at: -5 }), 'invalid-instant'),
    new SendBad('infinite at', () => ({ type: 'request-acknowledged', at: Infinity, requestId: 'logout-1' }), 'invalid-instant'),
    new SendBad('unknown type', (now) => ({ type: 'logout-now', at: now }), 'unknown-event'),
    new SendBad('missing source', (now) => ({ type: 'logout-requested', at: now }), 'invalid-event'),
    new SendBad('string seconds', (now) => ({ type: 'logout-delay', at: now, seconds: '5' }), 'invalid-event'),
    new SendBad('null', () => null, 'invalid-event'),
    new SendBad('string', () => 'tick', 'invalid-event'),
  ),
];

const input = fc.record({
  mode: fc.oneof({ arbitrary: fc.constantFrom<Mode>(...negotiating), weight: 3 }, { arbitrary: mode, weight: 1 }),
  running: fc.boolean(),
  maxDelayMs: fc.integer({ min: 1_000, max: 60_000 }),
  authorizeAtDeadline: fc.boolean(),
  interactions: fc.integer({ min: 0, max: 2 }),
});

describe('logout, model-based', () => {
  it('agrees with the model and keeps every invariant over random event sequences', () => {
    fc.assert(
      fc.property(input, fc.commands(commands, { maxCommands: 40 }), (init, cmds) => {
        const step = logout.machine.start({
          at: T0,
          campaign: { mode: init.mode, running: init.running },
          maxDelayMs: init.maxDelayMs,
          authorizeAtDeadline: init.authorizeAtDeadline,
          interactions: init.interactions,
        });
        expect(step.ok).toBe(true);
        const model: Model = {
          now: T0,
          status: 'logged-in',
          mode: init.mode,
          running: init.running,
          maxDelayMs: init.maxDelayMs,
          authorizeAtDeadline: init.authorizeAtDeadline,
          interactions: init.interactions,
          requestCount: 0,
          deadline: null,
          message: 'none',
          delivered: 0,
        };
        if (!step.ok) throw new Error('refused');
        const real: Real = { state: step.state, sent: new Set(), remaining: null };
        fc.modelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});
