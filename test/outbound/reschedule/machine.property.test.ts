import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { time } from '../../../src/index.js';
import * as testing from '../../../src/testing/index.js';
import * as arbitraries from '../../../src/testing/arbitraries/index.js';
import { r, type Event, type State } from './helpers.js';

const MIN = 60_000;

type Policy = 'agent-choice' | 'always-personal' | 'always-campaign';
interface Model {
  phase: State['phase'];
  call: 'live' | 'ended';
  personal: boolean;
  requests: number;
  at: number;
  readonly policy: Policy;
}
interface Real {
  state: State;
}

function deliver(real: Real, event: Event): ReturnType<typeof r.machine.transition> {
  const before = real.state;
  const step = r.machine.transition(before, event);
  if (step.ok) {
    expect(step.state.lastAt).toBe(event.at);
    real.state = step.state;
  } else {
    expect(step.state).toBe(before);
    expect(step.effects).toEqual([]);
  }
  expect(testing.checkJsonRoundTrip(real.state).ok).toBe(true);
  expect(testing.isDeeplyFrozen(real.state)).toBe(true);
  return step;
}

function expectRefused(step: ReturnType<typeof r.machine.transition>, code: string): void {
  expect(step.ok ? 'accepted' : step.error.code).toBe(code);
}

/** The code an edit gets outside `editing`. */
function notEditing(m: Model): string {
  return m.phase === 'idle' ? 'not-rescheduling' : m.phase === 'pending' ? 'request-pending' : 'event-not-allowed';
}

function checkAgainst(m: Model, real: Real): void {
  const s = real.state;
  expect(s.phase).toBe(m.phase);
  expect(s.call).toBe(m.call);
  expect(s.requests).toBe(m.requests);
  expect(r.button(s, s.lastAt)).toBe(m.phase === 'rescheduled' ? 'rescheduled' : 'reschedule');
  // The personal flag always obeys the policy.
  if (m.policy === 'always-personal') expect(s.personal).toBe(true);
  if (m.policy === 'always-campaign') expect(s.personal).toBe(false);
  expect(r.personalCheckBox(s, s.lastAt).shown).toBe(m.policy !== 'always-campaign');
  if (m.phase === 'editing' || m.phase === 'idle') expect(s.personal).toBe(m.personal);
  // A restored copy behaves the same.
  const copy = JSON.parse(JSON.stringify(s)) as State;
  const probe: Event = { type: 'done', at: m.at };
  expect(r.machine.transition(copy, probe)).toEqual(r.machine.transition(s, probe));
}

