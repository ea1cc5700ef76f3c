// callback.computeSlots from its documented rules, on rules built by hand (the type lets any number
// through, so computeSlots checks them itself: each refusal with its code and JSON path), and the bounds
// of the slots it gives: notice, horizon, `from`/`until`, capacity steps by bucket start, special dates.
import { describe, expect, it } from 'vitest';
import { callback, core } from '../../src/index.js';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const AT = Date.UTC(2026, 10, 23); // Monday 2026-11-23 00:00 UTC
const none = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const open = (from: string, until: string) => [{ from, until }];
/** Hand-built rules in UTC: Tuesdays 09:00–12:00, hourly buckets, capacity 2. */
const rules = {
  zone: 'UTC',
  bucketMinutes: 60,
  weekly: { ...none, tue: open('09:00', '12:00') },
  special: {},
  capacity: 2,
  noticeMinutes: 0,
  horizonDays: 30,
};

function slotsOf(r: unknown, query: callback.AvailabilityQuery = { at: AT }): readonly callback.Slot[] {
  const out = callback.computeSlots(r as callback.AvailabilityRules, query);
  if (!out.ok) throw new Error(`${out.error.code}: ${out.error.message}`);
  return out.value;
}

function refusal(r: unknown, query: unknown = { at: AT }): unknown {
  const out = callback.computeSlots(r as callback.AvailabilityRules, query as callback.AvailabilityQuery);
  return out.ok ? 'accepted' : { code: out.error.code, path: out.error.path };
}

const starts = (slots: readonly callback.Slot[]) => slots.map((s) => (s.start - AT) / H);

