// A ledger saved as JSON and read back (issue 14, issue 22), from the rules its check states: the fields
// are a version 1, arrays of whole minutes and counts no longer than the retention (60 days of minutes,
// plus one), counts and minutes that are non-negative integers (the open minute may be -1), and a
// supported lastAt; one running total per closed minute; closed minutes strictly ascending and running
// totals never decreasing; the totals start at their bases; nothing open means an empty ledger (no
// minutes, no open counts, lastAt 0); the open minute is the minute of lastAt; every closed minute comes
// before the open one. A ledger the functions made, round-tripped, is accepted and answers the same;
// each single breach is refused `invalid-ledger` with the path of what is wrong by recordChecked and
// checkCompliance, and each helper that takes a ledger throws its RangeError. Other keys are ignored.
import { describe, expect, it } from 'vitest';
import { core, outbound } from '../../../src/index.js';
import { buildLedger, type LedgerFixtureEntry } from './ledger-fixture.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 1440 * MIN;
/** 60 days of minutes: the retention. */
const R = 60 * 1440;
const T = 60 * DAY;

type Ledger = outbound.pacing.AbandonLedger;
type Mutable = { -readonly [K in keyof Ledger]: Ledger[K] extends readonly number[] ? number[] : Ledger[K] };

const entries: readonly LedgerFixtureEntry[] = [
  ['answer', 0],
  ['abandon', 10_000],
  ['answer', MIN],
  ['answer', 2 * MIN + 5],
  ['abandon', 2 * MIN + 6],
  // 60 days on: the first three minutes fall out of the retention into the bases.
  ['answer', T + 2 * MIN],
  // A minute with an abandon only: equal running totals of answers.
  ['abandon', T + 3 * MIN + 1],
  ['answer', T + 4 * MIN],
  ['answer', T + 5 * MIN + 7],
];

const ledger = buildLedger(entries);
const roundTrip = (l: Ledger): Mutable => JSON.parse(JSON.stringify(l)) as Mutable;
const period = { from: T, to: T + 6 * MIN };

function refusals(value: unknown): { recorded: unknown; compliance: unknown } {
  const r = pacing.recordChecked(value as Ledger, 'answer', T + 10 * MIN);
  const c = pacing.checkCompliance(value as Ledger, pacing.abandonRules.fcc, period);
  return { recorded: r.ok ? 'accepted' : { code: r.error.code, path: r.error.path }, compliance: c.ok ? 'accepted' : { code: c.error.code, path: c.error.path } };
}

/** `value` with every object in it frozen (as a host might keep a saved ledger). */
function freezeDeep<V>(value: V): V {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) freezeDeep(v);
    Object.freeze(value);
  }
  return value;
}

function throwsOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof RangeError ? e.message : `not a RangeError: ${String(e)}`;
  }
  return 'returned';
}

