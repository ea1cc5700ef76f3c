import { describe, expect, it } from 'vitest';
import { callback } from '../../src/index.js';
import { isDeeplyFrozen } from '../../src/testing/index.js';

const at = Date.UTC(2026, 10, 24, 14); // 09:00 in New York
const M = 60_000;
const types = [
  { id: 'immediate', label: 'Immediate', kind: 'immediate' as const },
  { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' as const },
];
const base = {
  at,
  types,
  defaultType: 'scheduled',
  zones: ['America/New_York', 'Europe/London'],
  defaultZone: 'America/New_York',
  numbers: ['+15551230001', '+15551230002'],
  noticeMinutes: 30,
  horizonDays: 14,
};
const slot = (h: number, m: number, remaining = 2): callback.Slot => ({ start: Date.UTC(2026, 10, 24, h, m), end: Date.UTC(2026, 10, 24, h, m + 15), capacity: 2, remaining });
const daySlots = [slot(14, 15), slot(14, 30), slot(14, 45), slot(15, 0), slot(15, 15, 0), slot(15, 30)];

function started(input: unknown): callback.dialog.DialogState {
  const step = callback.dialog.machine.start(input as callback.dialog.DialogInput);
  if (!step.ok) throw new Error(`${step.error.code}: ${step.error.message}`);
  return step.state;
}

function go(state: callback.dialog.DialogState, event: callback.dialog.DialogEvent): callback.dialog.DialogState {
  const step = callback.dialog.machine.transition(state, event);
  if (!step.ok) throw new Error(`${event.type}: ${step.error.code} ${step.error.message}`);
  return step.state;
}

function refused(state: callback.dialog.DialogState, event: unknown): string {
  const step = callback.dialog.machine.transition(state, event as callback.dialog.DialogEvent);
  expect(step.ok).toBe(false);
  expect(step.state).toBe(state);
  expect(step.effects).toEqual([]);
  return step.ok ? '' : step.error.code;
}

const newDialog = () => started({ ...base, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'chat' } });
const loaded = (s: callback.dialog.DialogState, slots = daySlots) => go(s, { type: 'request-acknowledged', at, requestId: s.availability.requestId, slots });

describe('callback dialog: start', () => {
  it('shows today in the default zone and loads its availability', () => {
    const step = callback.dialog.machine.start({ ...base, origin: { kind: 'team-communicator', contactId: 'c-9' } });
    if (!step.ok) throw new Error(step.error.code);
    expect(step.effects).toEqual([
      {
        type: 'send-request',
        request: { kind: 'availability', requestId: 'availability-1', zone: 'America/New_York', date: '2026-11-24', start: Date.UTC(2026, 10, 24, 5), end: Date.UTC(2026, 10, 25, 5) },
      },
    ]);
    expect(step.state).toMatchObject({ phase: 'selecting', rescheduling: true, typeId: 'scheduled', number: '+15551230001', chosen: null, month: { year: 2026, month: 11 } });
    expect(JSON.parse(JSON.stringify(step.state))).toEqual(step.state);
    expect(Object.isFrozen(step.state.availability)).toBe(true);
  });

  it('opens the reschedule view on the date of the current schedule', () => {
    const s = started({ ...base, origin: { kind: 'reschedule', callbackId: 'cb-1', desiredAt: Date.UTC(2026, 10, 27, 3) } });
    expect(s.date).toBe('2026-11-26'); // 22:00 in New York
  });

  it.each([
    [{ ...base, origin: { kind: 'fax' } }, 'invalid-input', '$.origin.kind'],
    [{ ...base, origin: { kind: 'interaction', interactionId: 'ix' } }, 'invalid-input', '$.origin.media'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, types: [] }, 'invalid-input', '$.types'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, types: [types[0], { id: 'x', label: 'X', kind: 'asap' }] }, 'invalid-input', '$.types[1].kind'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, zones: ['UTC', 'Mars/Base'] }, 'unknown-zone', '$.zones[1]'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, defaultZone: 'Asia/Tokyo' }, 'invalid-input', '$.defaultZone'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, defaultNumber: '+1' }, 'invalid-input', '$.defaultNumber'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, at: -1 }, 'invalid-input', '$.at'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, contactPolicy: { presets: ['xx'], history: [], zone: 'UTC' } }, 'invalid-input', '$.contactPolicy.presets[0]'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, contactPolicy: { presets: ['us'], history: [{ at: at + 1, outcome: 'busy' }], zone: 'UTC' } }, 'invalid-input', '$.contactPolicy.history[0].at'],
    [{ ...base, origin: { kind: 'team-communicator', contactId: 'c' }, contactPolicy: { presets: ['us'], history: [], zone: 'Mars/Base' } }, 'invalid-input', '$.contactPolicy.zone'],
    [null, 'invalid-input', '$'],
  ])('refuses %j', (input, code, path) => {
    const step = callback.dialog.machine.start(input as callback.dialog.DialogInput);
    expect(step).toMatchObject({ ok: false, error: { code, path } });
    expect('state' in step).toBe(false);
  });
});

