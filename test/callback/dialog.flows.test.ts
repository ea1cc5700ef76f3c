// Regression tests: the reschedule view's check box (issue 18), the contact policy in the dialog (issue 20),
// the commit button agreeing with the transition and hostile grid input (issue 14).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, type core } from '../../src/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

const at = Date.UTC(2026, 10, 24, 14); // Tuesday 09:00 in New York
const M = 60_000;
const H = 60 * M;
const types = [
  { id: 'immediate', label: 'Immediate', kind: 'immediate' as const },
  { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' as const },
];
const base = { at, types, defaultType: 'scheduled', zones: ['America/New_York', 'Europe/London'], defaultZone: 'America/New_York', numbers: ['+15551230001', '+15551230002'], horizonDays: 14 };
const slot = (h: number, m: number, remaining = 2): callback.Slot => ({ start: Date.UTC(2026, 10, 24, h, m), end: Date.UTC(2026, 10, 24, h, m + 15), capacity: 2, remaining });
const evening = (h: number): callback.Slot => ({ start: Date.UTC(2026, 10, 25, h, 30), end: Date.UTC(2026, 10, 25, h, 45), capacity: 2, remaining: 2 });
// 09:15, 09:30 and 10:00 in New York, then 19:30 and 20:30 (the next day in UTC).
const daySlots = [slot(14, 15), slot(14, 30), slot(15, 0), evening(0), evening(1)];

function go(state: callback.dialog.DialogState, event: callback.dialog.DialogEvent): callback.dialog.DialogState {
  const step = callback.dialog.machine.transition(state, event);
  if (!step.ok) throw new Error(`${event.type}: ${step.error.code} ${step.error.message}`);
  return step.state;
}
function refusal(state: callback.dialog.DialogState, event: unknown): core.Rejection {
  const step = callback.dialog.machine.transition(state, event as callback.dialog.DialogEvent);
  if (step.ok) throw new Error('accepted');
  expect(step.state).toBe(state);
  return step.error;
}
function open(extra: Partial<callback.dialog.DialogInput> = {}, origin: callback.dialog.Origin = { kind: 'reschedule', callbackId: 'cb-1', desiredAt: Date.UTC(2026, 10, 24, 15) }) {
  const step = callback.dialog.machine.start({ ...base, origin, ...extra });
  if (!step.ok) throw new Error(step.error.code);
  return go(step.state, { type: 'request-acknowledged', at, requestId: step.state.availability.requestId, slots: daySlots });
}

describe('callback dialog: the Reschedule Callback check box (issue 18)', () => {
  it('opens clear: choices are refused until it is ticked, as in the web callback and outbound views', () => {
    const s = open();
    expect(s.rescheduling).toBe(false);
    expect(refusal(s, { type: 'choose-slot', at, start: daySlots[1]!.start })).toMatchObject({ code: 'not-rescheduling', details: { field: 'reschedule' } });
    expect(refusal(s, { type: 'choose-date', at, date: '2026-11-25' }).code).toBe('not-rescheduling');
    expect(refusal(s, { type: 'show-month', at, year: 2026, month: 12 }).code).toBe('not-rescheduling');
    expect(callback.dialog.commitButton(s, at)).toEqual({ enabled: false, action: 'close', problem: null });
    const closed = callback.dialog.machine.transition(s, { type: 'dismissed', at });
    expect(closed.ok && closed.effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
  });

  it('ticked, the view commits on a click outside; cleared, it abandons the choices and commits nothing', () => {
    let s = go(open(), { type: 'set-reschedule', at, checked: true });
    s = go(s, { type: 'choose-type', at, typeId: 'immediate' });
    s = go(s, { type: 'choose-type', at, typeId: 'scheduled' });
    s = go(s, { type: 'choose-number', at, number: '+15551230002' });
    s = go(s, { type: 'choose-slot', at, start: daySlots[1]!.start });
    expect(callback.dialog.commitButton(s, at).action).toBe('commit');
    // Clearing the box on another date reloads the date the view opened on.
    const moved = go(s, { type: 'choose-date', at, date: '2026-11-26' });
    const cleared = callback.dialog.machine.transition(moved, { type: 'set-reschedule', at, checked: false });
    expect(cleared.ok && cleared.effects).toMatchObject([{ type: 'send-request', request: { kind: 'availability', date: '2026-11-24' } }]);
    expect(cleared.state).toMatchObject({ rescheduling: false, typeId: 'scheduled', number: '+15551230001', chosen: null, date: '2026-11-24', month: { year: 2026, month: 11 } });
    const dismissed = callback.dialog.machine.transition(cleared.state, { type: 'dismissed', at });
    expect(dismissed.ok && dismissed.effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
    // Same date: clearing sends nothing.
    const same = callback.dialog.machine.transition(s, { type: 'set-reschedule', at, checked: false });
    expect(same.ok && same.effects).toEqual([]);
  });

  it('the new-callback dialog has no check box; a bad `checked` is invalid', () => {
    const s = open({}, { kind: 'team-communicator', contactId: 'c-9' });
    expect(s.rescheduling).toBe(true);
    expect(refusal(s, { type: 'set-reschedule', at, checked: true }).code).toBe('event-not-allowed');
    expect(refusal(open(), { type: 'set-reschedule', at, checked: 'yes' })).toMatchObject({ code: 'invalid-event', path: '$.checked' });
  });
});

describe('callback dialog: the commit button agrees with the transition (issue 14)', () => {
  it('a chosen slot equal to the current schedule: the button says close, and the view closes unchanged', () => {
    let s = go(open(), { type: 'set-reschedule', at, checked: true });
    s = go(s, { type: 'choose-slot', at, start: Date.UTC(2026, 10, 24, 15) }); // the callback's current time
    expect(callback.dialog.commitButton(s, at)).toEqual({ enabled: false, action: 'close', problem: null });
    const step = callback.dialog.machine.transition(s, { type: 'dismissed', at });
    expect(step.ok && step.effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
  });

  it('in every state reached by sampled sequences, OK and a click outside do what the button says', () => {
    fc.assert(
      fc.property(arbitraries.callbackDialogSequence({ maxEvents: 25 }), fc.nat(3 * H), ({ input, events }, later) => {
        const started = callback.dialog.machine.start(input);
        if (!started.ok) return;
        let state = started.state;
        for (const e of [...events, null]) {
          const now = (e?.at ?? state.lastAt) + (e === null ? later : 0);
          const button = callback.dialog.commitButton(state, now);
          const type = state.origin.kind === 'reschedule' ? 'dismissed' : 'ok';
          const step = callback.dialog.machine.transition(state, { type, at: now });
          if (button.action === 'refuse') {
            expect(step.ok).toBe(false);
            if (!step.ok && button.problem !== null) expect(step.error.code).toBe(button.problem.code);
          } else {
            expect(step.ok).toBe(true);
            expect(step.effects[0]?.type).toBe(button.action === 'commit' ? 'send-request' : 'close');
          }
          expect(button.enabled).toBe(button.action === 'commit');
          if (e === null) break;
          state = go(state, e);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('callback dialog: the contact policy (issue 20)', () => {
  // Florida: at most 3 calls in 24 hours (Fla. Stat. 501.616(6)(b)) and 08:00-20:00 (501.616(6)(a)).
  const history = [
    { at: at - 3 * H, outcome: 'no-answer' as const },
    { at: at - 2 * H, outcome: 'busy' as const },
    { at: at - 1 * H, outcome: 'no-answer' as const },
  ];
  const policy = { presets: ['us-fl' as const], zone: 'America/New_York', history };

  it('refuses a slot the policy forbids, naming the rule and its source, and the button shows it', () => {
    const s = open({ contactPolicy: policy }, { kind: 'interaction', interactionId: 'ix-1', media: 'voice' });
    const why = refusal(s, { type: 'choose-slot', at, start: daySlots[1]!.start }); // 09:30 New York: a 4th call within 24 h
    expect(why.code).toBe('forbidden-by-contact-policy');
    expect(why.message).toContain('us-fl.frequency (Fla. Stat. 501.616(6)(b))');
    expect(why.details).toMatchObject({ field: 'slot', code: 'forbidden-by-contact-policy', details: { rules: [{ rule: 'us-fl.frequency', source: 'Fla. Stat. 501.616(6)(b)', until: at + 21 * H }] } });
  });

  it('allows the same slot without the history, and refuses a time outside Florida\'s hours with that rule', () => {
    const free = open({ contactPolicy: { ...policy, history: [] } }, { kind: 'interaction', interactionId: 'ix-1', media: 'voice' });
    expect(go(free, { type: 'choose-slot', at, start: daySlots[1]!.start }).chosen?.start).toBe(daySlots[1]!.start);
    expect(go(free, { type: 'choose-slot', at, start: evening(0).start }).chosen).toEqual(evening(0)); // 19:30: allowed
    const late = refusal(free, { type: 'choose-slot', at, start: evening(1).start }); // 20:30: after 20:00
    expect(late.code).toBe('forbidden-by-contact-policy');
    expect(late.message).toContain('us-fl.calling-hours');
    // Federal hours alone (08:00-21:00) allow 20:30.
    const federal = open({ contactPolicy: { ...policy, presets: ['us'], history: [] } }, { kind: 'interaction', interactionId: 'ix-1', media: 'voice' });
    expect(go(federal, { type: 'choose-slot', at, start: evening(1).start }).chosen?.start).toBe(evening(1).start);
  });

  it('keeps the policy through a JSON round trip, and refuses a forged one', () => {
    const s = open({ contactPolicy: policy });
    const restored = callback.dialog.machine.restore(JSON.parse(JSON.stringify(s)));
    expect(restored.ok && restored.value).toEqual(s);
    const forged = JSON.parse(JSON.stringify(s)) as { contactPolicy: { rules: { kind: string }[] } };
    forged.contactPolicy.rules[0]!.kind = 'anything-goes';
    expect(callback.dialog.machine.restore(forged)).toMatchObject({ ok: false, error: { code: 'invalid-state', path: '$.contactPolicy.rules' } });
  });
});

describe('grid and availability on hostile numbers (issue 14)', () => {
  const grid = { date: '2026-11-24', zone: 'UTC', at, locale: 'en-US' };
  it('a NaN capacity never reaches a cell: the grid and computeSlots refuse it with a path', () => {
    const bad = [{ start: at + H, end: at + 2 * H, capacity: Number.NaN, remaining: 0 }];
    expect(callback.grid({ ...grid, slots: bad })).toMatchObject({ ok: false, error: { code: 'invalid-slots', path: '$.slots[0].capacity', details: { found: 'NaN' } } });
    const rules = callback.parseAvailabilityConfig({ zone: 'UTC', bucketMinutes: 60, capacity: 1, weekly: { tue: [{ from: '09:00', until: '12:00' }] } });
    if (!rules.ok) throw new Error(rules.error.code);
    expect(callback.computeSlots({ ...rules.value, capacity: Number.NaN }, { at })).toMatchObject({ ok: false, error: { code: 'invalid-capacity', path: '$.capacity' } });
    const table = { default: 1, weekly: { ...{ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, tue: [{ from: '10:00', capacity: 0.5 }] } } as unknown as callback.CapacityTable;
    expect(callback.computeSlots({ ...rules.value, capacity: table }, { at })).toMatchObject({ ok: false, error: { code: 'invalid-capacity', path: '$.capacity.weekly.tue[0].capacity' } });
  });

  it('describes untrusted values by kind and size, never by their text, and never calls their toString', () => {
    const hostile = { toString: () => { throw new Error('called'); } };
    const r = callback.grid({ ...grid, slots: [], zone: hostile as unknown as string });
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-zone', path: '$.zone', details: { found: 'an object' } } });
    const long = 'x'.repeat(100_000);
    const d = callback.grid({ ...grid, slots: [], date: long });
    expect(d).toMatchObject({ ok: false, error: { code: 'invalid-date', details: { found: 'a string of 100000 characters' } } });
    expect(JSON.stringify(d).length).toBeLessThan(500);
    expect(callback.grid(null as unknown as callback.GridInput)).toMatchObject({ ok: false, error: { code: 'invalid-config', path: '$' } });
  });
});
