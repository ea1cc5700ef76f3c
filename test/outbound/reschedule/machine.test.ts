import { describe, expect, it } from 'vitest';
import type { core, outbound } from '../../../src/index.js';
import { apply, editing, input, MIN, NOW, open, r, type Input, type State } from './helpers.js';
import { hm } from '../../time-values.js';

function refusal(state: State, event: Parameters<typeof r.machine.transition>[1]): { code: string; field: unknown } {
  const step = r.machine.transition(state, event);
  expect(step.ok).toBe(false);
  if (step.ok) return { code: '', field: null };
  expect(step.state).toBe(state);
  expect(step.effects).toEqual([]);
  return { code: step.error.code, field: (step.error.details as { field?: unknown } | undefined)?.field };
}

describe('start', () => {
  it('opens with the check box clear and a proposal at the next 30-minute step', () => {
    const s = open();
    expect(s.phase).toBe('idle');
    expect(s.call).toBe('live');
    expect(s.dateText).toBe('2026-11-24');
    expect(s.timeText).toBe('10:30');
    expect(s.number).toBe(101);
    expect(s.personal).toBe(false);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('proposes the next step strictly after now, on the configured step, in the entry zone', () => {
    expect(open({ at: Date.UTC(2026, 10, 24, 15, 0) }).timeText).toBe('10:30');
    expect(open({ at: Date.UTC(2026, 10, 24, 15, 7), stepMinutes: 15 }).timeText).toBe('10:15');
    expect(open({ at: Date.UTC(2026, 10, 24, 15, 29, 30), stepMinutes: 30 }).timeText).toBe('11:00');
    expect(open({ agentZone: 'Asia/Kathmandu' }).timeText).toBe('21:00'); // 20:52 in Kathmandu
    const late = open({ at: Date.UTC(2026, 10, 25, 4, 45) }); // 23:45 in New York
    expect([late.dateText, late.timeText]).toEqual(['2026-11-25', '00:00']);
    expect(open({ entryZone: 'contact', agentZone: 'Asia/Tokyo' }).timeText).toBe('10:30');
  });

  it('writes the proposal in the short date format', () => {
    expect(open({ dateFormat: 'MM/dd/yyyy' }).dateText).toBe('11/24/2026');
  });

  it.each([
    [{ contactZone: 'Mars/Base' }, 'contactZone'],
    [{ agentZone: 42 }, 'agentZone'],
    [{ personalPolicy: 'sometimes' }, 'personalPolicy'],
    [{ stepMinutes: 7 }, 'stepMinutes'],
    [{ horizonDays: 0 }, 'horizonDays'],
    [{ minimumLeadMinutes: -1 }, 'minimumLeadMinutes'],
    [{ dateFormat: 'MMM d, yyyy' }, 'dateFormat'],
    [{ dateFormat: 'dd/MM' }, 'dateFormat'],
    [{ callingHours: 'mars' }, 'callingHours'],
    [{ dstPolicy: 'guess' }, 'dstPolicy'],
    [{ entryZone: 'server' }, 'entryZone'],
    [{ recordHandle: -1 }, 'recordHandle'],
    [{ chain: [{ recordHandle: 1, chainN: 0, phone: '', contactType: 'home-phone', from: null, until: null }] }, 'chain[0].phone'],
    [{ chain: [{ recordHandle: 1, chainN: 0, phone: '123456', contactType: 12, from: null, until: null }] }, 'chain[0].contactType'],
    [{ chain: [{ recordHandle: 1, chainN: 0, phone: '123456', contactType: 'home-phone', from: '09:00', until: null }] }, 'chain[0].from'],
  ])('refuses %j', (overrides, field) => {
    const step = r.machine.start({ ...input(), ...overrides } as never);
    expect(step.ok).toBe(false);
    if (!step.ok) {
      expect(step.error.code).toBe('invalid-input');
      expect(step.error.details).toMatchObject({ field });
      expect(step.error.path).toBe(`$.${field}`);
      expect('state' in step).toBe(false);
    }
  });

  it('canonicalises zones and sorts the chain by chain_n', () => {
    const s = open({
      contactZone: 'asia/calcutta',
      chain: [
        { recordHandle: 2, chainN: 5, phone: '5550002', contactType: 4 as never, from: null, until: null },
        { recordHandle: 101, chainN: 1, phone: '5550001', contactType: 'home-phone', from: null, until: null },
      ],
    });
    expect(s.config.contactZone).toBe('Asia/Kolkata');
    expect(s.config.chain.map((c) => c.chainN)).toEqual([1, 5]);
    expect(s.config.chain[1]?.contactType).toBe('mobile'); // OCS codes are read as names
  });
});

describe('steps in the order of the seed', () => {
  it('prepares while live, ends the call, then Done sends the request; the ack marks it rescheduled', () => {
    let s = editing();
    s = apply(s, { type: 'type-date', at: NOW, text: '2026-11-25' }, { type: 'type-time', at: NOW, text: '14:00' });
    expect(r.machine.transition(s, { type: 'done', at: NOW }).ok).toBe(false);
    const ended = r.machine.transition(s, { type: 'end-call', at: NOW + MIN });
    expect(ended.effects).toEqual([{ type: 'hang-up', recordHandle: 101 }]);
    const done = r.machine.transition(ended.state, { type: 'done', at: NOW + 2 * MIN });
    expect(done.ok).toBe(true);
    expect(done.state.phase).toBe('pending');
    expect(done.effects).toEqual([
      {
        type: 'send-request',
        request: {
          kind: 'reschedule',
          requestId: 'reschedule-1',
          referenceId: 1,
          handle: 101,
          callbackType: 'campaign',
          dialSchedTime: Date.UTC(2026, 10, 25, 19, 0) / 1000,
          phone: '+16175550100',
          chainN: 0,
        },
      },
    ]);
    expect(r.fields(ended.state, NOW + 2 * MIN).resolved).toMatchObject({ iso: '2026-11-25T19:00:00.000Z', contactDate: '2026-11-25', contactTime: '14:00' });
    expect(r.button(done.state, NOW)).toBe('reschedule');
    expect(refusal(done.state, { type: 'type-time', at: NOW + 3 * MIN, text: '15:00' }).code).toBe('request-pending');
    expect(refusal(done.state, { type: 'request-acknowledged', at: NOW + 3 * MIN, requestId: 'reschedule-9' }).code).toBe('unknown-request');
    const acked = apply(done.state, { type: 'request-acknowledged', at: NOW + 3 * MIN, requestId: 'reschedule-1' });
    expect(acked.phase).toBe('rescheduled');
    expect(r.button(acked, NOW)).toBe('rescheduled');
    expect(refusal(acked, { type: 'done', at: NOW + 4 * MIN }).code).toBe('event-not-allowed');
  });

  it('a server error returns to editing with the reason, and the next Done uses a new request id', () => {
    let s = apply(editing({ call: 'ended' }), { type: 'type-time', at: NOW, text: '14:00' }, { type: 'done', at: NOW });
    s = apply(s, { type: 'request-failed', at: NOW + MIN, requestId: 'reschedule-1', code: 'record-locked', message: 'Locked.' });
    expect(s.phase).toBe('editing');
    expect(s.failure).toEqual({ requestId: 'reschedule-1', code: 'record-locked', message: 'Locked.' });
    expect(r.fields(s, NOW + MIN).failure?.code).toBe('record-locked');
    const again = r.machine.transition(s, { type: 'done', at: NOW + 2 * MIN });
    expect(again.effects[0]).toMatchObject({ type: 'send-request', request: { requestId: 'reschedule-2', referenceId: 2 } });
    expect(again.state.failure).toBeNull();
  });

  it('the call may end by itself (no hang-up effect); End Call twice is refused', () => {
    const s = apply(editing(), { type: 'call-ended', at: NOW });
    expect(s.call).toBe('ended');
    expect(refusal(s, { type: 'end-call', at: NOW }).code).toBe('event-not-allowed');
  });

  it('unticking abandons the draft; edits need the box ticked', () => {
    let s = apply(editing(), { type: 'type-time', at: NOW, text: '18:00' });
    s = apply(s, { type: 'set-reschedule', at: NOW + MIN, checked: false });
    expect(s.phase).toBe('idle');
    expect(s.timeText).toBe('10:30');
    expect(refusal(s, { type: 'type-time', at: NOW + MIN, text: '18:00' })).toEqual({ code: 'not-rescheduling', field: 'reschedule' });
    expect(refusal(s, { type: 'done', at: NOW + MIN }).code).toBe('not-rescheduling');
    // Ending the call without rescheduling is fine.
    expect(r.machine.transition(s, { type: 'end-call', at: NOW + MIN }).ok).toBe(true);
  });

  it('re-ticking later proposes from the new now', () => {
    let s = apply(open(), { type: 'tick', at: NOW + 60 * MIN });
    s = apply(s, { type: 'set-reschedule', at: NOW + 60 * MIN, checked: true });
    expect(s.timeText).toBe('11:30');
  });
});

describe('personal or campaign', () => {
  it('agent-choice: clear by default, may be ticked: a personal callback', () => {
    let s = editing({ call: 'ended' });
    expect(r.personalCheckBox(s, NOW)).toEqual({ shown: true, checked: false, enabled: true });
    s = apply(s, { type: 'set-personal', at: NOW, checked: true }, { type: 'type-time', at: NOW, text: '14:00' });
    expect(r.machine.transition(s, { type: 'done', at: NOW }).effects[0]).toMatchObject({ request: { callbackType: 'personal' } });
  });

  it('always-personal: shown, ticked, locked; clearing is refused', () => {
    const s = editing({ personalPolicy: 'always-personal' });
    expect(r.personalCheckBox(s, NOW)).toEqual({ shown: true, checked: true, enabled: false });
    expect(refusal(s, { type: 'set-personal', at: NOW, checked: false })).toEqual({ code: 'personal-callback-locked', field: 'personal' });
    expect(r.machine.transition(s, { type: 'set-personal', at: NOW, checked: true }).ok).toBe(true);
  });

  it('always-campaign: hidden; ticking is refused', () => {
    const s = editing({ personalPolicy: 'always-campaign' });
    expect(r.personalCheckBox(s, NOW)).toEqual({ shown: false, checked: false, enabled: false });
    expect(refusal(s, { type: 'set-personal', at: NOW, checked: true })).toEqual({ code: 'personal-callback-hidden', field: 'personal' });
  });
});

describe('refusals at Done', () => {
  const ready = (o = {}) => editing({ call: 'ended', ...o });
  const doneWith = (s: State, at = NOW) => refusal(s, { type: 'done', at });

  it('a time in the past, and within the minimum lead', () => {
    expect(doneWith(apply(ready(), { type: 'type-time', at: NOW, text: '10:00' }))).toEqual({ code: 'time-in-past', field: 'time' });
    const s = apply(ready({ minimumLeadMinutes: 30 }), { type: 'type-time', at: NOW, text: '10:30' });
    expect(doneWith(s)).toEqual({ code: 'time-in-past', field: 'time' });
    expect(doneWith(apply(ready(), { type: 'type-date', at: NOW, text: '2026-11-23' }))).toEqual({ code: 'time-in-past', field: 'date' });
  });

  it('beyond the horizon', () => {
    expect(doneWith(apply(ready(), { type: 'type-date', at: NOW, text: '2026-12-25' }))).toEqual({ code: 'beyond-horizon', field: 'date' });
    const lastDay = apply(ready(), { type: 'type-date', at: NOW, text: '2026-12-24' }, { type: 'type-time', at: NOW, text: '10:30' });
    expect(doneWith(lastDay)).toEqual({ code: 'beyond-horizon', field: 'time' });
    expect(r.machine.transition(apply(lastDay, { type: 'type-time', at: NOW, text: '10:00' }), { type: 'done', at: NOW }).ok).toBe(true);
    expect(r.machine.transition(apply(ready({ horizonDays: 60 }), { type: 'type-date', at: NOW, text: '2026-12-25' }, { type: 'type-time', at: NOW, text: '12:00' }), { type: 'done', at: NOW }).ok).toBe(true);
  });

  it("outside the number's From/Until window, judged in the contact's zone", () => {
    // The agent is in London: 19:00 London is 14:00 in New York (inside 09:00-20:00); 02:00 London is 21:00 NY.
    const s = ready({ agentZone: 'Europe/London' });
    expect(r.machine.transition(apply(s, { type: 'type-date', at: NOW, text: '2026-11-25' }, { type: 'type-time', at: NOW, text: '19:00' }), { type: 'done', at: NOW }).ok).toBe(true);
    expect(doneWith(apply(s, { type: 'type-date', at: NOW, text: '2026-11-26' }, { type: 'type-time', at: NOW, text: '02:00' }))).toEqual({
      code: 'outside-number-window',
      field: 'time',
    });
    // The other number has no window.
    const other = apply(s, { type: 'choose-number', at: NOW, recordHandle: 102 }, { type: 'type-date', at: NOW, text: '2026-11-26' }, { type: 'type-time', at: NOW, text: '02:00' });
    expect(r.machine.transition(other, { type: 'done', at: NOW }).ok).toBe(true);
  });

  it('an overnight window of a chain number', () => {
    const s = ready({ chain: [{ recordHandle: 101, chainN: 0, phone: '5550100', contactType: 'home-phone', from: '22:00', until: '06:00' }] });
    expect(r.machine.transition(apply(s, { type: 'type-time', at: NOW, text: '23:00' }), { type: 'done', at: NOW }).ok).toBe(true);
    expect(doneWith(apply(s, { type: 'type-time', at: NOW, text: '12:00' })).code).toBe('outside-number-window');
  });

  it('no number', () => {
    expect(doneWith(apply(ready({ chain: [] }), { type: 'type-time', at: NOW, text: '14:00' }))).toEqual({ code: 'no-number', field: 'number' });
  });

  it('a date or time that does not parse', () => {
    expect(doneWith(apply(ready(), { type: 'type-date', at: NOW, text: '2026-02-30' }))).toEqual({ code: 'invalid-date', field: 'date' });
    expect(doneWith(apply(ready(), { type: 'type-time', at: NOW, text: '25:00' }))).toEqual({ code: 'invalid-time', field: 'time' });
  });

  it('data problems come before the live call', () => {
    const s = apply(editing(), { type: 'type-time', at: NOW, text: '10:00' });
    expect(doneWith(s).code).toBe('time-in-past');
    expect(r.commitButton(s, NOW).reasons.map((e) => e.code)).toEqual(['time-in-past', 'call-not-ended']);
  });
});

describe('DST', () => {
  const spring = Date.UTC(2026, 2, 7, 15, 0); // 2026-03-07 10:00 EST; clocks jump 02:00 -> 03:00 on 03-08
  const fall = Date.UTC(2026, 9, 31, 14, 0); // 2026-10-31 10:00 EDT; 01:00-02:00 happens twice on 11-01
  const base = { at: spring, call: 'ended' as const, chain: [{ recordHandle: 101, chainN: 0, phone: '5550100', contactType: 'home-phone' as const, from: null, until: null }] };

  it('a gap time moves forward under compatible and is flagged as shifted', () => {
    const s = apply(editing(base, spring), { type: 'type-date', at: spring, text: '2026-03-08' }, { type: 'type-time', at: spring, text: '02:30' });
    const f = r.fields(s, spring);
    expect(f.resolved).toMatchObject({ kind: 'gap', shifted: true, entryTime: '03:30' });
    expect(r.machine.transition(s, { type: 'done', at: spring }).effects[0]).toMatchObject({ request: { dialSchedTime: Date.parse('2026-03-08T07:30:00.000Z') / 1000 } });
  });

  it('a gap time is refused under reject; an ambiguous time too', () => {
    const s = apply(editing({ ...base, dstPolicy: 'reject' }, spring), { type: 'type-date', at: spring, text: '2026-03-08' }, { type: 'type-time', at: spring, text: '02:30' });
    expect(refusal(s, { type: 'done', at: spring })).toEqual({ code: 'time-in-gap', field: 'time' });
    const t = apply(editing({ ...base, at: fall, dstPolicy: 'reject' }, fall), { type: 'type-date', at: fall, text: '2026-11-01' }, { type: 'type-time', at: fall, text: '01:30' });
    expect(refusal(t, { type: 'done', at: fall })).toEqual({ code: 'time-ambiguous', field: 'time' });
  });

  it('an ambiguous time takes the earlier or later instant as configured', () => {
    const pick = (dstPolicy: 'compatible' | 'later') => {
      const s = apply(editing({ ...base, at: fall, dstPolicy }, fall), { type: 'type-date', at: fall, text: '2026-11-01' }, { type: 'type-time', at: fall, text: '01:30' });
      return r.machine.transition(s, { type: 'done', at: fall }).effects[0];
    };
    expect(pick('compatible')).toMatchObject({ request: { dialSchedTime: Date.parse('2026-11-01T05:30:00.000Z') / 1000 } });
    expect(pick('later')).toMatchObject({ request: { dialSchedTime: Date.parse('2026-11-01T06:30:00.000Z') / 1000 } });
  });
});

describe('envelope', () => {
  it('refuses malformed events, unknown types and time going backwards', () => {
    const s = editing();
    expect(refusal(s, null as never).code).toBe('invalid-event');
    expect(refusal(s, { type: 'launch', at: NOW } as never).code).toBe('unknown-event');
    expect(refusal(s, { type: 'tick', at: NOW - 1 }).code).toBe('time-went-backwards');
    expect(refusal(s, { type: 'tick', at: Number.NaN }).code).toBe('invalid-instant');
    expect(refusal(s, { type: 'set-personal', at: NOW, checked: 'yes' } as never).code).toBe('invalid-event');
    expect(refusal(s, { type: 'step-time', at: NOW, part: 'second', direction: 'up' } as never).code).toBe('invalid-event');
    expect(refusal(s, JSON.parse(`{"type":"type-date","at":${NOW},"__proto__":{"text":"2026-11-25"}}`) as never).code).toBe('invalid-event');
  });
});

describe('calling hours of the contact zone', () => {
  const anyTime = [{ recordHandle: 101, chainN: 0, phone: '5550100', contactType: 'home-phone' as const, from: null, until: null }];
  const ready = (o = {}) => editing({ call: 'ended', chain: anyTime, ...o });

  it('none by default', () => {
    expect(r.machine.transition(apply(ready(), { type: 'type-date', at: NOW, text: '2026-11-25' }, { type: 'type-time', at: NOW, text: '23:30' }), { type: 'done', at: NOW }).ok).toBe(true);
  });

  it('a preset is judged in the contact zone, with the next allowed time as a hint', () => {
    // The agent in Paris types 03:00 on the 25th: 21:00 on the 24th in New York, after the US federal 21:00 limit.
    const s = apply(ready({ callingHours: 'us', agentZone: 'Europe/Paris' }), { type: 'type-date', at: NOW, text: '2026-11-25' }, { type: 'type-time', at: NOW, text: '03:00' });
    const step = r.machine.transition(s, { type: 'done', at: NOW });
    expect(step.ok).toBe(false);
    if (!step.ok) {
      expect(step.error).toMatchObject({ code: 'outside-calling-hours', details: { field: 'time', zone: 'America/New_York', contactTime: '21:00', nextAllowed: '2026-11-25T13:00:00.000Z' } });
    }
    expect(r.machine.transition(apply(s, { type: 'type-time', at: NOW, text: '02:30' }), { type: 'done', at: NOW }).ok).toBe(true);
  });

  it('France: closed at lunch, at weekends and on the holidays given', () => {
    const paris = { callingHours: 'fr' as const, contactZone: 'Europe/Paris', agentZone: 'Europe/Paris', holidays: ['2026-12-25'], horizonDays: 40 };
    const at = (date: string, t: string) => apply(ready(paris), { type: 'type-date', at: NOW, text: date }, { type: 'type-time', at: NOW, text: t });
    const codeOf = (s: ReturnType<typeof at>) => {
      const step = r.machine.transition(s, { type: 'done', at: NOW });
      return step.ok ? 'accepted' : step.error.code;
    };
    expect(codeOf(at('2026-11-25', '11:00'))).toBe('accepted');
    expect(codeOf(at('2026-11-25', '13:30'))).toBe('outside-calling-hours');
    expect(codeOf(at('2026-11-28', '11:00'))).toBe('outside-calling-hours');
    expect(codeOf(at('2026-12-25', '11:00'))).toBe('outside-calling-hours');
  });

  it('a custom rule object is accepted; bad rules and holidays are refused at start', () => {
    const day = [{ from: hm('09:00'), until: hm('20:00') }];
    const rule = { name: 'A custom rule', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }, closedDates: [], closedOnHolidays: false };
    expect(r.machine.start(input({ callingHours: rule })).ok).toBe(true);
    const bad = r.machine.start(input({ callingHours: { weekly: { mon: [{ from: '18:00', until: '09:00' }] } } as never }));
    expect(bad.ok ? null : bad.error.details).toMatchObject({ field: 'callingHours' });
    const badHoliday = r.machine.start(input({ holidays: ['2026-13-01'] }));
    expect(badHoliday.ok ? null : badHoliday.error.details).toMatchObject({ field: 'holidays' });
  });
});

describe('the machine contract', () => {
  it('is a core.Machine and runs in the testing scenario runner', async () => {
    const { run } = await import('../../../src/testing/index.js');
    const machine: core.Machine<Input, State, outbound.reschedule.RescheduleEvent, outbound.reschedule.RescheduleEffect, outbound.reschedule.RescheduleCode> = r.machine;
    expect(machine.id).toBe('outbound.reschedule');
    const story = run(machine, input({ call: 'ended' }), [
      { type: 'set-reschedule', at: NOW, checked: true },
      { type: 'type-time', at: NOW, text: '15:00' },
      { type: 'done', at: NOW },
      { type: 'request-acknowledged', at: NOW + MIN, requestId: 'reschedule-1' },
    ]);
    expect(story.refusals).toEqual([]);
    expect(story.effects.map((e) => e.type)).toEqual(['send-request']);
    expect(r.button(story.state, NOW)).toBe('rescheduled');
  });
});
