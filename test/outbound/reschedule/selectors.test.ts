import { describe, expect, it } from 'vitest';
import { apply, editing, NOW, open, r } from './helpers.js';

const at = NOW;

describe('calendar', () => {
  it('shows the proposal month; days before today (agent zone) and past the horizon are not selectable', () => {
    const view = r.calendar(editing(), at);
    expect(view.grid).toMatchObject({ year: 2026, month: 11 });
    const days = view.grid.weeks.flat();
    expect(days.find((d) => d.date === '2026-11-23')?.selectable).toBe(false);
    expect(days.find((d) => d.date === '2026-11-24')).toMatchObject({ selectable: true, isToday: true });
    expect(days.find((d) => d.date === '2026-12-06')?.selectable).toBe(true);
    expect(view.selected).toBe('2026-11-24');
    expect([view.previous, view.next]).toEqual([null, { year: 2026, month: 12 }]);
  });

  it("today is the agent's date: at 01:00Z on the 25th it is still the 24th in New York", () => {
    const late = Date.UTC(2026, 10, 25, 1, 0);
    const days = r.calendar(editing({ at: late }, late), late).grid.weeks.flat();
    expect(days.find((d) => d.date === '2026-11-24')?.isToday).toBe(true);
    const kiritimati = r.calendar(editing({ at: late, agentZone: 'Pacific/Kiritimati' }, late), late).grid.weeks.flat();
    expect(kiritimati.find((d) => d.date === '2026-11-25')?.isToday).toBe(true);
  });

  it('show-month moves within the selectable range; a month with no selectable day is month-unavailable', () => {
    let s = apply(editing(), { type: 'show-month', at, year: 2026, month: 12 });
    expect(s.shownMonth).toEqual({ year: 2026, month: 12 });
    expect(r.calendar(s, at).next).toBeNull();
    const past = r.machine.transition(s, { type: 'show-month', at, year: 2027, month: 1 });
    expect(past.ok ? '' : past.error.code).toBe('month-unavailable');
    s = apply(s, { type: 'show-month', at, year: 2026, month: 11 });
    const refused = r.machine.transition(s, { type: 'show-month', at, year: 2026, month: 10 });
    expect(refused.ok ? '' : refused.error.code).toBe('month-unavailable');
    const year = apply(editing({ horizonDays: 366 }), { type: 'show-month', at, year: 2027, month: 11 });
    expect(year.shownMonth).toEqual({ year: 2027, month: 11 });
  });

  it.each([
    [{ year: 2026, month: 13 }],
    [{ year: 0, month: 1 }],
    [{ year: 2026.5, month: 1 }],
    [{ year: '2026', month: 1 }],
    [{ month: 1 }],
  ])('show-month %j is invalid-month', (fields) => {
    const s = editing();
    const step = r.machine.transition(s, { type: 'show-month', at, ...fields } as never);
    expect(step.ok ? '' : step.error.code).toBe('invalid-month');
    expect(step.state).toBe(s);
  });

  it('a picked day fills the date field in the short format; unselectable days are refused', () => {
    const s = apply(editing({ dateFormat: 'dd.MM.yyyy' }), { type: 'pick-date', at, date: '2026-12-03' });
    expect(s.dateText).toBe('03.12.2026');
    expect(s.shownMonth).toEqual({ year: 2026, month: 12 });
    for (const [date, reason] of [
      ['2026-11-23', 'before-today'],
      ['2026-12-25', 'beyond-horizon'],
    ] as const) {
      const step = r.machine.transition(s, { type: 'pick-date', at, date });
      expect(step.ok).toBe(false);
      if (!step.ok) expect(step.error).toMatchObject({ code: 'date-not-selectable', details: { field: 'date', reason } });
    }
  });
});

describe('time steppers', () => {
  it('step hours by one and minutes by the step, wrapping around', () => {
    const step = (text: string, part: 'hour' | 'minute', direction: 'up' | 'down', stepMinutes = 30) =>
      apply(editing({ stepMinutes }), { type: 'type-time', at, text }, { type: 'step-time', at, part, direction }).timeText;
    expect(step('23:30', 'minute', 'up')).toBe('00:00');
    expect(step('00:00', 'minute', 'down')).toBe('23:30');
    expect(step('23:15', 'hour', 'up')).toBe('00:15');
    expect(step('00:15', 'hour', 'down')).toBe('23:15');
    expect(step('09:07', 'minute', 'up', 15)).toBe('09:15');
    expect(step('9:30 pm', 'minute', 'up', 5)).toBe('21:35');
    // A time that does not parse steps from the proposal.
    expect(step('later', 'minute', 'up')).toBe('11:00');
  });
});

describe('fields and Done', () => {
  it('show each field with its error', () => {
    const s = apply(editing(), { type: 'type-date', at, text: '2026-02-30' }, { type: 'type-time', at, text: '7 o clock' });
    const f = r.fields(s, at);
    expect(f.date).toMatchObject({ text: '2026-02-30', value: null, error: { code: 'invalid-date' } });
    expect(f.time).toMatchObject({ value: null, error: { code: 'invalid-time' } });
    expect(f.resolved).toBeNull();
    expect(f.editable).toBe(true);
  });

  it("show the contact's wall clock for the entered time", () => {
    const s = apply(editing({ agentZone: 'Asia/Kolkata' }), { type: 'type-date', at, text: '2026-11-25' }, { type: 'type-time', at, text: '20:30' });
    expect(r.fields(s, at).resolved).toMatchObject({ contactDate: '2026-11-25', contactTime: '10:00', iso: '2026-11-25T15:00:00.000Z' });
  });

  it('Done is enabled only when nothing is wrong, else lists why', () => {
    expect(r.commitButton(open(), at)).toMatchObject({ enabled: false, reasons: [{ code: 'not-rescheduling' }] });
    const live = apply(editing(), { type: 'type-time', at, text: '14:00' });
    expect(r.commitButton(live, at)).toMatchObject({ enabled: false, reasons: [{ code: 'call-not-ended', field: 'call' }] });
    const ended = apply(live, { type: 'end-call', at });
    expect(r.commitButton(ended, at)).toEqual({ enabled: true, reasons: [] });
    // Time passes: the same draft goes stale.
    expect(r.commitButton(ended, Date.UTC(2026, 10, 24, 19, 30)).reasons[0]?.code).toBe('time-in-past');
    const pending = apply(ended, { type: 'done', at });
    expect(r.commitButton(pending, at).reasons[0]?.code).toBe('request-pending');
    expect(r.personalCheckBox(pending, NOW).enabled).toBe(false);
  });
});

describe('a calendar left open while time passes', () => {
  it('is drawn on the nearest month that still has a selectable day, and its arrows lead on from there', () => {
    const s = editing(); // shows November 2026
    const later = Date.UTC(2027, 0, 10, 15, 0); // January 2027: November is no longer selectable
    const view = r.calendar(apply(s, { type: 'tick', at: later }), later);
    expect(view.grid).toMatchObject({ year: 2027, month: 1 });
    expect([view.previous, view.next]).toEqual([null, { year: 2027, month: 2 }]);
    const moved = apply(s, { type: 'show-month', at: later, year: 2027, month: 2 });
    expect(moved.shownMonth).toEqual({ year: 2027, month: 2 });
    expect(r.calendar(moved, later).previous).toEqual({ year: 2027, month: 1 });
    expect(r.machine.transition(s, { type: 'show-month', at: later, year: 2026, month: 12 }).ok).toBe(false);
  });
});