describe('callback dialog: new callback', () => {
  it('commits on OK with the desired instant, zone, type, number and origin', () => {
    let s = loaded(newDialog());
    s = go(s, { type: 'choose-number', at, number: '+15551230002' });
    s = go(s, { type: 'choose-slot', at, start: daySlots[2]!.start });
    expect(callback.dialog.commitButton(s, at)).toEqual({ enabled: true, action: 'commit', problem: null });
    const step = callback.dialog.machine.transition(s, { type: 'ok', at: at + M });
    expect(step.ok && step.effects).toEqual([
      {
        type: 'send-request',
        request: {
          kind: 'schedule',
          requestId: 'callback-2',
          callbackId: null,
          callbackType: 'scheduled',
          callbackKind: 'scheduled',
          offerType: 'scheduled',
          desiredAt: Date.UTC(2026, 10, 24, 14, 45),
          desiredTime: '2026-11-24T14:45:00.000Z',
          zone: 'America/New_York',
          number: '+15551230002',
          origin: { kind: 'interaction', interactionId: 'ix-7', media: 'chat' },
        },
      },
    ]);
    s = step.state;
    expect(s.phase).toBe('committing');
    expect(refused(s, { type: 'cancel', at: at + M })).toBe('event-not-allowed');
    expect(refused(s, { type: 'request-acknowledged', at: at + M, requestId: 'callback-9' })).toBe('unknown-request');
    const done = callback.dialog.machine.transition(s, { type: 'request-acknowledged', at: at + 2 * M, requestId: 'callback-2' });
    expect(done.ok && done.effects).toEqual([{ type: 'close', outcome: 'committed' }]);
    expect(done.state).toMatchObject({ phase: 'closed', outcome: 'committed' });
    expect(refused(done.state, { type: 'ok', at: at + 3 * M })).toBe('event-not-allowed');
  });

  it('refuses slots that cannot be chosen, each with its code', () => {
    const s0 = newDialog();
    expect(refused(s0, { type: 'choose-slot', at, start: daySlots[1]!.start })).toBe('availability-not-loaded');
    const s = loaded(s0);
    expect(refused(s, { type: 'choose-slot', at, start: daySlots[0]!.start })).toBe('time-too-soon'); // 14:15Z with 30 minutes' notice
    expect(refused(s, { type: 'choose-slot', at: daySlots[3]!.start + M, start: daySlots[3]!.start })).toBe('time-in-past');
    expect(refused(s, { type: 'choose-slot', at, start: daySlots[4]!.start })).toBe('slot-unavailable'); // full
    expect(refused(s, { type: 'choose-slot', at, start: Date.UTC(2026, 10, 24, 18) })).toBe('slot-unavailable'); // closed
    expect(refused(s, { type: 'choose-slot', at, start: 'soon' })).toBe('invalid-event');
    const immediate = go(s, { type: 'choose-type', at, typeId: 'immediate' });
    expect(refused(immediate, { type: 'choose-slot', at, start: daySlots[2]!.start })).toBe('slot-not-needed');
  });

  it('needs a slot for a scheduled type, none for an immediate one', () => {
    const s = loaded(newDialog());
    expect(callback.dialog.commitButton(s, at)).toEqual({ enabled: false, action: 'refuse', problem: { field: 'slot', code: 'slot-required', message: 'Choose a time slot first.', details: { typeId: 'scheduled' } } });
    expect(refused(s, { type: 'ok', at })).toBe('slot-required');
    const immediate = go(s, { type: 'choose-type', at, typeId: 'immediate' });
    const step = callback.dialog.machine.transition(immediate, { type: 'ok', at });
    expect(step.ok && step.effects[0]).toMatchObject({ type: 'send-request', request: { kind: 'schedule', callbackKind: 'immediate', offerType: 'asap', desiredAt: null, desiredTime: null } });
  });

  it('refuses a chosen slot at OK once its time has passed', () => {
    const s = go(loaded(newDialog()), { type: 'choose-slot', at, start: daySlots[2]!.start });
    expect(refused(s, { type: 'ok', at: daySlots[2]!.start + 1 })).toBe('time-in-past');
    expect(callback.dialog.commitButton(s, daySlots[2]!.start - 10 * M).problem?.code).toBe('time-too-soon');
  });

  it('ignores availability answers for an earlier date or zone', () => {
    const s0 = newDialog();
    const s1 = go(s0, { type: 'choose-date', at, date: '2026-11-25' });
    expect(s1.availability).toMatchObject({ status: 'loading', requestId: 'availability-2', date: '2026-11-25' });
    expect(refused(s1, { type: 'request-acknowledged', at, requestId: 'availability-1', slots: daySlots })).toBe('unknown-request');
    const s2 = go(s1, { type: 'choose-zone', at, zone: 'europe/london' });
    expect(s2.availability).toMatchObject({ requestId: 'availability-3', zone: 'Europe/London' });
    expect(refused(s2, { type: 'request-acknowledged', at, requestId: 'availability-2', slots: [] })).toBe('unknown-request');
    const s3 = go(s2, { type: 'request-failed', at, requestId: 'availability-3', reason: { code: 'server-error', message: 'down' } });
    expect(s3.availability.status).toBe('failed');
    expect(callback.dialog.grid(s3, at, 'en-US')).toBeNull();
    expect(refused(s3, { type: 'request-acknowledged', at, requestId: 'availability-3', slots: [] })).toBe('unknown-request');
  });

  it('refuses choices that are not offered', () => {
    const s = newDialog();
    expect(refused(s, { type: 'choose-type', at, typeId: 'later' })).toBe('unknown-type');
    expect(refused(s, { type: 'choose-zone', at, zone: 'Asia/Tokyo' })).toBe('unknown-zone-option');
    expect(refused(s, { type: 'choose-number', at, number: '+1999' })).toBe('unknown-number');
    expect(refused(s, { type: 'choose-date', at, date: '2026-11-23' })).toBe('time-in-past');
    expect(refused(s, { type: 'choose-date', at, date: '2026-12-09' })).toBe('beyond-horizon');
    expect(refused(s, { type: 'choose-date', at, date: '2026-02-30' })).toBe('invalid-event');
    expect(refused(s, { type: 'dismissed', at })).toBe('event-not-allowed');
    expect(refused(s, { type: 'fly', at })).toBe('unknown-event');
    expect(refused(s, { type: 'ok', at: at - 1 })).toBe('time-went-backwards');
    expect(refused(s, 'ok')).toBe('invalid-event');
  });

  it('discards on cancel', () => {
    const step = callback.dialog.machine.transition(go(loaded(newDialog()), { type: 'choose-slot', at, start: daySlots[2]!.start }), { type: 'cancel', at });
    expect(step.ok && step.effects).toEqual([{ type: 'close', outcome: 'discarded' }]);
  });

  it('goes back to selection with the reason when the server refuses, and reloads', () => {
    let s = go(loaded(newDialog()), { type: 'choose-slot', at, start: daySlots[2]!.start });
    s = go(s, { type: 'ok', at });
    const step = callback.dialog.machine.transition(s, { type: 'request-failed', at, requestId: 'callback-2', reason: { code: 'slot-full', message: 'The slot filled up.' } });
    expect(step.ok && step.effects).toEqual([
      {
        type: 'send-request',
        request: { kind: 'availability', requestId: 'availability-3', zone: 'America/New_York', date: '2026-11-24', start: Date.UTC(2026, 10, 24, 5), end: Date.UTC(2026, 10, 25, 5) },
      },
    ]);
    expect(step.state).toMatchObject({ phase: 'selecting', chosen: null, error: { code: 'slot-full', message: 'The slot filled up.' } });
  });
});

