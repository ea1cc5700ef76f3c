import { describe, expect, it } from 'vitest';
import { callback } from '../../src/index.js';

const H = 3_600_000;

function slotsOf(config: unknown, query: callback.AvailabilityQuery): readonly callback.Slot[] {
  const r = callback.availability(config, query);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const ny = (weekly: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  zone: 'America/New_York',
  bucketMinutes: 60,
  capacity: 2,
  weekly,
  ...extra,
});

describe('callback.computeSlots', () => {
  it('lays buckets on the business wall clock from the opening time', () => {
    const slots = slotsOf(
      { zone: 'Asia/Kathmandu', bucketMinutes: 60, capacity: 1, weekly: { tue: [{ from: '09:00', until: '12:30' }] } },
      { at: Date.UTC(2026, 10, 23) },
    );
    expect(slots.slice(0, 3).map((s) => s.start)).toEqual([Date.UTC(2026, 10, 24, 3, 15), Date.UTC(2026, 10, 24, 4, 15), Date.UTC(2026, 10, 24, 5, 15)]);
    // 12:00–13:00 would end after 12:30: not offered.
    expect(slots.filter((s) => s.start < Date.UTC(2026, 10, 25))).toHaveLength(3);
  });

  it('skips the buckets of a spring-forward gap and keeps the rest of the night', () => {
    const slots = slotsOf(ny({ sun: [{ from: '00:00', until: '06:00' }] }), { at: Date.UTC(2026, 2, 7), until: Date.UTC(2026, 2, 9) });
    // 02:00–03:00 does not exist on 2026-03-08: buckets at 00, 01, 03, 04, 05 local.
    expect(slots.map((s) => s.start)).toEqual([5, 6, 7, 8, 9].map((h) => Date.UTC(2026, 2, 8, h)));
    expect(slots.every((s) => s.end - s.start === H)).toBe(true);
  });

  it('cuts a bucket that a gap splits at the transition', () => {
    const slots = slotsOf(ny({ sun: [{ from: '00:30', until: '05:30' }] }), { at: Date.UTC(2026, 2, 7), until: Date.UTC(2026, 2, 9) });
    // 01:30 EST bucket ends when 02:00 jumps to 03:00 (07:00Z); the 02:30 bucket does not exist.
    expect(slots.map((s) => [s.start, s.end])).toEqual([
      [Date.UTC(2026, 2, 8, 5, 30), Date.UTC(2026, 2, 8, 6, 30)],
      [Date.UTC(2026, 2, 8, 6, 30), Date.UTC(2026, 2, 8, 7)],
      [Date.UTC(2026, 2, 8, 7, 30), Date.UTC(2026, 2, 8, 8, 30)],
      [Date.UTC(2026, 2, 8, 8, 30), Date.UTC(2026, 2, 8, 9, 30)],
    ]);
  });

  it('offers the repeated hour of a fall-back night once, at its first occurrence', () => {
    const slots = slotsOf(ny({ sun: [{ from: '00:00', until: '04:00' }] }, { bucketMinutes: 30 }), { at: Date.UTC(2026, 9, 31), until: Date.UTC(2026, 10, 3) });
    const starts = slots.map((s) => s.start);
    expect(new Set(starts).size).toBe(starts.length);
    // 01:00 and 01:30 EDT (05:00Z, 05:30Z); nothing at 01:00/01:30 EST (06:00Z, 06:30Z); 02:00 EST is 07:00Z.
    expect(starts).toEqual([4, 4.5, 5, 5.5, 7, 7.5, 8, 8.5].map((h) => Date.UTC(2026, 10, 1) + h * H));
  });

  it('applies special dates, capacity tables, notice and horizon', () => {
    const config = {
      zone: 'Europe/London',
      bucketMinutes: 30,
      weekly: { mon: [{ from: '09:00', until: '13:00' }], tue: [{ from: '09:00', until: '10:00' }] },
      special: { '2026-11-24': [], '2026-11-30': [{ from: '10:00', until: '11:00' }] },
      capacity: { default: 1, mon: { '0900': 0, '1000': 4, '12:00': 2 } },
      noticeMinutes: 60,
      horizonDays: 10,
    };
    const slots = slotsOf(config, { at: Date.UTC(2026, 10, 23, 9, 15) });
    expect(slots.map((s) => [new Date(s.start).toISOString(), s.capacity])).toEqual([
      ['2026-11-23T10:30:00.000Z', 4],
      ['2026-11-23T11:00:00.000Z', 4],
      ['2026-11-23T11:30:00.000Z', 4],
      ['2026-11-23T12:00:00.000Z', 2],
      ['2026-11-23T12:30:00.000Z', 2],
      ['2026-11-30T10:00:00.000Z', 4],
      ['2026-11-30T10:30:00.000Z', 4],
      ['2026-12-01T09:00:00.000Z', 1],
      ['2026-12-01T09:30:00.000Z', 1],
    ]);
  });

  it('takes bookings from the slots they overlap, down to zero', () => {
    const config = { zone: 'UTC', bucketMinutes: 15, capacity: 2, weekly: { tue: [{ from: '09:00', until: '10:00' }] } };
    const at = Date.UTC(2026, 10, 24);
    const slots = slotsOf(config, {
      at,
      until: Date.UTC(2026, 10, 25),
      bookings: [{ at: Date.UTC(2026, 10, 24, 9, 5) }, { start: Date.UTC(2026, 10, 24, 9, 10), end: Date.UTC(2026, 10, 24, 9, 31), count: 2 }],
    });
    expect(slots.map((s) => s.remaining)).toEqual([0, 0, 0, 2]);
  });

  it('rejects bad bookings and queries with a path', () => {
    const config = { zone: 'UTC', bucketMinutes: 15, capacity: 2, weekly: {} };
    expect(callback.availability(config, { at: 0, bookings: [{ start: 5, end: 5 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-booking', path: '$.bookings[0].end' },
    });
    expect(callback.availability(config, { at: Number.NaN })).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
  });
});

describe('callback.parseAvailabilityConfig', () => {
  const good = { zone: 'asia/calcutta', bucketMinutes: 15, capacity: 1, weekly: { mon: [{ from: '13:00', until: '17:00' }, { from: '09:00', until: '12:00' }] } };

  it('canonicalises and sorts', () => {
    const r = callback.parseAvailabilityConfig(good);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.zone).toBe('Asia/Kolkata');
      expect(r.value.weekly.mon.map((p) => p.from)).toEqual(['09:00', '13:00']);
      expect(r.value.weekly.sun).toEqual([]);
      expect(r.value.horizonDays).toBe(30);
      expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
      expect(Object.isFrozen(r.value.weekly.mon[0])).toBe(true);
    }
  });

  it.each([
    [{ ...good, zone: 'Mars/Base' }, 'unknown-zone', '$.zone'],
    [{ ...good, bucketMinutes: 7 }, 'invalid-bucket', '$.bucketMinutes'],
    [{ ...good, weekly: { monday: [] } }, 'invalid-config', '$.weekly.monday'],
    [{ ...good, weekly: { mon: [{ from: '9:00', until: '12:00' }] } }, 'invalid-time', '$.weekly.mon[0].from'],
    [{ ...good, weekly: { mon: [{ from: '12:00', until: '09:00' }] } }, 'invalid-period', '$.weekly.mon[0].until'],
    [{ ...good, weekly: { mon: [{ from: '09:00', until: '12:00' }, { from: '11:00', until: '13:00' }] } }, 'invalid-period', '$.weekly.mon[1]'],
    [{ ...good, special: { '2026-02-30': [] } }, 'invalid-date', '$.special["2026-02-30"]'],
    [{ ...good, capacity: -1 }, 'invalid-capacity', '$.capacity'],
    [{ ...good, capacity: { mon: { '2500': 1 } } }, 'invalid-capacity', '$.capacity.mon["2500"]'],
    [{ ...good, capacity: { mon: { '0900': 1.5 } } }, 'invalid-capacity', '$.capacity.mon["0900"]'],
    [{ ...good, horizonDays: 0 }, 'invalid-config', '$.horizonDays'],
    [{ ...good, noticeMinutes: -5 }, 'invalid-config', '$.noticeMinutes'],
    [null, 'invalid-config', '$'],
  ])('refuses %j with %s at %s', (input, code, path) => {
    expect(callback.parseAvailabilityConfig(input)).toMatchObject({ ok: false, error: { code, path } });
  });

  it('keeps __proto__ keys inert', () => {
    const polluted = JSON.parse('{"zone":"UTC","bucketMinutes":15,"capacity":1,"weekly":{"__proto__":{"mon":[]}}}') as unknown;
    expect(callback.parseAvailabilityConfig(polluted)).toMatchObject({ ok: false, error: { path: '$.weekly.__proto__' } });
    const special = JSON.parse('{"zone":"UTC","bucketMinutes":15,"capacity":1,"weekly":{},"special":{"__proto__":[]}}') as unknown;
    expect(callback.parseAvailabilityConfig(special)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    const inherited = Object.create({ zone: 'UTC', bucketMinutes: 15, capacity: 1, weekly: {} }) as unknown;
    expect(callback.parseAvailabilityConfig(inherited)).toMatchObject({ ok: false, error: { path: '$.zone' } });
    expect(({} as Record<string, unknown>).mon).toBeUndefined();
  });

  it('accepts 24:00 as the end of the day', () => {
    const slots = slotsOf({ zone: 'UTC', bucketMinutes: 120, capacity: 1, weekly: { tue: [{ from: '20:00', until: '24:00' }] } }, { at: Date.UTC(2026, 10, 24) });
    expect(slots.slice(0, 2).map((s) => s.start)).toEqual([Date.UTC(2026, 10, 24, 20), Date.UTC(2026, 10, 24, 22)]);
    expect(slots[1]?.end).toBe(Date.UTC(2026, 10, 25));
  });

  it('offers the first pass of a fall-back hour when the second pass lies beyond the horizon (Troll, two-hour DST)', () => {
    // Troll goes from +02 to +00 at 01:00Z on 25 October 2026: local 01:00 happens at 23:00Z and at 01:00Z.
    const slots = slotsOf(
      { zone: 'Antarctica/Troll', bucketMinutes: 5, capacity: 1, weekly: { sun: [{ from: '01:00', until: '01:05' }] }, horizonDays: 2 },
      { at: Date.UTC(2026, 9, 23) },
    );
    expect(slots.map((s) => s.start)).toEqual([Date.UTC(2026, 9, 24, 23)]);
  });
});
