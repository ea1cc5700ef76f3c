import { describe, expect, it } from 'vitest';
import { r } from './helpers.js';
import { time } from '../../../src/index.js';
import { ymd } from '../../time-values.js';

describe('readDate', () => {
  it.each([
    ['2026-11-25', null, '2026-11-25'],
    [' 2026-11-25 ', null, '2026-11-25'],
    ['11/25/2026', 'MM/dd/yyyy', '2026-11-25'],
    ['3/5/2026', 'MM/dd/yyyy', '2026-03-05'],
    ['25.11.2026', 'dd.MM.yyyy', '2026-11-25'],
    ['5/3/26', 'd/M/yy', '2026-03-05'],
    ['2026-11-25', 'dd.MM.yyyy', '2026-11-25'],
    ['2028-02-29', 'dd.MM.yyyy', '2028-02-29'],
    ['2026/11/25', 'yyyy/MM/dd', '2026-11-25'],
  ])('%j with %j is %s', (text, pattern, expected) => {
    expect(time.readDate(text, pattern)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['31.02.2026', 'dd.MM.yyyy'],
    ['11/25/2026', 'dd.MM.yyyy'],
    ['25/11/2026', 'MM/dd/yyyy'],
    ['2026-13-01', null],
    ['', null],
    ['tomorrow', 'MM/dd/yyyy'],
    ['1/1/2026/1', 'M/d/yyyy'],
  ])('refuses %j with %j', (text, pattern) => {
    const res = time.readDate(text, pattern);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('invalid-date');
  });

  it('refuses non-strings without throwing', () => {
    for (const v of [null, undefined, 42, {}, [], 'x'.repeat(1000)]) expect(time.readDate(v, 'MM/dd/yyyy').ok).toBe(false);
  });

  it('writes the pattern back', () => {
    expect(time.writeDate(ymd('2026-03-05'), 'dd.MM.yyyy')).toBe('05.03.2026');
    expect(time.writeDate(ymd('2026-03-05'), 'M/d/yy')).toBe('3/5/26');
    expect(time.writeDate(ymd('2026-03-05'), null)).toBe('2026-03-05');
  });
});

describe('readTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['09.05', '09:05'],
    ['9:30 PM', '21:30'],
    ['9pm', '21:00'],
    ['12:00 AM', '00:00'],
    ['12:15 p.m.', '12:15'],
    [' 23:59 ', '23:59'],
  ])('%j is %s', (text, expected) => {
    expect(time.readTime(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['24:00'], ['13:00 pm'], ['0:60'], [''], ['noon'], ['9'], [null], [930]])('refuses %j', (text) => {
    const res = time.readTime(text);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('invalid-time');
  });
});

describe('normalizePhone', () => {
  it.each([
    ['+1 (617) 555-0100', 'mobile', '+16175550100'],
    ['617.555.0100', 'home-phone', '6175550100'],
    ['0044 20 7946 0958', 'direct-business-phone', '00442079460958'],
    ['030/1234567', 'business-with-extension', '0301234567'],
    ['name@example.com', 'email', 'name@example.com'],
    ['agent.smith', 'instant-messaging', 'agent.smith'],
  ] as const)('%j (%s) is %s', (text, type, expected) => {
    expect(r.normalizePhone(text, type)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'phone-empty', undefined],
    ['   ', 'phone-empty', undefined],
    ['555-01x0', 'phone-malformed', 'invalid-character'],
    ['1+6175550100', 'phone-malformed', 'misplaced-plus'],
    ['(617 555 0100', 'phone-malformed', 'unbalanced-parentheses'],
    ['617) 555 (0100', 'phone-malformed', 'unbalanced-parentheses'],
    ['123', 'phone-malformed', 'too-few-digits'],
    ['1234567890123456', 'phone-malformed', 'too-many-digits'],
  ])('%j is %s', (text, code, reason) => {
    const res = r.normalizePhone(text, 'home-phone');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe(code);
      expect(res.error.details).toMatchObject({ field: 'phone', ...(reason === undefined ? {} : { reason }) });
    }
  });

  it('checks e-mail and instant-messaging addresses for those types', () => {
    expect(r.normalizePhone('not an address', 'email').ok).toBe(false);
    expect(r.normalizePhone('john doe', 'instant-messaging').ok).toBe(false);
  });
});
