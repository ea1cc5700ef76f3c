import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { core, time } from '../../src/index.js';
import { timeArb, zoneArb } from './zone-sample.js';

const CODES: readonly time.TimeCode[] = [
  'unknown-zone',
  'invalid-date',
  'invalid-time',
  'invalid-instant',
  'invalid-policy',
  'time-in-gap',
  'time-ambiguous',
  'invalid-window',
  'invalid-calling-hours',
  'invalid-range',
  'invalid-step',
  'invalid-month',
];

/** True when a value holds no NaN (nor ±Infinity) anywhere, and no string spelling one. */
function clean(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !/NaN|Infinity|undefined/.test(value);
  if (typeof value !== 'object' || value === null || depth > 6) return true;
  return Object.values(value).every((v) => clean(v, depth + 1));
}

/** A result is a well-formed refusal with a documented code, or a clean value. */
function wellFormed(r: unknown, expectOk?: boolean): void {
  expect(typeof r === 'object' && r !== null && 'ok' in r).toBe(true);
  const res = r as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  if (expectOk !== undefined) expect(res.ok).toBe(expectOk);
  if (res.ok) expect(clean(res.value)).toBe(true);
  else {
    expect(CODES).toContain(res.error?.code);
    expect(typeof res.error?.message).toBe('string');
  }
}

const badTime = fc.oneof(fc.constantFrom('24:00', '23:60', '9:30', '09:30:00', '', ' 09:30', '−1:00', '24:00'), fc.anything());
const badDate = fc.oneof(fc.constantFrom('2026-02-30', '2026-13-01', '2026-2-3', '0000-01-01', '10000-01-01', '2026-02-29', ''), fc.anything());
const badZone = fc.oneof(fc.constantFrom('Mars/Olympus', '+05:00', 'UTC+5', '', '../etc/passwd', 'America/', 'EST5EDT ', '__proto__', 'constructor'), fc.anything());
const badInstant = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 1e20, 8.64e15 + 1, core.maxInstant + 1, '1700000000000', null, undefined),
  fc.anything().filter((v) => typeof v !== 'number'),
);
const goodInstant = fc.integer({ min: 0, max: core.maxInstant });
/** Valid or invalid parts, so that each check is reached with the others valid. */
const maybe = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) => fc.oneof(good as fc.Arbitrary<unknown>, bad);
const anyWindow = fc.oneof(
  fc.record({ from: maybe(timeArb, badTime), until: maybe(timeArb, badTime), zone: maybe(zoneArb, badZone) }),
  fc.anything(),
);
const anyRange = fc.oneof(fc.record({ start: maybe(goodInstant, badInstant), end: maybe(goodInstant, badInstant) }), fc.anything());
const anyRule = fc.oneof(
  fc.constantFrom<unknown>(time.callingHoursPresets.fr, time.callingHoursPresets.us),
  fc.record({ weekly: fc.oneof(fc.record({ mon: fc.array(fc.record({ from: maybe(timeArb, badTime), until: maybe(timeArb, badTime) }), { maxLength: 2 }) }), fc.anything()) }),
  fc.anything(),
);
const anyOptions = fc.oneof(fc.constant(undefined), fc.record({ holidays: fc.oneof(fc.array(maybe(fc.constant('2026-12-25'), badDate), { maxLength: 2 }), fc.anything()), searchDays: fc.oneof(fc.integer({ min: -2, max: 5000 }), fc.anything()) }, { requiredKeys: [] }), fc.anything());

describe('bad input is refused with a code, never thrown, never NaN (properties)', () => {
  it('parsers', () => {
    fc.assert(
      fc.property(badTime, badDate, badZone, fc.anything(), (t, d, z, x) => {
        for (const r of [time.parseTime(t), time.parseDate(d), time.zone(z), time.parseWindow(x), time.parseRange(x), time.parseCallingHours(x)]) wellFormed(r);
      }),
      { numRuns: 200 },
    );
    for (const t of ['24:00', '23:60', 930, Number.NaN]) wellFormed(time.parseTime(t), false);
    for (const d of ['2026-02-30', 20260101, null]) wellFormed(time.parseDate(d), false);
  });

  it('resolve, local and day', () => {
    fc.assert(
      fc.property(maybe(timeArb, badTime), badDate, maybe(zoneArb, badZone), badInstant, fc.anything(), (t, d, z, at, policy) => {
        wellFormed(time.resolve({ date: d, time: t, zone: z } as unknown as time.WallTime, policy as time.DstPolicy));
        wellFormed(time.resolve({ date: '2026-03-08', time: t, zone: z } as unknown as time.WallTime));
        wellFormed(time.local(at, z), false);
        wellFormed(time.day(d, z));
      }),
      { numRuns: 200 },
    );
  });

  it('resolve, local and day at the edges of the supported span', () => {
    fc.assert(
      fc.property(zoneArb, fc.constantFrom('0001-01-01', '0001-01-02', '1969-12-31', '1970-01-01', '9999-12-30', '9999-12-31'), timeArb, fc.constantFrom(0, 1, core.maxInstant - 1, core.maxInstant), (z, d, t, at) => {
        wellFormed(time.resolve({ date: d, time: t, zone: z }), true);
        wellFormed(time.day(d, z));
        wellFormed(time.local(at, z), true);
        wellFormed(time.nextOpen({ from: t, until: t === '00:00' ? '00:01' : '00:00', zone: z }, at), true);
        wellFormed(time.nextAllowed(time.callingHoursPresets.ca, at, z), true);
      }),
      { numRuns: 100 },
    );
  });

  it('windows, ranges and calling hours', () => {
    fc.assert(
      fc.property(anyWindow, anyRange, maybe(goodInstant, badInstant), anyRule, maybe(zoneArb, badZone), anyOptions, (w, range, at, rule, z, options) => {
        const win = w as time.DailyWindow;
        const rng = range as time.Interval;
        const r = rule as time.CallingHoursRule;
        const o = options as time.CallingHoursOptions;
        wellFormed(time.inWindow(win, at as number));
        wellFormed(time.nextOpen(win, at as number));
        wellFormed(time.windowIntervals(win, rng));
        wellFormed(time.intersectWindows([win, win], rng));
        wellFormed(time.intersectWindows(w as time.DailyWindow[], rng));
        wellFormed(time.isAllowed(r, at as number, z as string, o));
        wellFormed(time.nextAllowed(r, at as number, z as string, o));
        wellFormed(time.allowedIntervals(r, rng, z as string, o));
      }),
      { numRuns: 200 },
    );
  });

  it('interval list operations drop malformed entries instead of producing NaN', () => {
    const junkList = fc.array(fc.oneof(fc.record({ start: fc.oneof(fc.double(), fc.anything()), end: fc.oneof(fc.double(), fc.anything()) }), fc.anything()), { maxLength: 6 });
    fc.assert(
      fc.property(junkList, junkList, fc.anything(), (a, b, at) => {
        const x = a as time.Interval[];
        const y = b as time.Interval[];
        for (const list of [time.mergeIntervals(x), time.intersectIntervals(x, y), time.subtractIntervals(x, y)]) {
          expect(clean(list)).toBe(true);
          for (const iv of list) expect(iv.end > iv.start).toBe(true);
        }
        expect(typeof time.intervalsContain(x, at as number)).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