class Cmd implements fc.Command<Model, Real> {
  constructor(
    readonly kind: 'tick' | 'check' | 'uncheck' | 'personal' | 'end-call' | 'call-ended' | 'done' | 'ack' | 'fail',
    readonly arg: number | boolean,
  ) {}
  check(): boolean {
    return true;
  }
  toString(): string {
    return `${this.kind}(${String(this.arg)})`;
  }
  run(m: Model, real: Real): void {
    const at = (m.at += this.kind === 'tick' ? Number(this.arg) : 0);
    switch (this.kind) {
      case 'tick':
        expect(deliver(real, { type: 'tick', at }).ok).toBe(true);
        break;
      case 'check': {
        const step = deliver(real, { type: 'set-reschedule', at, checked: true });
        if (m.phase === 'idle' || m.phase === 'editing') {
          expect(step.ok).toBe(true);
          if (m.phase === 'idle') {
            m.phase = 'editing';
            m.personal = m.policy === 'always-personal';
          }
          // Keep the draft valid as time moves on: two days ahead at noon, in the entry zone.
          const today = time.local(at, real.state.config.agentZone);
          if (!today.ok) throw new Error('zone');
          expect(deliver(real, { type: 'type-date', at, text: time.addDays(today.value.date, 2) }).ok).toBe(true);
          expect(deliver(real, { type: 'type-time', at, text: '12:00' }).ok).toBe(true);
        } else expectRefused(step, m.phase === 'pending' ? 'request-pending' : 'event-not-allowed');
        break;
      }
      case 'uncheck': {
        const step = deliver(real, { type: 'set-reschedule', at, checked: false });
        if (m.phase === 'idle' || m.phase === 'editing') {
          expect(step.ok).toBe(true);
          m.phase = 'idle';
          m.personal = m.policy === 'always-personal';
        } else expectRefused(step, m.phase === 'pending' ? 'request-pending' : 'event-not-allowed');
        break;
      }
      case 'personal': {
        const checked = Boolean(this.arg);
        const step = deliver(real, { type: 'set-personal', at, checked });
        if (m.phase !== 'editing') expectRefused(step, notEditing(m));
        else if (m.policy === 'always-personal' && !checked) expectRefused(step, 'personal-callback-locked');
        else if (m.policy === 'always-campaign' && checked) expectRefused(step, 'personal-callback-hidden');
        else {
          expect(step.ok).toBe(true);
          m.personal = checked;
        }
        break;
      }
      case 'end-call':
      case 'call-ended': {
        const step = deliver(real, { type: this.kind, at });
        if (m.call === 'ended') expectRefused(step, 'event-not-allowed');
        else {
          expect(step.ok).toBe(true);
          expect(step.effects).toEqual(this.kind === 'end-call' ? [{ type: 'hang-up', recordHandle: 7 }] : []);
          m.call = 'ended';
        }
        break;
      }
      case 'done': {
        const step = deliver(real, { type: 'done', at });
        if (m.phase !== 'editing') expectRefused(step, notEditing(m));
        else if (m.call === 'live') expectRefused(step, 'call-not-ended');
        else {
          expect(step.ok).toBe(true);
          m.requests += 1;
          m.phase = 'pending';
          expect(step.effects).toHaveLength(1);
          expect(step.effects[0]).toMatchObject({
            type: 'send-request',
            request: { kind: 'reschedule', requestId: `reschedule-${m.requests}`, callbackType: m.personal ? 'personal' : 'campaign' },
          });
        }
        break;
      }
      case 'ack':
      case 'fail': {
        const right = Boolean(this.arg);
        const requestId = right ? `reschedule-${m.requests}` : `reschedule-${m.requests + 1}`;
        const event: Event =
          this.kind === 'ack'
            ? { type: 'request-acknowledged', at, requestId }
            : { type: 'request-failed', at, requestId, code: 'busy', message: 'Try again.' };
        const step = deliver(real, event);
        if (m.phase !== 'pending' || !right) expectRefused(step, 'unknown-request');
        else {
          expect(step.ok).toBe(true);
          m.phase = this.kind === 'ack' ? 'rescheduled' : 'editing';
        }
        break;
      }
    }
    checkAgainst(m, real);
  }
}

const commands = [
  fc.integer({ min: 0, max: 10 * MIN }).map((dt) => new Cmd('tick', dt)),
  fc.constant(new Cmd('check', true)),
  fc.constant(new Cmd('uncheck', false)),
  fc.boolean().map((b) => new Cmd('personal', b)),
  fc.constant(new Cmd('end-call', true)),
  fc.constant(new Cmd('call-ended', true)),
  fc.constant(new Cmd('done', true)),
  fc.boolean().map((b) => new Cmd('ack', b)),
  fc.boolean().map((b) => new Cmd('fail', b)),
];