describe('callback dialog: reschedule view', () => {
  const opened = () => started({ ...base, origin: { kind: 'reschedule', callbackId: 'cb-1', desiredAt: daySlots[3]!.start } });
  const view = () => go(opened(), { type: 'set-reschedule', at, checked: true });

  it('commits when dismissed with a valid slot', () => {
    const s = go(loaded(view()), { type: 'choose-slot', at, start: daySlots[2]!.start });
    expect(refused(s, { type: 'ok', at })).toBe('event-not-allowed');
    const step = callback.dialog.machine.transition(s, { type: 'dismissed', at });
    expect(step.ok && step.effects[0]).toMatchObject({ type: 'send-request', request: { kind: 'reschedule', callbackId: 'cb-1', desiredAt: daySlots[2]!.start, requestId: 'callback-2' } });
  });

  it('closes with no change when dismissed without a choice, with the same time, or with a stale one', () => {
    const plain = callback.dialog.machine.transition(loaded(view()), { type: 'dismissed', at });
    expect(plain.ok && plain.effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
    const same = callback.dialog.machine.transition(go(loaded(view()), { type: 'choose-slot', at, start: daySlots[3]!.start }), { type: 'dismissed', at });
    expect(same.ok && same.effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
    const late = callback.dialog.machine.transition(go(loaded(view()), { type: 'choose-slot', at, start: daySlots[2]!.start }), { type: 'dismissed', at: daySlots[2]!.start + 1 });
    expect(late.ok && late.effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
    expect(late.state.error?.code).toBe('time-in-past');
  });

  it('keeps the reason of a closing with no change deeply frozen, its details included', () => {
    // The counterexample fast-check found (arbitraries.callbackDialogSequence, seed -376218787): a slot chosen,
    // the view dismissed a millisecond after the slot started; state.error.details stayed mutable.
    const t0 = Date.UTC(2020, 0, 1);
    let s = started({
      at: t0,
      origin: { kind: 'reschedule', callbackId: 'cb-1', desiredAt: t0 + M },
      types: [{ id: 'scheduled', label: 'Scheduled', kind: 'scheduled' }],
      zones: ['UTC'],
      defaultZone: 'UTC',
      numbers: [],
      noticeMinutes: 0,
      horizonDays: 1,
    });
    const hour = 60 * M;
    s = go(s, { type: 'set-reschedule', at: t0, checked: true });
    s = go(s, { type: 'request-acknowledged', at: t0 + 1, requestId: 'availability-1', slots: [{ start: t0 + hour, end: t0 + hour + 15 * M, capacity: 2, remaining: 1 }] });
    s = go(s, { type: 'choose-slot', at: t0 + 2, start: t0 + hour });
    s = go(s, { type: 'dismissed', at: t0 + hour + 1 });
    expect(s.error).toEqual({
      code: 'time-in-past',
      message: 'That slot has already started.',
      details: { field: 'slot', code: 'time-in-past', message: 'That slot has already started.', details: { start: t0 + hour, at: t0 + hour + 1 } },
    });
    expect(isDeeplyFrozen(s)).toBe(true);

    // The other reasons a chosen slot can go stale by the time the view is dismissed.
    const chosen = go(loaded(view()), { type: 'choose-slot', at, start: daySlots[2]!.start });
    const tooSoon = go(chosen, { type: 'dismissed', at: daySlots[2]!.start - 10 * M });
    expect(tooSoon.error?.code).toBe('time-too-soon');
    expect(isDeeplyFrozen(tooSoon)).toBe(true);
    const full = go(go(chosen, { type: 'choose-date', at, date: '2026-11-24' }), { type: 'request-acknowledged', at, requestId: 'availability-2', slots: [slot(14, 45, 0)] });
    const closedFull = go(full, { type: 'dismissed', at });
    expect(closedFull.error?.code).toBe('slot-unavailable');
    expect(isDeeplyFrozen(closedFull)).toBe(true);
  });
});

describe('callback dialog: selectors', () => {
  it('grid, calendar and readiness', () => {
    const s = go(loaded(newDialog()), { type: 'choose-slot', at, start: daySlots[2]!.start });
    const g = callback.dialog.grid(s, at, 'en-US', { span: 'slots' });
    expect(g?.cells.map((c) => `${c.label} ${c.reason ?? 'ok'}`)).toEqual([
      '9:15 AM – 9:30 AM time-too-soon',
      '9:30 AM – 9:45 AM ok',
      '9:45 AM – 10:00 AM ok',
      '10:00 AM – 10:15 AM ok',
      '10:15 AM – 10:30 AM full',
      '10:30 AM – 10:45 AM ok',
    ]);
    const cal = callback.dialog.calendar(s, at, { weekStartsOn: 'sun', locale: 'en-US' });
    if (!cal.ok) throw new Error(cal.error.code);
    expect(cal.value).toMatchObject({ title: 'November 2026', selected: '2026-11-24', previous: null, next: { year: 2026, month: 12 } });
    const days = cal.value.grid.weeks.flat();
    expect(days.find((d) => d.isToday)?.date).toBe('2026-11-24');
    expect(days.filter((d) => d.selectable).map((d) => d.date)[0]).toBe('2026-11-24');
    expect(days.filter((d) => d.selectable && d.inMonth).at(-1)?.date).toBe('2026-11-30');
    const december = go(s, { type: 'show-month', at, year: 2026, month: 12 });
    const dec = callback.dialog.calendar(december, at);
    expect(dec.ok && dec.value.grid.weeks.flat().filter((d) => d.selectable && d.inMonth).at(-1)?.date).toBe('2026-12-08');
    expect(dec.ok && dec.value.next).toBeNull(); // nothing selectable in January
    expect(refused(december, { type: 'show-month', at, year: 2027, month: 1 })).toBe('month-unavailable');
    expect(refused(december, { type: 'show-month', at, year: 2026, month: 10 })).toBe('month-unavailable');
    expect(refused(december, { type: 'show-month', at, year: 2026, month: 13 })).toBe('invalid-month');
    expect(refused(december, { type: 'show-month', at, year: 0, month: 1 })).toBe('invalid-month');
    // Choosing a date shows its month.
    expect(go(december, { type: 'choose-date', at, date: '2026-11-30' }).month).toEqual({ year: 2026, month: 11 });
  });
});

describe('callback dialog: the four Workspace callback types', () => {
  const four = [
    { id: 'now', label: 'Immediate', kind: 'immediate' as const },
    { id: 'later', label: 'Delayed', kind: 'delayed' as const },
    { id: 'sched', label: 'Scheduled', kind: 'scheduled' as const },
    { id: 'preview', label: 'Delayed (Agent Preview)', kind: 'delayed-agent-preview' as const, offerType: 'combined-scheduled-and-asap' as const },
  ];
  const open = (defaultType: string) => loaded(started({ ...base, types: four, defaultType, origin: { kind: 'team-communicator', contactId: 'c-9' } }));

  it.each(['later', 'sched', 'preview'])('%s needs a slot; immediate does not', (id) => {
    expect(refused(open(id), { type: 'ok', at })).toBe('slot-required');
    expect(refused(open('now'), { type: 'choose-slot', at, start: Date.UTC(2026, 10, 24, 14, 45) })).toBe('slot-not-needed');
  });

  it('carries the kind and the offer type (the type\'s own, else the server default) in the request', () => {
    const pick = (id: string) => {
      const s = go(open(id), { type: 'choose-slot', at, start: Date.UTC(2026, 10, 24, 14, 45) });
      const step = callback.dialog.machine.transition(s, { type: 'ok', at });
      return step.ok ? step.effects[0] : undefined;
    };
    expect(pick('later')).toMatchObject({ request: { callbackKind: 'delayed', offerType: 'scheduled', desiredTime: '2026-11-24T14:45:00.000Z' } });
    expect(pick('preview')).toMatchObject({ request: { callbackKind: 'delayed-agent-preview', offerType: 'combined-scheduled-and-asap' } });
    const now = callback.dialog.machine.transition(open('now'), { type: 'ok', at });
    expect(now.ok && now.effects[0]).toMatchObject({ request: { callbackKind: 'immediate', offerType: 'asap', desiredAt: null } });
  });

  it('refuses an unknown kind or offer type at start', () => {
    expect(callback.dialog.machine.start({ ...base, types: [{ id: 'x', label: 'X', kind: 'asap' }] as unknown as callback.dialog.CallbackTypeOffer[], defaultType: 'x', origin: { kind: 'team-communicator', contactId: 'c' } }).ok).toBe(false);
    expect(callback.dialog.machine.start({ ...base, types: [{ id: 'x', label: 'X', kind: 'scheduled', offerType: 'ASAP' }] as unknown as callback.dialog.CallbackTypeOffer[], defaultType: 'x', origin: { kind: 'team-communicator', contactId: 'c' } }).ok).toBe(false);
    expect(callback.dialog.machine.start({ ...base, types: [{ id: 'x', label: 'X', immediate: true }] as unknown as callback.dialog.CallbackTypeOffer[], defaultType: 'x', origin: { kind: 'team-communicator', contactId: 'c' } }).ok).toBe(false);
  });
});