describe('abandonment ledger read back from JSON', () => {
  it('the ledger built for these tests has bases, several closed minutes and equal adjacent totals', () => {
    expect(ledger).toEqual({
      version: 1,
      minutes: [R + 2, R + 3, R + 4],
      cumAnswers: [4, 4, 5],
      cumAbandons: [2, 3, 3],
      baseAnswers: 3,
      baseAbandons: 2,
      openMinute: R + 5,
      openAnswers: 1,
      openAbandons: 0,
      lastAt: T + 5 * MIN + 7,
    });
  });

  it('every ledger state the functions make (the empty one included) is accepted after a round trip and answers the same', () => {
    const states: Ledger[] = [pacing.emptyLedger()];
    for (let i = 1; i <= entries.length; i += 1) states.push(buildLedger(entries.slice(0, i)));
    for (const l of states) {
      const back = roundTrip(l);
      const at = Math.max(l.lastAt, 1);
      const recorded = pacing.recordChecked(back, 'abandon', at);
      expect(recorded).toEqual(pacing.recordChecked(l, 'abandon', at));
      expect(pacing.checkCompliance(back as Ledger, pacing.abandonRules.ofcom, { from: 0, to: at })).toEqual(
        pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: 0, to: at }),
      );
      for (const window of ['24h', '30d'] as const) expect(pacing.windowCounts(back as Ledger, window, at)).toEqual(pacing.windowCounts(l, window, at));
      expect(pacing.countMinutes(back as Ledger, 0, R + 10)).toEqual(pacing.countMinutes(l, 0, R + 10));
      expect(pacing.headroom(back as Ledger, pacing.abandonRules.fcc, at)).toBe(pacing.headroom(l, pacing.abandonRules.fcc, at));
      expect(pacing.recordUnchecked(back as Ledger, 'answer', at)).toEqual(pacing.recordUnchecked(l, 'answer', at));
    }
  });

  it('the round-tripped ledger counts what was recorded', () => {
    const back = roundTrip(ledger) as Ledger;
    expect(pacing.countMinutes(back, R + 2, R + 5)).toEqual({ answers: 3, abandons: 1, rate: 1 / 3 });
    expect(pacing.countMinutes(back, 0, R + 5)).toEqual({ answers: 3, abandons: 1, rate: 1 / 3 });
    expect(pacing.windowCounts(back, '24h', T + 5 * MIN + 7)).toMatchObject({ answers: 3, abandons: 1 });
    expect(pacing.countMinutes(back, R + 5, R + 5)).toMatchObject({ answers: 1, abandons: 0 });
  });

  it('other keys are ignored, and the result does not carry them', () => {
    const back = { ...roundTrip(ledger), note: 'extra' };
    expect(refusals(back)).toEqual({ recorded: 'accepted', compliance: 'accepted' });
    const r = pacing.recordChecked(back, 'answer', T + 10 * MIN);
    expect(r.ok && 'note' in r.value).toBe(false);
  });

  it('a base equal to the first running total (a first minute with none of that kind) is accepted', () => {
    const back = roundTrip(ledger);
    back.baseAnswers = 4;
    expect(refusals(back)).toEqual({ recorded: 'accepted', compliance: 'accepted' });
    expect(pacing.countMinutes(back as Ledger, 0, R + 5)).toMatchObject({ answers: 2, abandons: 1 });
  });

  it('lastAt anywhere inside the open minute is accepted', () => {
    const back = roundTrip(ledger);
    back.lastAt = T + 5 * MIN + 59_999;
    expect(refusals(back)).toEqual({ recorded: 'accepted', compliance: 'accepted' });
    back.lastAt = T + 5 * MIN;
    expect(refusals(back)).toEqual({ recorded: 'accepted', compliance: 'accepted' });
  });

  it('a ledger with the most closed minutes the check allows (the retention plus one) is accepted, one more is refused', () => {
    const n = R + 1;
    const minutes = Array.from({ length: n }, (_, i) => i);
    const full = {
      version: 1,
      minutes,
      cumAnswers: minutes.map((i) => i + 1),
      cumAbandons: minutes.map(() => 0),
      baseAnswers: 0,
      baseAbandons: 0,
      openMinute: n,
      openAnswers: 1,
      openAbandons: 0,
      lastAt: n * MIN,
    };
    expect(refusals(full)).toEqual({ recorded: 'accepted', compliance: 'accepted' });
    for (const field of ['minutes', 'cumAnswers', 'cumAbandons'] as const) {
      const longer = { ...full, minutes: [...minutes, n], cumAnswers: [...full.cumAnswers, n + 1], cumAbandons: [...full.cumAbandons, 0], openMinute: n + 1, lastAt: (n + 1) * MIN };
      const one = { ...full, [field]: longer[field] };
      expect([field, refusals(one)]).toEqual([field, { recorded: { code: 'invalid-ledger', path: `$.ledger.${field}` }, compliance: { code: 'invalid-ledger', path: `$.ledger.${field}` } }]);
    }
  });
});

/** One corruption of the round-tripped ledger, and the path it is refused at. */
type Corruption = readonly [string, (l: Mutable) => unknown, string];

const fields = ['version', 'minutes', 'cumAnswers', 'cumAbandons', 'baseAnswers', 'baseAbandons', 'openMinute', 'openAnswers', 'openAbandons', 'lastAt'] as const;