describe('the reschedule machine against a model', () => {
  it('follows the model over random event sequences; the personal flag obeys the policy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Policy>('agent-choice', 'always-personal', 'always-campaign'),
        arbitraries.trickyZone(),
        arbitraries.trickyZone(),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 1) }),
        fc.commands(commands, { maxCommands: 40 }),
        (policy, agentZone, contactZone, now, cmds) => {
          const started = r.machine.start({
            at: now,
            recordHandle: 7,
            chain: [{ recordHandle: 7, chainN: 0, phone: '5550100', contactType: 'home-phone', from: null, until: null }],
            agentZone,
            contactZone,
            personalPolicy: policy,
          });
          if (!started.ok) throw new Error(started.error.code);
          const model: Model = { phase: 'idle', call: 'live', personal: policy === 'always-personal', requests: 0, at: now, policy };
          fc.modelRun(() => ({ model, real: { state: started.state } }), cmds);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('bad input never throws', () => {
  it('start refuses anything that is not an input', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const step = r.machine.start(junk as never);
        expect(step.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('start with a plausible input with random fields never throws', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.record(
          {
            at: fc.oneof(fc.integer({ min: 0, max: 2 ** 45 }), field),
            recordHandle: fc.oneof(fc.nat(), field),
            chain: fc.oneof(fc.array(fc.record({ recordHandle: fc.nat(), chainN: fc.nat(), phone: fc.string(), contactType: fc.integer({ min: 0, max: 12 }), from: field, until: field })), field),
            contactZone: fc.oneof(arbitraries.trickyZone(), field),
            agentZone: fc.oneof(arbitraries.trickyZone(), field),
            dateFormat: fc.oneof(fc.constantFrom('MM/dd/yyyy', 'dd.MM.yy', 'yyyy'), field),
            stepMinutes: fc.oneof(fc.constantFrom(1, 5, 15, 30), field),
            horizonDays: field,
            minimumLeadMinutes: field,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const step = r.machine.start(input as never);
          if (step.ok) {
            expect(testing.checkJsonRoundTrip(step.state).ok).toBe(true);
            r.fields(step.state, step.state.lastAt);
            r.calendar(step.state, step.state.lastAt);
            r.commitButton(step.state, step.state.lastAt);
          } else expect(step.error.code).toBe('invalid-input');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('transition refuses junk events with the state unchanged, and selectors keep working', () => {
    const types = ['set-reschedule', 'set-personal', 'type-date', 'pick-date', 'show-month', 'type-time', 'step-time', 'choose-number', 'open-new-number', 'edit-new-number', 'confirm-new-number', 'cancel-new-number', 'end-call', 'call-ended', 'done', 'request-acknowledged', 'request-failed', 'tick', 'constructor', '__proto__', 'toString'];
    const now = Date.UTC(2026, 10, 24, 15, 7);
    const junkEvent = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.oneof(fc.constantFrom(...types), fc.string()),
          at: fc.oneof(fc.integer({ min: now, max: now + 3 * 86_400_000 }), fc.anything()),
          checked: fc.anything(),
          text: fc.oneof(fc.string(), fc.anything()),
          date: fc.oneof(fc.constantFrom('2026-11-25', '2026-12-24', '2027-01-01'), fc.anything()),
          year: fc.oneof(fc.constantFrom(2026, 2027), fc.anything()),
          month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.anything()),
          part: fc.oneof(fc.constantFrom('hour', 'minute'), fc.anything()),
          direction: fc.oneof(fc.constantFrom('up', 'down'), fc.anything()),
          recordHandle: fc.oneof(fc.constantFrom(7, 'new'), fc.anything()),
          field: fc.oneof(fc.constantFrom('phone', 'contactType', 'from', 'until'), fc.anything()),
          value: fc.oneof(fc.string(), fc.integer({ min: -1, max: 12 }), fc.anything()),
          requestId: fc.oneof(fc.constant('reschedule-1'), fc.anything()),
          message: fc.anything(),
          code: fc.anything(),
        },
        { requiredKeys: ['type', 'at'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(junkEvent, { maxLength: 30 }), arbitraries.trickyZone(), (events, zone) => {
        const started = r.machine.start({
          at: now,
          recordHandle: 7,
          chain: [{ recordHandle: 7, chainN: 0, phone: '5550100', contactType: 'home-phone', from: '08:00', until: '20:00' }],
          agentZone: zone,
          contactZone: 'America/New_York',
          allowNewNumber: true,
          dateFormat: 'MM/dd/yyyy',
        });
        if (!started.ok) throw new Error(started.error.code);
        let state = started.state;
        for (const event of events) {
          const step = r.machine.transition(state, event as Event);
          if (!step.ok) expect(step.state).toBe(state);
          state = step.state;
          expect(testing.checkJsonRoundTrip(state).ok).toBe(true);
          r.fields(state, state.lastAt);
          r.calendar(state, state.lastAt);
          r.commitButton(state, state.lastAt);
        }
      }),
      { numRuns: 150 },
    );
  });
});
