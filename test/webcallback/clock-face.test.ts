import { describe, expect, it } from 'vitest';
import { time, webcallback } from '../../src/index.js';
import { NOW, editing, run, started } from './helpers.js';

describe('webcallback.clockFace', () => {
  it.each([
    ['00:00', 0, 0, '12:00 AM'],
    ['09:30', 285, 180, '9:30 AM'],
    ['12:00', 0, 0, '12:00 PM'],
    ['12:59', 29.5, 354, '12:59 PM'],
    ['13:05', 32.5, 30, '1:05 PM'],
    ['23:59', 359.5, 354, '11:59 PM'],
  ])('%s: hour %d°, minute %d°, %s', (time, hourAngle, minuteAngle, label) => {
    const face = webcallback.clockFace(time);
    expect(face.ok && face.value).toMatchObject({ hourAngle, minuteAngle, label, arc: null });
  });

  it('the arc runs clockwise from From, capped at a full turn beyond 12 hours', () => {
    const a = webcallback.clockFace('22:00', 180);
    expect(a.ok && a.value.arc).toEqual({ startAngle: 300, sweepAngle: 90, endAngle: 30, exceedsTwelveHours: false });
    const b = webcallback.clockFace('08:00', 780);
    expect(b.ok && b.value.arc).toEqual({ startAngle: 240, sweepAngle: 360, endAngle: 270, exceedsTwelveHours: true });
    const c = webcallback.clockFace('08:00', 720);
    expect(c.ok && c.value.arc).toMatchObject({ sweepAngle: 360, exceedsTwelveHours: false });
  });

  it('labels in a locale through time.formatTime', () => {
    const de = webcallback.clockFace('21:45', undefined, { locale: 'de-DE' });
    expect(de.ok && de.value.label).toBe('21:45');
    const us = webcallback.clockFace('21:45', undefined, { locale: 'en-US' });
    expect(us.ok && us.value.label).toBe('9:45 PM');
    const bad = webcallback.clockFace('21:45', undefined, { locale: 'not a locale!' });
    expect(!bad.ok && bad.error.code).toBe('invalid-locale');
  });

  it.each([['24:00'], ['9:30'], [null], [930]])('refuses the time %j', (time) => {
    const face = webcallback.clockFace(time);
    expect(!face.ok && face.error.code).toBe('invalid-time');
  });

  it('refuses a bad window length', () => {
    for (const w of [-1, 1.5, Number.NaN, '60']) {
      const face = webcallback.clockFace('09:00', w);
      expect(!face.ok && face.error.code).toBe('invalid-duration');
    }
  });

  it('the clock selector follows From', () => {
    const s = run(editing(started()), [{ type: 'set-from', at: NOW, time: '15:20' }]).state;
    expect(webcallback.clock(s, 0)).toMatchObject({ hourAngle: 100, minuteAngle: 120, label: '3:20 PM', arc: { sweepAngle: 30 } });
  });
});

describe('labels and steppers', () => {
  it('durationLabel', () => {
    expect([45, 60, 90, 480, 0, -5, Number.NaN].map((m) => time.durationLabel(m))).toEqual([
      '45 min',
      '1 h',
      '1 h 30 min',
      '8 h',
      '0 min',
      '0 min',
      '0 min',
    ]);
  });

  it('fields labels in a locale', () => {
    const s = run(editing(started()), [{ type: 'set-from', at: NOW, time: '15:20' }]).state;
    expect(webcallback.fields(s, NOW, { locale: 'de-DE' })).toMatchObject({ fromLabel: '15:20', tillLabel: '16:20' });
    expect(webcallback.fields(s, NOW)).toMatchObject({ fromLabel: '3:20 PM', tillLabel: '4:20 PM' });
  });

  it('step-time moves From and Till through time.stepTime', () => {
    const s = editing(started()); // 09:00–10:00
    const up = run(s, [{ type: 'step-time', at: NOW, field: 'from', unit: 'minute', direction: 'up', step: 15 }]).state;
    expect(webcallback.fields(up, NOW)).toMatchObject({ from: '09:15', till: '10:00' });
    const hour = run(s, [{ type: 'step-time', at: NOW, field: 'till', unit: 'hour', direction: 'up' }]).state;
    expect(webcallback.fields(hour, NOW)).toMatchObject({ till: '11:00', durationMinutes: 120 });
    const bad = webcallback.machine.transition(s, { type: 'step-time', at: NOW, field: 'from', unit: 'minute', direction: 'up', step: 7 as never });
    expect(!bad.ok && bad.error.code).toBe('invalid-step');
  });
});

describe('the On calendar', () => {
  it('shows the month of On, today and earlier days not selectable, arrows', () => {
    const s = editing(started());
    const view = webcallback.calendar(s, NOW, { weekStartsOn: 'sun', locale: 'en-US' });
    // The month before has no selectable day (today is the first one): no "previous" arrow.
    expect(view).toMatchObject({ title: 'November 2026', selected: '2026-11-24', previous: null, next: { year: 2026, month: 12 } });
    expect(view.grid.columns[0]).toBe('sun');
    const days = view.grid.weeks.flat();
    expect(days.find((d) => d.date === '2026-11-23')?.selectable).toBe(false);
    expect(days.find((d) => d.date === '2026-11-24')).toMatchObject({ selectable: true, isToday: true });
    expect(view.grid.hasPrevious).toBe(false);
    const next = run(s, [{ type: 'show-month', at: NOW, year: 2026, month: 12 }]).state;
    const dec = webcallback.calendar(next, NOW);
    expect([dec.grid.month, dec.title, dec.grid.hasPrevious, dec.previous]).toEqual([12, null, true, { year: 2026, month: 11 }]);
  });

  it('is the time.monthPicker of the state; bad options fall back to their defaults, never a throw', () => {
    const s = editing(started());
    const picker = time.monthPicker({ shown: s.view.month, today: '2026-11-24', min: '2026-11-24', max: '9999-12-30', selected: s.view.draft.on });
    expect(picker.ok && webcallback.calendar(s, NOW)).toEqual(picker.ok && picker.value);
    const odd = webcallback.calendar(s, NOW, { weekStartsOn: 'someday' as never, locale: 'not a locale!' });
    expect([odd.grid.columns[0], odd.title]).toEqual(['mon', null]);
    // An `at` before the state's last event reads as that event's instant.
    expect(webcallback.calendar(s, 0)).toEqual(webcallback.calendar(s, s.lastAt));
  });
});
