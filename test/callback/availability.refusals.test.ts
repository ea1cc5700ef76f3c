// callback.availability's query refusals name the JSON path of what they refused (issue 22: these details
// were never asserted), and a query whose range is empty once notice and horizon apply gives no slots.
import { describe, expect, it } from 'vitest';
import { core, callback } from '../../src/index.js';

const config = { zone: 'America/New_York', bucketMinutes: 60, capacity: 2, weekly: { tue: [{ from: '09:00', until: '12:00' }] } };
const at = Date.UTC(2026, 10, 23);
const refusal = (query: unknown): unknown => {
  const r = callback.availability(config, query as callback.AvailabilityQuery);
  return r.ok ? 'accepted' : { code: r.error.code, path: r.error.path ?? (r.error.details as { path?: string } | undefined)?.path };
};

describe('callback.availability: query refusals', () => {
  it('name the path of the bad field', () => {
    expect(refusal(null)).toEqual({ code: 'invalid-config', path: '$' });
    expect(refusal({ at: Number.NaN })).toEqual({ code: 'invalid-instant', path: '$.at' });
    expect(refusal({ at: core.maxInstant + 1 })).toEqual({ code: 'invalid-instant', path: '$.at' });
    expect(refusal({ at, from: -1 })).toEqual({ code: 'invalid-instant', path: '$.from' });
    expect(refusal({ at, until: 'soon' })).toEqual({ code: 'invalid-instant', path: '$.until' });
  });

  it('accepts the last supported instant, and a range emptied by from/until gives no slots', () => {
    expect(refusal({ at: core.maxInstant })).toBe('accepted');
    const r = callback.availability(config, { at, from: Date.UTC(2026, 10, 24, 17), until: Date.UTC(2026, 10, 24, 17) });
    expect(r.ok && r.value).toEqual([]);
    const one = callback.availability(config, { at, from: Date.UTC(2026, 10, 24, 14), until: Date.UTC(2026, 10, 24, 14, 1) });
    expect(one.ok && one.value.map((s) => s.start)).toEqual([Date.UTC(2026, 10, 24, 14)]);
  });
});
