import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, type Step } from '../../src/index.js';

interface Model {
  now: number;
  status: callback.lifecycle.CallbackStatus;
  desiredAt: number | null;
  pending: { kind: 'cancel' | 'reschedule'; id: string; desiredAt: number | null } | null;
  count: number;
}
interface Real {
  state: callback.lifecycle.LifecycleState;
}

const rank = (s: callback.lifecycle.CallbackStatus) => callback.lifecycle.callbackStatuses.indexOf(s);

function check(real: Real, event: callback.lifecycle.LifecycleEvent, expectOk: boolean, code?: string): Step<callback.lifecycle.LifecycleState, callback.lifecycle.LifecycleEffect> {
  const before = real.state;
  const step = callback.lifecycle.machine.transition(before, event);
  expect(step.ok).toBe(expectOk);
  if (!step.ok) {
    expect(step.state).toBe(before);
    if (code !== undefined) expect(step.error.code).toBe(code);
  } else {
    expect(Object.isFrozen(step.state)).toBe(true);
    expect(JSON.parse(JSON.stringify(step.state))).toEqual(step.state);
    real.state = step.state;
  }
  return step;
}

class Status implements fc.Command<Model, Real> {
  constructor(readonly to: 'queued' | 'routing' | 'processing' | 'completed', readonly reason: callback.lifecycle.CompletionReason, readonly dt: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    m.now += this.dt;
    const rejects = this.reason === 'agent-preview-rejected' ? { rejects: 3 } : {};
    const event: callback.lifecycle.LifecycleEvent = this.to === 'completed' ? { type: 'completed', at: m.now, reason: this.reason, ...rejects } : { type: this.to, at: m.now };
    const ok = m.status !== 'completed' && rank(this.to) > rank(m.status);
    check(r, event, ok, m.status === 'completed' ? 'event-not-allowed' : 'not-forward');
    if (ok) {
      m.status = this.to;
      if (this.to === 'completed') m.pending = null;
      expect(r.state.reason).toBe(this.to === 'completed' ? this.reason : null);
    }
  }
  toString = () => `${this.to}`;
}

class Cancel implements fc.Command<Model, Real> {
  constructor(readonly dt: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    m.now += this.dt;
    const code = m.status === 'completed' ? 'event-not-allowed' : m.status === 'processing' ? 'cancel-refused' : m.pending ? 'request-pending' : undefined;
    const step = check(r, { type: 'cancel', at: m.now }, code === undefined, code);
    if (code === undefined) {
      m.count += 1;
      m.pending = { kind: 'cancel', id: `cancel-${m.count}`, desiredAt: null };
      expect(step.effects).toEqual([{ type: 'send-request', request: { kind: 'cancel', requestId: m.pending.id, callbackId: 'cb-1' } }]);
    }
  }
  toString = () => 'cancel';
}

class Reschedule implements fc.Command<Model, Real> {
  constructor(readonly dt: number, readonly ahead: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    m.now += this.dt;
    const desiredAt = m.now + this.ahead;
    const code = m.status !== 'scheduled' ? 'reschedule-refused' : m.pending ? 'request-pending' : this.ahead <= 0 ? 'time-in-past' : undefined;
    check(r, { type: 'reschedule', at: m.now, desiredAt: Math.max(0, desiredAt) }, code === undefined, code);
    if (code === undefined) {
      m.count += 1;
      m.pending = { kind: 'reschedule', id: `reschedule-${m.count}`, desiredAt };
    }
  }
  toString = () => `reschedule(${this.ahead})`;
}

class Answer implements fc.Command<Model, Real> {
  constructor(readonly ack: boolean, readonly stale: boolean, readonly dt: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    m.now += this.dt;
    const id = this.stale || m.pending === null ? 'cancel-999' : m.pending.id;
    const event: callback.lifecycle.LifecycleEvent = this.ack ? { type: 'request-acknowledged', at: m.now, requestId: id } : { type: 'request-failed', at: m.now, requestId: id, reason: { code: 'refused', message: 'no' } };
    const ok = !this.stale && m.pending !== null;
    check(r, event, ok, 'unknown-request');
    if (ok && m.pending) {
      if (this.ack && m.pending.kind === 'cancel' && m.status !== 'completed') m.status = 'completed';
      if (this.ack && m.pending.kind === 'reschedule') m.desiredAt = m.pending.desiredAt;
      m.pending = null;
    }
  }
  toString = () => `answer(${this.ack}, stale=${this.stale})`;
}

const dt = fc.integer({ min: 0, max: 3_600_000 });
const commands = [
  fc.tuple(fc.constantFrom('queued', 'routing', 'processing', 'completed' as const), fc.constantFrom(...callback.lifecycle.completionReasons), dt).map(([to, reason, d]) => new Status(to, reason, d)),
  dt.map((d) => new Cancel(d)),
  fc.tuple(dt, fc.integer({ min: -60_000, max: 86_400_000 })).map(([d, a]) => new Reschedule(d, a)),
  fc.tuple(fc.boolean(), fc.boolean(), dt).map(([a, s, d]) => new Answer(a, s, d)),
];

describe('callback lifecycle (model-based)', () => {
  it('moves forward only, refuses cancel while processing and reschedule unless scheduled, matches answers by id', () => {
    fc.assert(
      fc.property(fc.constantFrom('scheduled', 'queued', 'routing' as const), fc.commands(commands, { maxCommands: 30 }), (initial, cmds) => {
        const at = Date.UTC(2026, 10, 24, 14);
        const start = callback.lifecycle.machine.start({ at, callbackId: 'cb-1', desiredAt: at + 3_600_000, status: initial });
        if (!start.ok) throw new Error(start.error.code);
        const model: Model = { now: at, status: initial, desiredAt: at + 3_600_000, pending: null, count: 0 };
        const real: Real = { state: start.state };
        fc.modelRun(() => ({ model, real }), cmds);
        expect(real.state.status).toBe(model.status);
        expect(real.state.desiredAt).toBe(model.desiredAt);
        expect(real.state.pending?.requestId ?? null).toBe(model.pending?.id ?? null);
        const ranks = real.state.history.map((h) => rank(h.status));
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        const actions = callback.lifecycle.actions(real.state, 0);
        expect(actions.cancel === null).toBe(callback.lifecycle.machine.transition(real.state, { type: 'cancel', at: model.now }).ok);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('refuses bad input and unknown events', () => {
    expect(callback.lifecycle.machine.start({ at: 0, callbackId: '', desiredAt: null })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: '$.callbackId' } });
    expect(callback.lifecycle.machine.start({ at: 0, callbackId: 'x', desiredAt: null, status: 'completed' as 'queued' })).toMatchObject({ ok: false, error: { path: '$.status' } });
    const first = callback.lifecycle.machine.start({ at: 0, callbackId: 'x', desiredAt: null });
    if (!first.ok) throw new Error(first.error.code);
    const s = first.state;
    expect(callback.lifecycle.machine.transition(s, { type: 'explode', at: 1 } as unknown as callback.lifecycle.LifecycleEvent)).toMatchObject({ ok: false, error: { code: 'unknown-event' } });
    expect(callback.lifecycle.machine.transition(s, { type: 'completed', at: 1, reason: 'bored' } as unknown as callback.lifecycle.LifecycleEvent)).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
  });
});