const corruptions: readonly Corruption[] = [
  ['not an object', () => null, '$.ledger'],
  ['an array', () => [], '$.ledger'],
  ['a string', () => 'ledger', '$.ledger'],
  ['version 2', (l) => ({ ...l, version: 2 }), '$.ledger.version'],
  ...fields.map((f): Corruption => [`${f} missing`, (l) => ({ ...l, [f]: undefined }), `$.ledger.${f}`]),
  // Field by field: NaN, negative, fractional, not a number.
  ...(['baseAnswers', 'baseAbandons', 'openAnswers', 'openAbandons'] as const).flatMap((f) =>
    [Number.NaN, -1, 0.5, '1', Number.POSITIVE_INFINITY].map((v): Corruption => [`${f} ${String(v)}`, (l) => ({ ...l, [f]: v }), `$.ledger.${f}`]),
  ),
  ...(['minutes', 'cumAnswers', 'cumAbandons'] as const).flatMap((f) =>
    [Number.NaN, -1, 0.5, '1', null].map((v): Corruption => [`${f}[1] ${String(v)}`, (l) => ({ ...l, [f]: [l[f][0], v, l[f][2]] }), `$.ledger.${f}[1]`]),
  ),
  ...(['minutes', 'cumAnswers', 'cumAbandons'] as const).map((f): Corruption => [`${f} not an array`, (l) => ({ ...l, [f]: { 0: 1, length: 1 } }), `$.ledger.${f}`]),
  ['openMinute -2', (l) => ({ ...l, openMinute: -2 }), '$.ledger.openMinute'],
  ['openMinute fractional', (l) => ({ ...l, openMinute: R + 5.5 }), '$.ledger.openMinute'],
  ['openMinute NaN', (l) => ({ ...l, openMinute: Number.NaN }), '$.ledger.openMinute'],
  ['lastAt negative', (l) => ({ ...l, lastAt: -1 }), '$.ledger.lastAt'],
  ['lastAt NaN', (l) => ({ ...l, lastAt: Number.NaN }), '$.ledger.lastAt'],
  ['lastAt beyond the supported instants', (l) => ({ ...l, lastAt: core.maxInstant + 1 }), '$.ledger.lastAt'],
  // One running total per closed minute.
  ['one answers total missing', (l) => ({ ...l, cumAnswers: l.cumAnswers.slice(0, 2) }), '$.ledger'],
  ['one abandons total missing', (l) => ({ ...l, cumAbandons: l.cumAbandons.slice(0, 2) }), '$.ledger'],
  ['one answers total too many', (l) => ({ ...l, cumAnswers: [...l.cumAnswers, 5] }), '$.ledger'],
  ['one closed minute too many', (l) => ({ ...l, minutes: [R + 1, ...l.minutes] }), '$.ledger'],
  // Ascending minutes (strictly) and running totals (never decreasing).
  ['minutes out of order', (l) => ({ ...l, minutes: [R + 3, R + 2, R + 4] }), '$.ledger'],
  ['the last two minutes out of order', (l) => ({ ...l, minutes: [R + 2, R + 4, R + 3] }), '$.ledger'],
  ['a minute repeated', (l) => ({ ...l, minutes: [R + 2, R + 2, R + 4] }), '$.ledger'],
  ['the last minute repeated', (l) => ({ ...l, minutes: [R + 2, R + 4, R + 4] }), '$.ledger'],
  ['answers totals decreasing', (l) => ({ ...l, cumAnswers: [4, 3, 5] }), '$.ledger'],
  ['answers totals decreasing at the end', (l) => ({ ...l, cumAnswers: [4, 5, 4] }), '$.ledger'],
  ['abandons totals decreasing', (l) => ({ ...l, cumAbandons: [3, 2, 3] }), '$.ledger'],
  ['abandons totals decreasing at the end', (l) => ({ ...l, cumAbandons: [2, 3, 2] }), '$.ledger'],
  // The running totals start at the bases.
  ['a base of answers above the first total', (l) => ({ ...l, baseAnswers: 5 }), '$.ledger'],
  ['a base of abandons above the first total', (l) => ({ ...l, baseAbandons: 3 }), '$.ledger'],
  // Nothing open: an empty ledger.
  ['nothing open but closed minutes', (l) => ({ ...l, openMinute: -1, openAnswers: 0, lastAt: 0 }), '$.ledger'],
  ['nothing open but open answers', () => ({ ...roundTrip(pacing.emptyLedger()), openAnswers: 1 }), '$.ledger'],
  ['nothing open but open abandons', () => ({ ...roundTrip(pacing.emptyLedger()), openAbandons: 1 }), '$.ledger'],
  ['nothing open but a lastAt', () => ({ ...roundTrip(pacing.emptyLedger()), lastAt: 5 }), '$.ledger'],
  // The open minute is the minute of lastAt.
  ['lastAt in a later minute', (l) => ({ ...l, lastAt: T + 6 * MIN }), '$.ledger'],
  ['lastAt in an earlier minute', (l) => ({ ...l, lastAt: T + 5 * MIN - 1 }), '$.ledger'],
  ['an open minute with counts but not the minute of lastAt', (l) => ({ ...l, openMinute: R + 7 }), '$.ledger'],
  // Closed minutes come before the open one.
  ['the open minute equal to the last closed one', (l) => ({ ...l, openMinute: R + 4, lastAt: T + 4 * MIN + 1 }), '$.ledger'],
  ['the open minute before the last closed one', (l) => ({ ...l, openMinute: R + 3, lastAt: T + 3 * MIN + 1 }), '$.ledger'],
  ['a closed minute at the open minute 0', () => ({ ...roundTrip(buildLedger([['answer', 0]])), minutes: [0], cumAnswers: [1], cumAbandons: [0] }), '$.ledger'],
];

