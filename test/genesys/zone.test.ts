import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { genesys, outbound, time } from '../../src/index.js';

describe('genesys.ianaZone', () => {
  it('reads the default objects as their places, with DST (EST is New York, not a fixed -05:00)', () => {
    expect(genesys.ianaZone('EST')).toEqual({ ok: true, value: 'America/New_York' });
    expect(genesys.ianaZone('MST')).toEqual({ ok: true, value: 'America/Denver' });
    expect(genesys.ianaZone('PNT')).toEqual({ ok: true, value: 'America/Phoenix' });
    expect(genesys.ianaZone('ECT')).toEqual({ ok: true, value: 'Europe/Paris' });
    expect(genesys.ianaZone('PST')).toEqual({ ok: true, value: 'America/Los_Angeles' });
  });

  it('refuses what it does not know, never guessing (GMT, case variants, IANA names, junk)', () => {
    for (const name of ['GMT', 'est', 'America/New_York', 'XYZ', '', ' EST', 42, null, {}, 'x'.repeat(65)]) {
      const r = genesys.ianaZone(name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('unknown-genesys-zone');
    }
  });

  it('takes overrides first, and refuses an override that is not an IANA zone', () => {
    expect(genesys.ianaZone('GMT', { GMT: 'Europe/London' })).toEqual({ ok: true, value: 'Europe/London' });
    expect(genesys.ianaZone('EST', { EST: 'America/Panama' })).toEqual({ ok: true, value: 'America/Panama' });
    expect(genesys.ianaZone('Tenant East', { 'Tenant East': 'america/new_york' })).toEqual({ ok: true, value: 'America/New_York' });
    const bad = genesys.ianaZone('GMT', { GMT: 'Mars/Base' });
    expect(!bad.ok && bad.error.code).toBe('unknown-genesys-zone');
    expect(genesys.ianaZone('toString', {}).ok).toBe(false);
    expect(genesys.ianaZone('__proto__', JSON.parse('{"__proto__": "UTC"}') as Record<string, string>).ok).toBe(true);
  });

  it('agrees with luxon for every row, in January and July of any year 2000-2040: DST flag and offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), (year) => {
        for (const row of genesys.genesysZones) {
          const z = genesys.ianaZone(row.name);
          expect(z).toEqual({ ok: true, value: row.iana });
          const jan = DateTime.fromObject({ year, month: 1, day: 15, hour: 12 }, { zone: row.iana });
          const jul = DateTime.fromObject({ year, month: 7, day: 15, hour: 12 }, { zone: row.iana });
          expect(jan.isValid && jul.isValid).toBe(true);
          for (const dt of [jan, jul]) {
            const reading = time.local(dt.toMillis(), row.iana);
            expect(reading.ok && reading.value.offsetMinutes, `${row.name} ${dt.toISO() ?? ''}`).toBe(dt.offset);
          }
          // The table's DST flag describes the zone's current rules; only recent years are held to it.
          if (year >= 2023) expect(jan.offset !== jul.offset, `${row.name} ${year}`).toBe(row.dst === 'observes');
        }
      }),
      { numRuns: 41 },
    );
  });

  it('every row names its source', () => {
    for (const row of genesys.genesysZones) expect(row.source.length).toBeGreaterThan(20);
    expect(new Set(genesys.genesysZones.map((r) => r.name)).size).toBe(genesys.genesysZones.length);
  });
});

describe('outbound.records.parseRecord takes a resolved IANA zone (breaking: no abbreviation is read as a zone)', () => {
  const base = { GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_PHONE: '5550100' };
  it('refuses EST and other bare abbreviations the engine would read as fixed offsets', () => {
    for (const tz of ['EST', 'MST', 'HST', 'EST5EDT', 'CET', 'GMT', 'Japan']) {
      const r = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: tz });
      expect(!r.ok && r.error.code, tz).toBe('unknown-zone');
    }
  });
  it('uses options.timeZone when given, over the data', () => {
    const r = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: 'EST' }, { timeZone: 'America/New_York' });
    expect(r.ok && r.value.timeZone).toBe('America/New_York');
  });
  it('a 21:30 EDT call is judged at 21:30 (the EST record resolved through genesys.ianaZone)', () => {
    const z = genesys.ianaZone('EST');
    const r = z.ok ? outbound.records.parseRecord({ ...base, GSW_TZ_NAME: 'EST' }, { timeZone: z.value }) : undefined;
    const at = Date.UTC(2026, 6, 1, 1, 30); // 2026-06-30 21:30 EDT
    expect(r?.ok && DateTime.fromMillis(at, { zone: r.value.timeZone }).toFormat('HH:mm')).toBe('21:30');
  });
});
