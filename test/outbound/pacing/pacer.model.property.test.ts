/**
 * Model-based test (fc.commands): random host reports run against `outbound.pacing.machine` and against
 * a plain model of what the pacer must track (agents and their statuses, calls ringing and waiting, the
 * ledger's live answers and abandons, the running totals). After every command the machine's answer
 * (accepted, or refused with the model's code) and its selectors must match the model; a JSON round trip
 * through `restore` is one of the commands, so a restored state must carry on exactly like the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
type State = outbound.pacing.PacingState;
type Status = 'ready' | 'talking' | 'wrap-up' | 'not-ready';

interface Model {
  at: number;
  readonly agents: Map<string, { status: Status; since: number }>;
  readonly ringing: Map<string, number>;
  readonly waiting: Map<string, number>;
  readonly totals: { dialed: number; answered: number; noContact: number; connected: number; abandoned: number };
  answers: number;
  abandons: number;
  nextCall: number;
}

interface Real {
  state: State;
}

const AGENTS = ['a1', 'a2', 'a3', 'a4'];
const RING_SECONDS = 20;

/** Delivers one event; checks the machine's answer against the code the model expects (null: accepted). */
function deliver(real: Real, event: outbound.pacing.PacingEvent, expected: string | null): void {
  const step = pacing.machine.transition(real.state, event);
  if (expected === null) {
    expect(step.ok ? 'accepted' : step.error.code).toBe('accepted');
    expect(step.effects).toEqual([]);
    real.state = step.state;
  } else {
    expect(step.ok ? 'accepted' : step.error.code).toBe(expected);
    expect(step.state).toBe(real.state);
  }
}

/** The machine's selectors against the model. */
function compare(model: Model, real: Real): void {
  const s = real.state;
  const byStatus = pacing.agents(s, model.at);
  const listed = (status: Status): string[] => [...model.agents].filter(([, a]) => a.status === status).map(([id]) => id).sort();
  const ids = (list: readonly outbound.pacing.PacingAgent[]): string[] => list.map((a) => a.agentId).sort();
  expect(ids(byStatus.ready)).toEqual(listed('ready'));
  expect(ids(byStatus.talking)).toEqual(listed('talking'));
  expect(ids(byStatus.wrapUp)).toEqual(listed('wrap-up'));
  expect(ids(byStatus.notReady)).toEqual(listed('not-ready'));
  for (const a of [...byStatus.ready, ...byStatus.talking, ...byStatus.wrapUp, ...byStatus.notReady]) {
    expect(a.since).toBe(model.agents.get(a.agentId)?.since);
  }
  expect([s.ready, s.talking, s.wrapUp, s.notReady]).toEqual([listed('ready').length, listed('talking').length, listed('wrap-up').length, listed('not-ready').length]);
  const calls = pacing.calls(s, model.at);
  expect(Object.fromEntries(calls.ringing.map((c) => [c.callId, c.dialedAt]))).toEqual(Object.fromEntries(model.ringing));
  expect(Object.fromEntries(calls.waiting.map((c) => [c.callId, c.answeredAt]))).toEqual(Object.fromEntries(model.waiting));
  for (const c of calls.ringing) expect(c.ringsUntil).toBe(c.dialedAt + RING_SECONDS * 1000);
  expect(s.totals).toEqual(model.totals);
  // The whole run stays far inside the 30-day window: the ledger holds every answer and abandon.
  expect(pacing.abandonment(s, model.at)).toMatchObject({ window: '30d', answers: model.answers, abandons: model.abandons });
  const d = pacing.decide(s, model.at);
  expect(d.minRingSeconds).toBe(RING_SECONDS);
  expect(Number.isInteger(d.place) && d.place >= 0).toBe(true);
  if (s.config.mode === 'progressive') expect(d.place).toBe(Math.max(0, s.ready - model.ringing.size - model.waiting.size));
}

abstract class Command implements fc.Command<Model, Real> {
  constructor(readonly dt: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    model.at += this.dt;
    this.apply(model, real);
    compare(model, real);
  }
  abstract apply(model: Model, real: Real): void;
  toString(): string {
    return `${this.constructor.name}(+${this.dt})`;
  }
}

class AgentStatus extends Command {
  constructor(dt: number, readonly agent: string, readonly status: Status | 'logged-out') {
    super(dt);
  }
  apply(model: Model, real: Real): void {
    const known = model.agents.get(this.agent);
    if (this.status === 'logged-out' && known === undefined) return deliver(real, { type: 'agent', at: model.at, agentId: this.agent, status: this.status }, 'unknown-agent');
    deliver(real, { type: 'agent', at: model.at, agentId: this.agent, status: this.status }, null);
    if (this.status === 'logged-out') model.agents.delete(this.agent);
    else if (known?.status !== this.status) model.agents.set(this.agent, { status: this.status, since: model.at });
  }
}

class Dial extends Command {
  constructor(dt: number, readonly again: boolean) {
    super(dt);
  }
  apply(model: Model, real: Real): void {
    const existing = [...model.ringing.keys(), ...model.waiting.keys()][0];
    if (this.again && existing !== undefined) return deliver(real, { type: 'dialed', at: model.at, callId: existing }, 'duplicate-call');
    const callId = `c${model.nextCall++}`;
    deliver(real, { type: 'dialed', at: model.at, callId }, null);
    model.ringing.set(callId, model.at);
    model.totals.dialed += 1;
  }
}