describe('abandonment ledger: each single breach of the rules is refused', () => {
  it.each(corruptions)('%s: invalid-ledger at its path', (_, corrupt, path) => {
    const value = corrupt(roundTrip(ledger));
    expect(refusals(value)).toEqual({ recorded: { code: 'invalid-ledger', path }, compliance: { code: 'invalid-ledger', path } });
  });

  it.each(corruptions)('%s, deeply frozen: refused all the same', (_, corrupt, path) => {
    const value = freezeDeep(corrupt(roundTrip(ledger)));
    expect(refusals(value)).toEqual({ recorded: { code: 'invalid-ledger', path }, compliance: { code: 'invalid-ledger', path } });
    expect(throwsOf(() => pacing.windowCounts(value as Ledger, '24h', T + 10 * MIN))).toMatch(/^outbound\.pacing\.windowCounts: expected an abandonment ledger/);
  });

  it.each(corruptions)('%s: each helper that takes a ledger throws its RangeError', (_, corrupt) => {
    const value = corrupt(roundTrip(ledger)) as Ledger;
    const calls: readonly [string, () => unknown][] = [
      ['recordUnchecked', () => pacing.recordUnchecked(value, 'answer', T + 10 * MIN)],
      ['windowCounts', () => pacing.windowCounts(value, '24h', T + 10 * MIN)],
      ['countMinutes', () => pacing.countMinutes(value, 0, R + 10)],
      ['headroom', () => pacing.headroom(value, pacing.abandonRules.fcc, T + 10 * MIN)],
    ];
    for (const [fn, call] of calls) expect([fn, throwsOf(call)]).toEqual([fn, expect.stringMatching(new RegExp(`^outbound\\.pacing\\.${fn}: expected an abandonment ledger`))]);
  });
});

describe('abandonment ledger: what the checked functions freeze and trust', () => {
  it('a ledger read back is not frozen by the functions that read it, and what they return is deeply frozen', () => {
    const back = roundTrip(ledger);
    const r = pacing.recordChecked(back, 'answer', T + 5 * MIN + 8);
    pacing.windowCounts(back, '24h', T + 6 * MIN);
    expect(Object.isFrozen(back) || Object.isFrozen(back.minutes)).toBe(false);
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value, r.value.minutes, r.value.cumAnswers, r.value.cumAbandons].map(Object.isFrozen)).toEqual([true, true, true, true]);
    const u = pacing.recordUnchecked(roundTrip(ledger), 'answer', T + 5 * MIN + 8);
    expect([u, u.minutes, u.cumAnswers, u.cumAbandons].map(Object.isFrozen)).toEqual([true, true, true, true]);
  });

  it('a ledger read back that can still change is checked again each time', () => {
    const back = roundTrip(ledger);
    expect(refusals(back)).toEqual({ recorded: 'accepted', compliance: 'accepted' });
    back.minutes[2] = R + 1;
    expect(refusals(back)).toEqual({ recorded: { code: 'invalid-ledger', path: '$.ledger' }, compliance: { code: 'invalid-ledger', path: '$.ledger' } });
    expect(throwsOf(() => pacing.windowCounts(back as Ledger, '24h', T + 6 * MIN))).toMatch(/^outbound\.pacing\.windowCounts: expected an abandonment ledger/);
  });
});

