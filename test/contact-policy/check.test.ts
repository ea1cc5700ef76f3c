import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const { contactPolicy } = outbound;
type Attempt = outbound.contactPolicy.Attempt;
type Outcome = outbound.contactPolicy.Outcome;
const H = 3_600_000;
const NY = 'America/New_York';
const PARIS = 'Europe/Paris';

function verdict(history: readonly Attempt[], presets: readonly outbound.contactPolicy.PresetId[], zone: string, at: number, extra: object = {}) {
  const r = contactPolicy.check(history, { presets, zone, at, ...extra });
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.value;
}
const rules = (v: outbound.contactPolicy.Verdict): string[] => v.blocking.map((b) => b.rule);
const attempt = (at: number, outcome: Outcome = 'no-answer'): Attempt => ({ at, outcome });

describe('contactPolicy presets', () => {
  it('every row carries a source with a citation and an address', () => {
    for (const preset of Object.values(contactPolicy.presets)) {
      for (const row of preset.rules) {
        expect(row.id.startsWith(`${preset.id}.`)).toBe(true);
        expect(row.source.citation.length).toBeGreaterThan(5);
        expect(row.source.url).toMatch(/^https:\/\//);
        expect(row.source.note.length).toBeGreaterThan(10);
      }
    }
  });
  it('states add to federal; rows that could not be confirmed say so', () => {
    expect(contactPolicy.presets['us-fl'].includes).toEqual(['us']);
    expect(contactPolicy.presets['us-debt'].includes).toEqual(['us']);
    const ca = contactPolicy.presets.ca.rules.find((r) => r.kind === 'abandonment');
    expect(ca?.source.confirmed).toBe(false);
    expect(ca?.source.note).toMatch(/NOT CONFIRMED/);
    // The Canadian hours are confirmed on a CRTC page; the abandonment row names the calendar-month reading.
    const caHours = contactPolicy.presets.ca.rules.find((r) => r.kind === 'calling-hours');
    expect(caHours?.source.confirmed).toBe(true);
    expect(caHours?.source.url).toBe('https://crtc.gc.ca/eng/phone/telemarketing/tobligations/rules-regles.htm');
    expect(ca?.source.note).toMatch(/calendar month/);
  });
  it('Florida hours are 08:00 to 20:00 since the 2021 amendment', () => {
    const row = contactPolicy.presets['us-fl'].rules.find((r) => r.kind === 'calling-hours');
    expect(row?.kind === 'calling-hours' ? row.hours.weekly.mon : null).toEqual([{ from: '08:00', until: '20:00' }]);
  });
  it('is deeply frozen', () => {
    expect(Object.isFrozen(contactPolicy.presets)).toBe(true);
    expect(Object.isFrozen(contactPolicy.presets.fr.rules[1])).toBe(true);
    expect(Object.isFrozen(contactPolicy.presets.fr.rules[1]?.source)).toBe(true);
  });
});

describe('calling hours in the contact zone', () => {
  const tue = (h: number, m = 0): number => Date.UTC(2026, 10, 24, h + 5, m); // New York is UTC-5 in November
  it('federal 08:00-21:00; Florida adds 08:00-20:00', () => {
    expect(verdict([], ['us'], NY, tue(20, 30)).allowed).toBe(true);
    const fl = verdict([], ['us-fl'], NY, tue(20, 30));
    expect(fl.allowed).toBe(false);
    expect(rules(fl)).toEqual(['us-fl.calling-hours']);
    expect(fl.blocking[0]?.source).toMatch(/501\.616\(6\)\(a\)/);
    expect(fl.earliest).toBe(tue(24 + 8));
    expect(verdict([], ['us-fl'], NY, tue(7, 59)).allowed).toBe(false);
    expect(verdict([], ['us-fl'], NY, tue(8)).allowed).toBe(true);
    expect(verdict([], ['us-fl'], NY, tue(19, 59)).allowed).toBe(true);
    expect(verdict([], ['us-fl'], NY, tue(20)).allowed).toBe(false);
    const early = verdict([], ['us-fl'], NY, tue(7, 30));
    expect(rules(early).sort()).toEqual(['us-fl.calling-hours', 'us.calling-hours']);
  });
  it('allowed means earliest is at itself', () => {
    const v = verdict([], ['us-fl'], NY, tue(10));
    expect(v).toEqual({ allowed: true, earliest: tue(10), blocking: [] });
  });
});

describe('Regulation F (us-debt)', () => {
  const day = (d: number, h = 10): number => Date.UTC(2026, 10, d, h + 5); // local hour in New York
  it('the 7th call in 7 days is allowed, the 8th is not', () => {
    const six = [19, 20, 21, 22, 23, 24].map((d) => attempt(day(d)));
    expect(verdict(six, ['us-debt'], NY, day(24, 11)).allowed).toBe(true);
    const seven = [18, ...[19, 20, 21, 22, 23, 24]].map((d) => attempt(day(d)));
    const v = verdict(seven, ['us-debt'], NY, day(24, 11));
    expect(v.allowed).toBe(false);
    expect(rules(v)).toEqual(['us-debt.seven-in-seven']);
    // The call of the 18th leaves the 7-day window at local midnight starting the 25th.
    expect(v.blocking[0]?.until).toBe(Date.UTC(2026, 10, 25, 5));
    expect(v.earliest).toBe(day(25, 8));
  });
  it('calls not connected to the dialled number do not count', () => {
    const seven = [18, 19, 20, 21, 22, 23, 24].map((d, i) => attempt(day(d), i === 0 ? 'busy' : 'no-answer'));
    expect(verdict(seven, ['us-debt'], NY, day(24, 11)).allowed).toBe(true);
  });
  it('no call within 7 days after a conversation: the date of the conversation is day 1', () => {
    const talk = [attempt(day(24, 10), 'conversation')];
    const last = verdict(talk, ['us-debt'], NY, day(30, 20));
    expect(rules(last)).toEqual(['us-debt.after-conversation']);
    expect(last.blocking[0]?.until).toBe(Date.UTC(2026, 11, 1, 5));
    expect(last.earliest).toBe(Date.UTC(2026, 11, 1, 13));
    expect(verdict(talk, ['us-debt'], NY, Date.UTC(2026, 11, 1, 13)).allowed).toBe(true);
  });
  it('a refusal is a conversation too; plain us does not know Regulation F', () => {
    const refused = [attempt(day(24, 10), 'refused')];
    expect(verdict(refused, ['us-debt'], NY, day(25)).allowed).toBe(false);
    expect(verdict(refused, ['us'], NY, day(25)).allowed).toBe(true);
  });
});

describe('Florida (us-fl): 3 calls per 24 hours', () => {
  const t0 = Date.UTC(2026, 10, 24, 14); // 09:00 in New York
  const three = [attempt(t0), attempt(t0 + H, 'busy'), attempt(t0 + 2 * H, 'answering-machine')];
  it('the 3rd call is allowed; the 4th waits until the 24th hour after the first', () => {
    expect(verdict(three.slice(0, 2), ['us-fl'], NY, t0 + 3 * H).allowed).toBe(true);
    const v = verdict(three, ['us-fl'], NY, t0 + 3 * H);
    expect(rules(v)).toEqual(['us-fl.frequency']);
    expect(v.blocking[0]).toEqual({ rule: 'us-fl.frequency', source: 'Fla. Stat. 501.616(6)(b)', until: t0 + 24 * H });
    expect(v.earliest).toBe(t0 + 24 * H);
    expect(verdict(three, ['us-fl'], NY, t0 + 24 * H - 1).allowed).toBe(false);
    expect(verdict(three, ['us-fl'], NY, t0 + 24 * H).allowed).toBe(true);
  });
});

describe('France (fr)', () => {
  const paris = (month: number, d: number, h: number, m = 0, year = 2026): number => Date.UTC(year, month - 1, d, h - 1, m); // CET is UTC+1
  const four = [2, 3, 4, 5].map((d) => attempt(paris(11, d, 10, 30)));
  it('4 attempts in 30 calendar days: the 30th day refuses the 5th, the 31st allows it', () => {
    const day30 = verdict(four, ['fr'], PARIS, paris(12, 1, 11));
    expect(rules(day30)).toEqual(['fr.frequency']);
    expect(day30.blocking[0]?.until).toBe(paris(12, 2, 0));
    expect(day30.earliest).toBe(paris(12, 2, 10));
    expect(verdict(four, ['fr'], PARIS, paris(12, 2, 10)).allowed).toBe(true);
    expect(verdict(four.slice(1), ['fr'], PARIS, paris(12, 1, 11)).allowed).toBe(true);
  });
  it('every attempt counts, answered or not', () => {
    const mixed = four.map((a, i) => ({ ...a, outcome: (['busy', 'conversation', 'no-answer', 'answering-machine'] as const)[i] ?? 'busy' }));
    expect(verdict(mixed, ['fr'], PARIS, paris(12, 1, 11)).allowed).toBe(false);
  });
  it('60 full calendar days after a refusal', () => {
    const refused = [attempt(paris(11, 2, 11), 'refused')];
    // 2026-11-03 is the first full day; the 60th is 2027-01-01; calls may resume from 2027-01-02 00:00.
    const last = verdict(refused, ['fr'], PARIS, paris(1, 1, 10, 30, 2027));
    expect(rules(last)).toContain('fr.after-refusal');
    expect(last.blocking.find((b) => b.rule === 'fr.after-refusal')?.until).toBe(paris(1, 2, 0, 0, 2027));
    const after = verdict(refused, ['fr'], PARIS, paris(1, 2, 0, 0, 2027));
    expect(rules(after)).toEqual(['fr.calling-hours']); // a Saturday
    expect(after.earliest).toBe(paris(1, 4, 10, 0, 2027));
  });
  it('public holidays close the day when passed', () => {
    const v = verdict([], ['fr'], PARIS, paris(12, 25, 11), { holidays: ['2026-12-25'] });
    expect(rules(v)).toEqual(['fr.calling-hours']);
    expect(v.earliest).toBe(paris(12, 28, 10));
  });
});

describe('UK (Ofcom): 72 hours after an abandoned call', () => {
  const t0 = Date.UTC(2026, 10, 24, 14);
  const abandoned = [attempt(t0, 'abandoned')];
  it('blocks to the 72nd hour, unless a live agent is guaranteed', () => {
    const v = verdict(abandoned, ['uk'], 'Europe/London', t0 + 72 * H - 1);
    expect(rules(v)).toEqual(['uk.after-abandoned']);
    expect(v.earliest).toBe(t0 + 72 * H);
    expect(verdict(abandoned, ['uk'], 'Europe/London', t0 + 72 * H).allowed).toBe(true);
    expect(verdict(abandoned, ['uk'], 'Europe/London', t0 + H, { liveAgentGuaranteed: true }).allowed).toBe(true);
  });
});

describe('earliest', () => {
  it('is null when nothing is allowed within a year', () => {
    const closed = { id: 'closed', name: '', includes: [], rules: [{ id: 'closed.hours', kind: 'calling-hours', hours: { name: '', weekly: {}, closedDates: [], closedOnHolidays: false }, source: { citation: 'test', url: '', confirmed: false, note: '' } }] };
    const r = contactPolicy.check([], { presets: [closed as unknown as outbound.contactPolicy.Preset], zone: NY, at: 0 });
    expect(r.ok && r.value).toEqual({ allowed: false, earliest: null, blocking: [{ rule: 'closed.hours', source: 'test', until: null }] });
  });
  it('is null when a quiet period ends beyond a year', () => {
    const long = { id: 'long', name: '', includes: ['uk'], rules: [{ id: 'long.q', kind: 'quiet-after', after: ['refused'], wait: { days: 366 }, countFrom: 'next-day', unless: null, source: { citation: 'test', url: '', confirmed: false, note: '' } }] };
    const at = Date.UTC(2026, 0, 1);
    const r = contactPolicy.check([attempt(at, 'refused')], { presets: [long as unknown as outbound.contactPolicy.Preset], zone: 'UTC', at });
    expect(r.ok && r.value.earliest).toBe(null);
    expect(r.ok && r.value.blocking[0]?.until).toBe(null);
  });
});

describe('refusals', () => {
  const at = Date.UTC(2026, 10, 24, 15);
  const code = (history: unknown, options: unknown): string | null => {
    const r = contactPolicy.check(history as readonly Attempt[], options as outbound.contactPolicy.CheckOptions);
    return r.ok ? null : r.error.code;
  };
  const good: outbound.contactPolicy.CheckOptions = { presets: ['us'], zone: NY, at };
  it('bad history', () => {
    expect(code(null, good)).toBe('invalid-history');
    expect(code([{ at: 1, outcome: 'maybe' }], good)).toBe('invalid-history');
    expect(code([{ at: Number.NaN, outcome: 'busy' }], good)).toBe('invalid-history');
    expect(code([{ at: at + 1, outcome: 'busy' }], good)).toBe('invalid-history');
    expect(code(Array.from({ length: 10_001 }, () => ({ at: 0, outcome: 'busy' })), good)).toBe('invalid-history');
    const r = contactPolicy.check([{ at: 1, outcome: 'busy' }, { at: 2, outcome: { toString: 1 } }] as unknown as Attempt[], good);
    expect(!r.ok && r.error.details).toEqual({ path: '$.history[1].outcome' });
  });
  it('bad options', () => {
    expect(code([], null)).toBe('invalid-options');
    expect(code([], { ...good, presets: ['xx'] })).toBe('invalid-preset');
    expect(code([], { ...good, presets: [] })).toBe('invalid-preset');
    expect(code([], { ...good, presets: [{ id: 'a', rules: [{ id: 'a.x', kind: 'telepathy', source: { citation: 'x' } }] }] })).toBe('invalid-preset');
    expect(code([], { ...good, presets: [{ id: 'a', rules: [{ id: 'a.x', kind: 'max-attempts', max: 3, window: { hours: 24 }, counts: [], source: { citation: '' } }] }] })).toBe('invalid-preset');
    expect(code([], { ...good, presets: [{ id: 'a', includes: ['nowhere'], rules: [] }] })).toBe('invalid-preset');
    expect(code([], { ...good, zone: 'Mars/Olympus' })).toBe('unknown-zone');
    expect(code([], { ...good, at: -1 })).toBe('invalid-instant');
    expect(code([], { ...good, at: 8.64e15 })).toBe('invalid-instant');
    expect(code([], { ...good, holidays: ['2026-02-30'] })).toBe('invalid-date');
    expect(code([], { ...good, liveAgentGuaranteed: 'yes' })).toBe('invalid-options');
  });
  it('a preset that includes itself or a built-in resolves once', () => {
    const self = { id: 'self', name: '', includes: ['self', 'us'], rules: [] };
    const r = contactPolicy.check([], { presets: [self, 'us'], zone: NY, at });
    expect(r.ok && r.value.allowed).toBe(true);
  });
  it('every code given is in the list', () => {
    for (const c of ['invalid-history', 'invalid-preset', 'invalid-options', 'unknown-zone', 'invalid-instant', 'invalid-date']) expect(contactPolicy.codes).toContain(c);
  });
});