class Resolve extends Command {
  constructor(dt: number, readonly pick: number, readonly live: boolean) {
    super(dt);
  }
  apply(model: Model, real: Real): void {
    const ids = [...model.ringing.keys()];
    const callId = ids.length === 0 ? 'no-such-call' : (ids[this.pick % ids.length] as string);
    const event: outbound.pacing.PacingEvent = this.live ? { type: 'answered', at: model.at, callId } : { type: 'no-contact', at: model.at, callId, result: 'no-answer' };
    if (!model.ringing.has(callId)) return deliver(real, event, 'unknown-call');
    deliver(real, event, null);
    model.ringing.delete(callId);
    if (this.live) {
      model.waiting.set(callId, model.at);
      model.totals.answered += 1;
      model.answers += 1;
    } else model.totals.noContact += 1;
  }
}

class Connect extends Command {
  constructor(dt: number, readonly pick: number, readonly agent: string) {
    super(dt);
  }
  apply(model: Model, real: Real): void {
    const ids = [...model.waiting.keys()];
    const callId = ids.length === 0 ? 'no-such-call' : (ids[this.pick % ids.length] as string);
    const event: outbound.pacing.PacingEvent = { type: 'connected', at: model.at, callId, agentId: this.agent };
    if (!model.waiting.has(callId)) return deliver(real, event, 'unknown-call');
    if (!model.agents.has(this.agent)) return deliver(real, event, 'unknown-agent');
    deliver(real, event, null);
    model.waiting.delete(callId);
    const agent = model.agents.get(this.agent);
    if (agent?.status !== 'talking') model.agents.set(this.agent, { status: 'talking', since: model.at });
    model.totals.connected += 1;
  }
}

class Abandon extends Command {
  constructor(dt: number, readonly pick: number) {
    super(dt);
  }
  apply(model: Model, real: Real): void {
    const ids = [...model.waiting.keys()];
    const callId = ids.length === 0 ? 'no-such-call' : (ids[this.pick % ids.length] as string);
    if (!model.waiting.has(callId)) return deliver(real, { type: 'abandoned', at: model.at, callId }, 'unknown-call');
    deliver(real, { type: 'abandoned', at: model.at, callId }, null);
    model.waiting.delete(callId);
    model.totals.abandoned += 1;
    model.abandons += 1;
  }
}

class Tick extends Command {
  apply(model: Model, real: Real): void {
    deliver(real, { type: 'tick', at: model.at }, null);
  }
}

class Backwards extends Command {
  apply(model: Model, real: Real): void {
    if (real.state.lastAt === 0) return;
    deliver(real, { type: 'tick', at: real.state.lastAt - 1 }, 'time-went-backwards');
  }
}

class SaveAndRestore extends Command {
  apply(_model: Model, real: Real): void {
    const restored = pacing.machine.restore(JSON.parse(JSON.stringify(real.state)));
    expect(restored.ok ? restored.value : restored.error).toEqual(real.state);
    if (restored.ok) real.state = restored.value;
  }
}

const dt = fc.integer({ min: 0, max: 15_000 });
const commands = fc.commands(
  [
    fc.tuple(dt, fc.constantFrom(...AGENTS), fc.constantFrom<Status | 'logged-out'>('ready', 'talking', 'wrap-up', 'not-ready', 'logged-out')).map(([t, a, s]) => new AgentStatus(t, a, s)),
    fc.tuple(dt, fc.boolean()).map(([t, again]) => new Dial(t, again)),
    fc.tuple(dt, fc.nat(), fc.boolean()).map(([t, p, live]) => new Resolve(t, p, live)),
    fc.tuple(dt, fc.nat(), fc.constantFrom(...AGENTS, 'ghost')).map(([t, p, a]) => new Connect(t, p, a)),
    fc.tuple(dt, fc.nat()).map(([t, p]) => new Abandon(t, p)),
    dt.map((t) => new Tick(t)),
    dt.map((t) => new Backwards(t)),
    dt.map((t) => new SaveAndRestore(t)),
  ],
  { maxCommands: 80 },
);

describe('outbound.pacing.machine against a model', () => {
  it.each([
    { mode: 'progressive' },
    { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } },
    { mode: 'adaptive' },
  ] as const)('tracks agents, calls, the ledger and the totals like the model ($mode)', (config) => {
    fc.assert(
      fc.property(commands, (cmds) => {
        const t0 = Date.UTC(2026, 10, 24, 9);
        const started = pacing.machine.start({ at: t0, config: { ...config, minRingSeconds: RING_SECONDS } });
        if (!started.ok) throw new Error(started.error.message);
        const model: Model = {
          at: t0,
          agents: new Map(),
          ringing: new Map(),
          waiting: new Map(),
          totals: { dialed: 0, answered: 0, noContact: 0, connected: 0, abandoned: 0 },
          answers: 0,
          abandons: 0,
          nextCall: 0,
        };
        fc.modelRun(() => ({ model, real: { state: started.state } }), cmds);
      }),
      { numRuns: 60 },
    );
  });
});