describe('abandonment ledger helpers: the other arguments', () => {
  const at = T + 6 * MIN;
  it.each([
    ['recordUnchecked', 'an entry', () => pacing.recordUnchecked(ledger, 'answered' as never, at)],
    ['recordUnchecked', 'an epoch-millisecond instant', () => pacing.recordUnchecked(ledger, 'answer', -1)],
    ['recordUnchecked', 'an epoch-millisecond instant', () => pacing.recordUnchecked(ledger, 'abandon', Number.NaN)],
    ['countMinutes', 'a minute number `fromMinute`', () => pacing.countMinutes(ledger, Number.NaN, 1)],
    ['countMinutes', 'a minute number `fromMinute`', () => pacing.countMinutes(ledger, '0' as never, 1)],
    ['countMinutes', 'a minute number `toMinute`', () => pacing.countMinutes(ledger, 0, Number.NaN)],
    ['countMinutes', 'a minute number `toMinute`', () => pacing.countMinutes(ledger, 0, '1' as never)],
    ['windowCounts', 'a window', () => pacing.windowCounts(ledger, '7d' as never, at)],
    ['windowCounts', 'a window', () => pacing.windowCounts(ledger, ['24h'] as never, at)],
    ['windowCounts', 'an epoch-millisecond instant', () => pacing.windowCounts(ledger, '24h', -1)],
    ['headroom', 'a rule', () => pacing.headroom(ledger, { abandonRate: '0.03', window: '30d' } as never, at)],
    ['headroom', 'a rule', () => pacing.headroom(ledger, { abandonRate: -0.01, window: '30d' }, at)],
    ['headroom', 'a rule', () => pacing.headroom(ledger, { abandonRate: Number.NaN, window: '30d' }, at)],
    ['headroom', 'a rule', () => pacing.headroom(ledger, { abandonRate: 0.03, window: '7d' } as never, at)],
    ['headroom', 'a rule', () => pacing.headroom(ledger, { abandonRate: 0.03, window: ['30d'] } as never, at)],
    ['headroom', 'an epoch-millisecond instant', () => pacing.headroom(ledger, pacing.abandonRules.fcc, -1)],
    ['headroomOf', 'a number of live answers', () => pacing.headroomOf(-1, 0, 0.03)],
    ['headroomOf', 'a number of live answers', () => pacing.headroomOf(Number.NaN, 0, 0.03)],
    ['headroomOf', 'a number of live answers', () => pacing.headroomOf('100' as never, 0, 0.03)],
    ['headroomOf', 'a number of abandons', () => pacing.headroomOf(100, -1, 0.03)],
    ['headroomOf', 'a number of abandons', () => pacing.headroomOf(100, Number.NaN, 0.03)],
    ['headroomOf', 'a number of abandons', () => pacing.headroomOf(100, '0' as never, 0.03)],
    ['headroomOf', 'a rate', () => pacing.headroomOf(100, 0, -0.01)],
    ['headroomOf', 'a rate', () => pacing.headroomOf(100, 0, Number.NaN)],
    ['headroomOf', 'a rate', () => pacing.headroomOf(100, 0, '0.03' as never)],
  ] as const)('%s refuses with %s', (fn, expected, call) => {
    expect(throwsOf(call)).toMatch(new RegExp(`^outbound\\.pacing\\.${fn}: expected ${expected.replace(/[`.]/g, (c) => (c === '.' ? '\\.' : c))}`));
  });

  it('the edges the checks allow: a rate of 0, zero counts, any minute numbers', () => {
    expect(pacing.headroomOf(0, 0, 0)).toBe(0);
    expect(pacing.headroomOf(100, 0, 0)).toBe(0);
    expect(pacing.headroom(ledger, { abandonRate: 0, window: '30d' }, at)).toBe(0);
    expect(pacing.countMinutes(ledger, -5, R + 100).answers).toBe(3);
    expect(pacing.countMinutes(ledger, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY).answers).toBe(3);
  });
});
