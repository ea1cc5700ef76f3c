// The edges of contactPolicy.check from its documented contract (issue 22): `earliest` is searched a year
// (366 days) ahead, that last instant included, and is null beyond; a blocking rule's `until` is null when
// it lifts beyond the year; `liveAgentGuaranteed` lifts only rows that say so; the latest instant checked
// is a year and two days before the end of dialdesk/time's range, and refusals name `$.options.at`.
import { describe, expect, it } from 'vitest';
import { core, outbound } from '../../src/index.js';

const { contactPolicy } = outbound;
type Attempt = outbound.contactPolicy.Attempt;
const H = 3_600_000;
const DAY = 24 * H;
const YEAR = 366 * DAY;
const source = { citation: 'test', url: '', confirmed: false, note: '' };

function quiet(id: string, wait: object, includes: readonly string[] = []): outbound.contactPolicy.Preset {
  return { id, name: '', includes, rules: [{ id: `${id}.q`, kind: 'quiet-after', after: ['refused'], wait, countFrom: 'same-day', unless: null, source }] } as unknown as outbound.contactPolicy.Preset;
}

function verdict(history: readonly Attempt[], options: outbound.contactPolicy.CheckOptions): outbound.contactPolicy.Verdict {
  const r = contactPolicy.check(history, options);
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('contactPolicy.check: the year searched', () => {
  const at = Date.UTC(2026, 0, 5, 3);

  it('a rule lifting exactly a year ahead: that instant is the earliest, and the rule says until then', () => {
    const v = verdict([{ at, outcome: 'refused' }], { presets: [quiet('year', { hours: 366 * 24 })], zone: 'UTC', at });
    expect(v).toEqual({ allowed: false, earliest: at + YEAR, blocking: [{ rule: 'year.q', source: 'test', until: at + YEAR }] });
  });

  it('calling hours closed from a rule lifting an hour before the year ends until after it: no earliest', () => {
    // 2026-01-04 22:00 in New York; the quiet period ends 2027-01-05 21:00, when federal hours (08:00-21:00)
    // have just closed, and they open again at 08:00 on the 6th: after the year searched.
    const v = verdict([{ at, outcome: 'refused' }], { presets: [quiet('almost', { hours: 366 * 24 - 1 }, ['us'])], zone: 'America/New_York', at });
    expect(v.allowed).toBe(false);
    expect(v.blocking.find((b) => b.rule === 'almost.q')?.until).toBe(at + YEAR - H);
    expect(v.earliest).toBe(null);
    // Without the calling hours the contact could be called the moment the quiet period ends.
    expect(verdict([{ at, outcome: 'refused' }], { presets: [quiet('almost', { hours: 366 * 24 - 1 })], zone: 'America/New_York', at }).earliest).toBe(at + YEAR - H);
  });

  it('several rules: earliest waits for the one lifting last, each reports its own until', () => {
    const t = Date.UTC(2026, 5, 1, 12);
    const both = { id: 'both', name: '', includes: [], rules: [
      { id: 'both.short', kind: 'quiet-after', after: ['abandoned'], wait: { hours: 5 }, countFrom: 'same-day', unless: null, source },
      { id: 'both.long', kind: 'quiet-after', after: ['refused'], wait: { hours: 2 }, countFrom: 'same-day', unless: null, source },
    ] } as unknown as outbound.contactPolicy.Preset;
    const v = verdict([{ at: t - 4 * H, outcome: 'abandoned' }, { at: t - H, outcome: 'refused' }], { presets: [both], zone: 'UTC', at: t });
    expect(v.blocking).toEqual([
      { rule: 'both.short', source: 'test', until: t + H },
      { rule: 'both.long', source: 'test', until: t + H },
    ]);
    const v2 = verdict([{ at: t - 2 * H, outcome: 'abandoned' }, { at: t - H, outcome: 'refused' }], { presets: [both], zone: 'UTC', at: t });
    expect(v2.earliest).toBe(t + 3 * H);
    const v3 = verdict([{ at: t - 4 * H, outcome: 'abandoned' }, { at: t - 30 * 60_000, outcome: 'refused' }], { presets: [both], zone: 'UTC', at: t });
    expect(v3.earliest).toBe(t + 90 * 60_000);
  });
});

describe('contactPolicy.check: a guaranteed live agent', () => {
  it('lifts the rows that say so (Ofcom), never the others (the French 60 days after a refusal)', () => {
    const at = Date.UTC(2026, 10, 24, 10); // Tuesday 11:00 in Paris
    const refused = [{ at: at - DAY, outcome: 'refused' as const }];
    const v = verdict(refused, { presets: ['fr'], zone: 'Europe/Paris', at, liveAgentGuaranteed: true });
    expect(v.allowed).toBe(false);
    expect(v.blocking.map((b) => b.rule)).toEqual(['fr.after-refusal']);
    const abandoned = [{ at: at - H, outcome: 'abandoned' as const }];
    expect(verdict(abandoned, { presets: ['uk'], zone: 'Europe/London', at, liveAgentGuaranteed: true }).allowed).toBe(true);
    expect(verdict(abandoned, { presets: ['uk'], zone: 'Europe/London', at, liveAgentGuaranteed: false }).allowed).toBe(false);
  });
});

describe('contactPolicy.check: the latest instant checked', () => {
  // The search runs a year (366 days) ahead, and a quiet period may start from the next local day: the
  // last instant checked is 368 days before the end of dialdesk/time's supported range.
  const last = core.maxInstant - 368 * DAY;

  it('answers at the last instant, with calling hours and a quiet period searched to the end of the year', () => {
    const v = verdict([{ at: last - H, outcome: 'refused' }], { presets: ['us-debt'], zone: 'America/New_York', at: last });
    expect(v.allowed).toBe(false);
    expect(v.earliest).not.toBe(null);
    expect(v.earliest).toBeGreaterThan(last);
    const long = verdict([{ at: last, outcome: 'refused' }], { presets: [quiet('year', { days: 366 })], zone: 'Pacific/Kiritimati', at: last });
    expect(long.blocking[0]?.until).not.toBe(null);
  });

  it('refuses one millisecond later, naming `$.options.at`', () => {
    const r = contactPolicy.check([], { presets: ['us'], zone: 'America/New_York', at: last + 1 });
    expect(r.ok ? 'accepted' : r.error).toMatchObject({ code: 'invalid-instant', details: { path: '$.options.at' } });
  });
});

describe('contactPolicy.check: refusals name the JSON path', () => {
  const at = Date.UTC(2026, 10, 24, 15);
  const good: outbound.contactPolicy.CheckOptions = { presets: ['us'], zone: 'America/New_York', at };
  const details = (history: unknown, options: unknown): unknown => {
    const r = contactPolicy.check(history as readonly Attempt[], options as outbound.contactPolicy.CheckOptions);
    return r.ok ? 'accepted' : { code: r.error.code, ...(r.error.details as object) };
  };
  it('in the history and the options', () => {
    expect(details([{ at: at + 1, outcome: 'busy' }], good)).toEqual({ code: 'invalid-history', path: '$.history[0].at' });
    expect(details(Array.from({ length: 10_001 }, () => ({ at: 0, outcome: 'busy' })), good)).toEqual({ code: 'invalid-history', path: '$.history' });
    expect(details([], { ...good, zone: 'Mars/Olympus' })).toEqual({ code: 'unknown-zone', path: '$.options.zone' });
    expect(details([], { ...good, holidays: ['2026-01-01', '2026-02-30'] })).toEqual({ code: 'invalid-date', path: '$.options.holidays[1]' });
    expect(details([], { ...good, presets: ['us', 'xx'] })).toEqual({ code: 'invalid-preset', path: '$.options.presets[1]' });
    const noCitation = { id: 'a', name: '', includes: [], rules: [{ id: 'a.x', kind: 'max-attempts', max: 3, window: { hours: 24 }, counts: ['busy'], source: { citation: '' } }] };
    expect(details([], { ...good, presets: [noCitation] })).toEqual({ code: 'invalid-preset', path: '$.options.presets[0].rules[0].source.citation' });
    const twoSpans = { id: 'a', name: '', includes: [], rules: [{ id: 'a.x', kind: 'max-attempts', max: 3, window: { hours: 24, days: 1 }, counts: ['busy'], source }] };
    expect(details([], { ...good, presets: [twoSpans] })).toEqual({ code: 'invalid-preset', path: '$.options.presets[0].rules[0].window' });
  });
});
