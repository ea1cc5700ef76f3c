// clockFace from its documented contract (issue 22): the period is AM before noon and PM from noon on;
// `hour12` forces a 12- or 24-hour label in the locale given; a window of 0 minutes is a valid empty arc;
// refusals carry the bad window length, and the locale's refusal its details.
import { describe, expect, it } from 'vitest';
import { webcallback } from '../../src/index.js';

describe('webcallback.clockFace: the rules', () => {
  it('AM until 11:59, PM from 12:00 to 23:59', () => {
    const period = (t: string): unknown => {
      const f = webcallback.clockFace(t);
      return f.ok ? f.value.period : f.error.code;
    };
    expect([period('00:00'), period('11:59'), period('12:00'), period('23:59')]).toEqual(['AM', 'AM', 'PM', 'PM']);
  });

  it('the minute hand turns 6° a minute, the hour hand 30° an hour and 0.5° a minute, from 12', () => {
    const f = webcallback.clockFace('06:45');
    expect(f.ok && f.value).toEqual({ time: '06:45', hourAngle: 202.5, minuteAngle: 270, label: '6:45 AM', period: 'AM', arc: null });
  });

  it('hour12 forces the label to 12 or 24 hours in the locale', () => {
    const de12 = webcallback.clockFace('21:45', undefined, { locale: 'de-DE', hour12: true });
    expect(de12.ok && de12.value.label).toMatch(/^9:45\s?(PM|p\. ?m\.|nachm\.)$/i);
    const us24 = webcallback.clockFace('21:45', undefined, { locale: 'en-US', hour12: false });
    expect(us24.ok && us24.value.label).toBe('21:45');
    const us = webcallback.clockFace('21:45', undefined, { locale: 'en-US' });
    expect(us.ok && us.value.label).toBe('9:45 PM');
  });

  it('a window of 0 minutes is an empty arc at From', () => {
    const f = webcallback.clockFace('03:00', 0);
    expect(f.ok && f.value.arc).toEqual({ startAngle: 90, sweepAngle: 0, endAngle: 90, exceedsTwelveHours: false });
    const turn = webcallback.clockFace('03:00', 721);
    expect(turn.ok && turn.value.arc).toEqual({ startAngle: 90, sweepAngle: 360, endAngle: 90.5, exceedsTwelveHours: true });
  });

  it('refusals carry their details', () => {
    const duration = webcallback.clockFace('09:00', -5);
    expect(duration.ok ? 'accepted' : duration.error).toMatchObject({ code: 'invalid-duration', details: { wallMinutes: -5 } });
    const locale = webcallback.clockFace('09:00', undefined, { locale: 'not a locale!' });
    expect(locale.ok ? 'accepted' : locale.error.details).not.toBe(undefined);
  });
});
