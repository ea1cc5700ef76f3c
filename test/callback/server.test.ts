import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, time } from '../../src/index.js';
import { trickyZones } from './zones.js';

const body = {
  durationMin: 15,
  timezone: 'America/New_York',
  slots: [
    { utcTime: '2026-11-24T14:15:00.000Z', localTime: '2026-11-24T09:15:00.000', capacity: 0, total: 4 },
    { utcTime: '2026-11-24T14:00:00.000Z', localTime: '2026-11-24T09:00:00.000', capacity: 3, total: 4 },
  ],
};

describe('callback.parseEngagementAvailability', () => {
  it('parses and sorts the slots', () => {
    expect(callback.parseEngagementAvailability(body)).toEqual({
      ok: true,
      value: {
        durationMin: 15,
        zone: 'America/New_York',
        slots: [
          { start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 15), capacity: 4, remaining: 3 },
          { start: Date.UTC(2026, 10, 24, 14, 15), end: Date.UTC(2026, 10, 24, 14, 30), capacity: 4, remaining: 0 },
        ],
      },
    });
  });

  it('accepts the { data } envelope and offsets other than Z', () => {
    const r = callback.parseEngagementAvailability({ data: { ...body, slots: [{ utcTime: '2026-11-24T09:00:00-05:00', capacity: 1, total: 1 }] } });
    expect(r.ok && r.value.slots[0]?.start).toBe(Date.UTC(2026, 10, 24, 14));
  });

  it.each([
    [[], 'invalid-response', '$'],
    [{ ...body, durationMin: 0 }, 'invalid-response', '$.durationMin'],
    [{ ...body, timezone: 'Nowhere/Land' }, 'unknown-zone', '$.timezone'],
    [{ ...body, slots: {} }, 'invalid-response', '$.slots'],
    [{ ...body, slots: [null] }, 'invalid-response', '$.slots[0]'],
    [{ ...body, slots: [{ ...body.slots[0], utcTime: '2026-11-24T14:15:00.000' }] }, 'invalid-iso', '$.slots[0].utcTime'],
    [{ ...body, slots: [{ ...body.slots[0], utcTime: '2026-02-30T14:15:00Z' }] }, 'invalid-iso', '$.slots[0].utcTime'],
    [{ ...body, slots: [{ ...body.slots[0], localTime: '2026-11-24T10:15:00.000' }] }, 'inconsistent-response', '$.slots[0].localTime'],
    [{ ...body, slots: [{ ...body.slots[0], capacity: '3' }] }, 'invalid-response', '$.slots[0].capacity'],
    [{ ...body, slots: [{ ...body.slots[0], total: -1 }] }, 'invalid-response', '$.slots[0].total'],
    [{ ...body, slots: [{ ...body.slots[0], capacity: 5 }] }, 'inconsistent-response', '$.slots[0].capacity'],
    [{ ...body, slots: [body.slots[0], { ...body.slots[1], utcTime: '2026-11-24T14:20:00Z', localTime: undefined }] }, 'inconsistent-response', '$.slots[1].utcTime'],
    [{ data: { ...body, durationMin: 'x' } }, 'invalid-response', '$.data.durationMin'],
  ])('refuses %j (%s at %s)', (input, code, path) => {
    expect(callback.parseEngagementAvailability(input)).toMatchObject({ ok: false, error: { code, path } });
  });

  it('never throws and keeps __proto__ inert', () => {
    const polluted = JSON.parse('{"__proto__":{"slots":[]},"durationMin":15}') as unknown;
    expect(callback.parseEngagementAvailability(polluted)).toMatchObject({ ok: false, error: { path: '$.slots' } });
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = callback.parseEngagementAvailability(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('round-trips through toEngagementAvailability in every zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...trickyZones),
        fc.integer({ min: Date.UTC(2025, 0, 1) / 900_000, max: Date.UTC(2027, 11, 31) / 900_000 }),
        fc.array(fc.record({ gap: fc.integer({ min: 1, max: 200 }), total: fc.integer({ min: 0, max: 5 }), taken: fc.integer({ min: 0, max: 5 }) }), { maxLength: 20 }),
        (zone, firstQuarter, steps) => {
          let t = firstQuarter * 900_000;
          const slots = steps.map(({ gap, total, taken }) => {
            t += gap * 900_000;
            return { start: t, end: t + 900_000, capacity: total, remaining: Math.max(0, total - taken) };
          });
          const written = callback.toEngagementAvailability(slots, zone, 15);
          const again = callback.parseEngagementAvailability(JSON.parse(JSON.stringify(written)));
          expect(again).toEqual({ ok: true, value: { slots, durationMin: 15, zone } });
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('callback.parseGmsAvailability', () => {
  it('parses the map of ISO date-time to remaining count', () => {
    const r = callback.parseGmsAvailability({ '2026-11-24T14:15:00.000Z': 0, '2026-11-24T09:00:00-05:00': 2 }, { durationMin: 15 });
    expect(r).toEqual({
      ok: true,
      value: {
        durationMin: 15,
        zone: null,
        slots: [
          { start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 15), capacity: 2, remaining: 2 },
          { start: Date.UTC(2026, 10, 24, 14, 15), end: Date.UTC(2026, 10, 24, 14, 30), capacity: 0, remaining: 0 },
        ],
      },
    });
  });

  it.each([
    [{ 'not a date': 1 }, 'invalid-iso', '$["not a date"]'],
    [{ '2026-11-24T14:15:00.000Z': -1 }, 'invalid-response', '$["2026-11-24T14:15:00.000Z"]'],
    [{ '2026-11-24T14:15:00.000Z': 1, '2026-11-24T09:15:00-05:00': 1 }, 'inconsistent-response', '$["2026-11-24T09:15:00-05:00"]'],
    ['x', 'invalid-response', '$'],
  ])('refuses %j', (input, code, path) => {
    expect(callback.parseGmsAvailability(input)).toMatchObject({ ok: false, error: { code, path } });
  });

  it('keeps __proto__ inert', () => {
    const polluted = JSON.parse('{"__proto__": 5}') as unknown;
    expect(callback.parseGmsAvailability(polluted)).toMatchObject({ ok: false, error: { code: 'invalid-iso', path: '$.__proto__' } });
  });
});

describe('ISO instants', () => {
  it('round-trip through isoUtc and isoInZone in every zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...trickyZones), fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (zone, at) => {
        expect(time.parseInstant(time.isoUtc(at))).toEqual({ ok: true, value: at });
        expect(time.parseInstant(time.isoInZone(at, zone))).toEqual({ ok: true, value: at });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('refuses local date-times, impossible dates and non-strings', () => {
    for (const bad of ['2026-11-24T10:00:00', '2026-02-29T10:00:00Z', '2026-11-24T24:00:00Z', '2026-11-24 10:00Z', 5, null, '1969-12-31T23:59:59Z']) {
      expect(time.parseInstant(bad)).toMatchObject({ ok: false, error: { code: 'invalid-iso' } });
    }
  });
});

describe('callback.parseGmsAvailability bucket (GMS `_request_time_bucket`)', () => {
  it('defaults to 5-minute buckets, GMS\'s own default', () => {
    const r = callback.parseGmsAvailability({ '2026-11-24T14:00:00.000Z': 3 });
    expect(r).toMatchObject({ ok: true, value: { durationMin: 5, slots: [{ start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 5) }] } });
    expect(callback.gmsDefaultBucketMinutes).toBe(5);
  });
  it.each([5, 10, 15, 20, 30, 60, 120])('reads the configured bucket %i', (m) => {
    const r = callback.parseGmsAvailability({ '2026-11-24T14:00:00.000Z': 3 }, { durationMin: m });
    expect(r.ok && r.value.slots[0]?.end).toBe(Date.UTC(2026, 10, 24, 14) + m * 60_000);
  });
  it.each([0, 7, 45, 1440, Number.NaN, '5'])('refuses a bucket GMS does not allow (%s)', (m) => {
    const r = callback.parseGmsAvailability({ '2026-11-24T14:00:00.000Z': 3 }, { durationMin: m as number });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-bucket', path: '$options.durationMin' } });
  });
});