describe('computeSlots: rules built by hand are checked', () => {
  it('refuses a value that is not rules', () => {
    for (const r of [null, 42, 'rules', []]) expect(refusal(r)).toEqual({ code: 'invalid-config', path: '$' });
  });

  it('refuses a zone the tz database does not know (it gave no slots, silently)', () => {
    for (const zone of ['Nowhere/Special', '', 42]) expect(refusal({ ...rules, zone })).toEqual({ code: 'unknown-zone', path: '$.zone' });
    expect(starts(slotsOf({ ...rules, zone: 'asia/kolkata' }, { at: AT, until: AT + 2 * D }))).toEqual([27.5, 28.5, 29.5]);
  });

  it('availability passes on the refusal of the configuration', () => {
    expect(callback.availability({ zone: 'Mars/Base', bucketMinutes: 60, capacity: 1, weekly: {} }, { at: AT })).toMatchObject({ ok: false, error: { code: 'unknown-zone', path: '$.zone' } });
    expect(callback.availability({ zone: 'UTC', bucketMinutes: 7, capacity: 1, weekly: {} }, { at: AT })).toMatchObject({ ok: false, error: { code: 'invalid-bucket', path: '$.bucketMinutes' } });
  });

  it('checks open periods as parseAvailabilityConfig does: a time that is not one is refused, never thrown (issue 14)', () => {
    expect(refusal({ ...rules, weekly: { ...none, tue: open('xx', '12:00') } })).toEqual({ code: 'invalid-time', path: '$.weekly.tue[0].from' });
    expect(refusal({ ...rules, weekly: { ...none, tue: open('09:00', '25:00') } })).toEqual({ code: 'invalid-time', path: '$.weekly.tue[0].until' });
    expect(refusal({ ...rules, weekly: { ...none, tue: open('12:00', '09:00') } })).toEqual({ code: 'invalid-period', path: '$.weekly.tue[0].until' });
    expect(refusal({ ...rules, weekly: { ...none, tue: [...open('09:00', '12:00'), ...open('11:00', '13:00')] } })).toEqual({ code: 'invalid-period', path: '$.weekly.tue[1]' });
    expect(refusal({ ...rules, weekly: { ...none, wed: undefined } })).toEqual({ code: 'invalid-config', path: '$.weekly.wed' });
    expect(refusal({ ...rules, weekly: null })).toEqual({ code: 'invalid-config', path: '$.weekly' });
    expect(refusal({ ...rules, special: null })).toEqual({ code: 'invalid-config', path: '$.special' });
    expect(refusal({ ...rules, special: { '2026-13-01': [] } })).toEqual({ code: 'invalid-date', path: '$.special["2026-13-01"]' });
    expect(refusal({ ...rules, special: { '2026-11-24': open('9', '10:00') } })).toEqual({ code: 'invalid-time', path: '$.special["2026-11-24"][0].from' });
    expect(refusal({ ...rules, weekly: { ...none, tue: open('09:00', '24:00') } })).toBe('accepted');
  });

  it('checks the start time of each capacity step', () => {
    const table = { default: 1, weekly: { ...none, tue: [{ from: '10', capacity: 3 }] } };
    expect(refusal({ ...rules, capacity: table })).toEqual({ code: 'invalid-time', path: '$.capacity.weekly.tue[0].from' });
  });

  it('takes only the bucket sizes of the list', () => {
    for (const bucketMinutes of [0, 7, 45, 240, '60', Number.NaN]) expect(refusal({ ...rules, bucketMinutes })).toEqual({ code: 'invalid-bucket', path: '$.bucketMinutes' });
    for (const bucketMinutes of callback.bucketSizes) expect(refusal({ ...rules, bucketMinutes })).toBe('accepted');
  });

  it('takes noticeMinutes as whole minutes from 0', () => {
    for (const noticeMinutes of [-1, 1.5, Number.NaN, '0', undefined]) expect(refusal({ ...rules, noticeMinutes })).toEqual({ code: 'invalid-config', path: '$.noticeMinutes' });
    expect(refusal({ ...rules, noticeMinutes: 0 })).toBe('accepted');
  });

  it('takes horizonDays as whole days from 1 to 366', () => {
    for (const horizonDays of [0, 367, 1.5, -1, Number.NaN, '30']) expect(refusal({ ...rules, horizonDays })).toEqual({ code: 'invalid-config', path: '$.horizonDays' });
    for (const horizonDays of [1, 366]) expect(refusal({ ...rules, horizonDays })).toBe('accepted');
  });

  it('takes a capacity as a whole number from 0', () => {
    for (const capacity of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) expect(refusal({ ...rules, capacity })).toEqual({ code: 'invalid-capacity', path: '$.capacity' });
    expect(slotsOf({ ...rules, capacity: 0 })).toEqual([]);
  });

  it('takes a capacity table with a whole default and a list of whole steps for every weekday', () => {
    const table = { default: 1, weekly: { ...none, tue: [{ from: '10:00', capacity: 3 }] } };
    expect(refusal({ ...rules, capacity: table })).toBe('accepted');
    expect(refusal({ ...rules, capacity: 'x' })).toEqual({ code: 'invalid-capacity', path: '$.capacity.default' });
    expect(refusal({ ...rules, capacity: { ...table, default: -1 } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.default' });
    expect(refusal({ ...rules, capacity: { ...table, default: undefined } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.default' });
    expect(refusal({ ...rules, capacity: { ...table, weekly: null } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.weekly' });
    expect(refusal({ ...rules, capacity: { ...table, weekly: { ...none, sun: undefined } } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.weekly.sun' });
    expect(refusal({ ...rules, capacity: { ...table, weekly: { ...none, wed: {} } } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.weekly.wed' });
    for (const capacity of [-1, 0.5, Number.NaN, '3']) {
      const weekly = { ...none, tue: [{ from: '09:00', capacity: 1 }, { from: '10:00', capacity }] };
      expect(refusal({ ...rules, capacity: { ...table, weekly } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.weekly.tue[1].capacity' });
    }
    // A step that is not a { from, capacity } record (a bare count included) is refused, not read.
    for (const step of [7, null, 'x']) expect(refusal({ ...rules, capacity: { ...table, weekly: { ...none, tue: [step] } } })).toEqual({ code: 'invalid-capacity', path: '$.capacity.weekly.tue[0]' });
  });
});

describe('computeSlots: which buckets are offered', () => {
  it('a capacity table: the last step at or before the bucket start, else the default; capacity 0 offers nothing', () => {
    const capacity = { default: 1, weekly: { ...none, tue: [{ from: '10:00', capacity: 0 }, { from: '10:30', capacity: 5 }] } };
    const slots = slotsOf({ ...rules, bucketMinutes: 30, capacity }, { at: AT, until: AT + 2 * D });
    expect(slots.map((s) => [(s.start - AT) / H - 24, s.capacity, s.remaining])).toEqual([
      [9, 1, 1],
      [9.5, 1, 1],
      [10.5, 5, 5],
      [11, 5, 5],
      [11.5, 5, 5],
    ]);
    // Another weekday's steps do not apply.
    const monday = { default: 2, weekly: { ...none, mon: [{ from: '00:00', capacity: 9 }] } };
    expect(slotsOf({ ...rules, capacity: monday }, { at: AT, until: AT + 2 * D }).map((s) => s.capacity)).toEqual([2, 2, 2]);
  });

  it('a bucket ends at the closing time at the latest; periods of a day, and a period to 24:00', () => {
    const weekly = { ...none, tue: [{ from: '09:00', until: '10:30' }, { from: '22:00', until: '24:00' }] };
    const slots = slotsOf({ ...rules, weekly }, { at: AT, until: AT + 2 * D });
    expect(starts(slots)).toEqual([33, 46, 47]);
    expect(slots.at(-1)?.end).toBe(AT + 48 * H);
    expect(slots.every((s) => s.end - s.start === H)).toBe(true);
  });

  it('a special date replaces its weekday: [] closes it, periods open another day', () => {
    const special = { '2026-11-24': [], '2026-11-25': open('10:00', '11:00') };
    expect(starts(slotsOf({ ...rules, special }, { at: AT, until: AT + 3 * D }))).toEqual([58]);
    // A key that merely looks like a special date on the prototype is no special date.
    const inherited = Object.create({ '2026-11-24': [] }) as Record<string, never>;
    expect(starts(slotsOf({ ...rules, special: inherited }, { at: AT, until: AT + 2 * D }))).toEqual([33, 34, 35]);
  });

  it('notice: no slot before at + notice; horizon: none at or after at + horizon days', () => {
    const at = AT + 24 * H + 8 * H; // Tuesday 08:00
    expect(starts(slotsOf({ ...rules, noticeMinutes: 60 }, { at }))[0]).toBe(33);
    expect(starts(slotsOf({ ...rules, noticeMinutes: 61 }, { at }))[0]).toBe(34);
    // Tuesday 09:00 a week later is exactly 7 days after Tuesday 09:00.
    const at9 = AT + 33 * H;
    expect(starts(slotsOf({ ...rules, horizonDays: 7 }, { at: at9 }))).toEqual([33, 34, 35]);
    expect(starts(slotsOf({ ...rules, horizonDays: 7 }, { at: at9 + 1 }))).toEqual([34, 35, 33 + 168]);
  });

  it('`from` and `until` narrow the range: slots starting at or after `from` and before `until`', () => {
    const tue = AT + 24 * H;
    expect(starts(slotsOf(rules, { at: AT, from: tue + 10 * H, until: tue + 11 * H + 1 }))).toEqual([34, 35]);
    expect(starts(slotsOf(rules, { at: AT, from: tue + 10 * H + 1, until: tue + 11 * H }))).toEqual([]);
    // A `from` before `at + notice` does not widen the range, nor an `until` after the horizon.
    expect(starts(slotsOf({ ...rules, noticeMinutes: 34 * 60 }, { at: AT, from: 0 }))[0]).toBe(34);
    expect(starts(slotsOf({ ...rules, horizonDays: 2 }, { at: AT, until: AT + 100 * D }))).toEqual([33, 34, 35]);
  });

  it('near the last supported instant: no slot starts after it', () => {
    const at = core.maxInstant - 2 * D;
    const every = Object.fromEntries(Object.keys(none).map((d) => [d, open('00:00', '24:00')]));
    const slots = slotsOf({ ...rules, weekly: every, horizonDays: 5 }, { at });
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.at(-1)?.start).toBeLessThan(core.maxInstant);
    expect(slots.at(-1)?.start).toBeGreaterThan(core.maxInstant - 2 * H);
  });
});

describe('computeSlots: the range asked for, next to a change of offset', () => {
  const ny = { ...rules, zone: 'America/New_York', bucketMinutes: 30 as const, horizonDays: 3 };

  it('`at` between the two passes of a repeated hour: its buckets were offered at their first pass, so not at all now', () => {
    // 2026-11-01T06:00Z: EDT -> EST, 01:00–02:00 happens twice. Buckets 00:00–03:00 on Sunday.
    const weekly = { ...none, sun: open('00:00', '03:00') };
    const at = Date.UTC(2026, 10, 1, 6, 1); // 01:01 EST, the second pass
    expect(slotsOf({ ...ny, weekly }, { at, until: at + D }).map((s) => s.start)).toEqual([Date.UTC(2026, 10, 1, 7), Date.UTC(2026, 10, 1, 7, 30)]);
  });

  it('`until` just after a bucket that the spring-forward gap cuts: the slot still ends at the change', () => {
    // 2026-03-08T07:00Z: 02:00 EST jumps to 03:00 EDT; the hour bucket from 01:30 (06:30Z) ends at 07:00Z.
    const weekly = { ...none, sun: open('01:30', '04:30') };
    const from = Date.UTC(2026, 2, 8, 6, 30);
    const slots = slotsOf({ ...ny, bucketMinutes: 60, weekly }, { at: Date.UTC(2026, 2, 7), from, until: from + 1 });
    expect(slots.map((s) => [s.start, s.end])).toEqual([[from, Date.UTC(2026, 2, 8, 7)]]);
  });

  it('`until` early in the morning of a zone far ahead of UTC (+14): that morning’s buckets before it are offered', () => {
    // Pacific/Kiritimati is UTC+14: Tuesday 01:00 there is Monday 11:00Z.
    const weekly = { ...none, tue: open('01:00', '03:00') };
    const until = Date.UTC(2026, 10, 23, 13); // Tuesday 03:00 local
    const slots = slotsOf({ ...rules, zone: 'Pacific/Kiritimati', weekly }, { at: AT, until });
    expect(slots.map((s) => s.start)).toEqual([Date.UTC(2026, 10, 23, 11), Date.UTC(2026, 10, 23, 12)]);
  });
});
