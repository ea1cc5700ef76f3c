import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, outbound } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

const configCodes = ['invalid-config', 'invalid-bucket', 'invalid-period', 'invalid-capacity', 'unknown-zone', 'invalid-date', 'invalid-time'];
const responseCodes = ['invalid-response', 'invalid-iso', 'inconsistent-response', 'unknown-zone'];
const recordCodes = ['invalid-record-data', 'missing-field', 'invalid-field', 'unknown-zone'];

describe('business hours arbitraries', () => {
  it('businessHours: the parser accepts every value and keeps its zone, bucket and horizon', () => {
    fc.assert(
      fc.property(testing.businessHours(), (config) => {
        const r = callback.parseAvailabilityConfig(config);
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        expect(r.value.bucketMinutes).toBe(config.bucketMinutes);
        expect(r.value.horizonDays).toBe(config.horizonDays ?? 30);
        expect(Object.keys(r.value.special).sort()).toEqual(Object.keys(config.special ?? {}).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('businessHours: computing slots from any of them works (the parsed rules are usable)', () => {
    fc.assert(
      fc.property(testing.businessHours({ horizonDays: fc.constant(1) }), testing.instant(), (config, at) => {
        expect(callback.availability(config, { at }).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('untrustedBusinessHours: refused with a config code, never thrown', () => {
    fc.assert(
      fc.property(testing.untrustedBusinessHours(), (config) => {
        const r = callback.parseAvailabilityConfig(config);
        expect(r.ok ? 'accepted' : configCodes.includes(r.error.code)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('availability payload arbitraries', () => {
  it('engagementAvailability: parsed, sorted, with remaining at most the capacity', () => {
    fc.assert(
      fc.property(testing.engagementAvailability(), (body) => {
        const r = callback.parseEngagementAvailability(body);
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        const raw = 'data' in body ? body.data : body;
        expect(r.value.slots).toHaveLength(raw.slots.length);
        expect(r.value.durationMin).toBe(raw.durationMin);
        r.value.slots.forEach((s, i) => {
          expect(s.remaining).toBeLessThanOrEqual(s.capacity);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual((r.value.slots[i - 1] as callback.Slot).end);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gmsAvailability: parsed with its bucket length, one slot per key', () => {
    fc.assert(
      fc.property(testing.gmsAvailability(), ({ body, durationMin }) => {
        const r = callback.parseGmsAvailability(body, { durationMin });
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        expect(r.value.slots).toHaveLength(Object.keys(body).length);
        expect(r.value.slots.every((s) => s.end - s.start === durationMin * 60_000)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the untrusted variants are refused with a response code, never thrown', () => {
    fc.assert(
      fc.property(testing.untrustedEngagementAvailability(), testing.untrustedGmsAvailability(), (engagement, gms) => {
        const a = callback.parseEngagementAvailability(engagement);
        const b = callback.parseGmsAvailability(gms.body, { durationMin: gms.durationMin });
        expect(a.ok ? 'accepted' : responseCodes.includes(a.error.code)).toBe(true);
        expect(b.ok ? 'accepted' : responseCodes.includes(b.error.code)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('outbound record arbitraries', () => {
  it('outboundRecordData: parsed, handle, position and zone kept (the codes: test/outbound/records)', () => {
    fc.assert(
      fc.property(testing.outboundRecordData(), (data) => {
        const r = outbound.parseRecord(data);
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        expect(String(r.value.handle)).toBe(data.GSW_RECORD_HANDLE);
        expect(String(r.value.chainN)).toBe(data.GSW_CHAIN_N ?? data.chain_n);
        expect(r.value.timeZone).toBe(data.GSW_TZ_NAME);
      }),
      { numRuns: 300 },
    );
  });

  it('outboundChain: one chain, every record parsed, chainOf orders it by chain_n', () => {
    fc.assert(
      fc.property(testing.outboundChain({ minLength: 1, maxLength: 6 }), (chain) => {
        const records = chain.map((data) => {
          const r = outbound.parseRecord(data);
          if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
          return r.value;
        });
        const chainId = (records[0] as outbound.OutboundRecord).chainId;
        expect(records.every((r) => r.chainId === chainId && r.timeZone === records[0]?.timeZone)).toBe(true);
        expect(new Set(records.map((r) => r.handle)).size).toBe(records.length);
        const ordered = outbound.chainOf(records, chainId);
        expect(ordered.map((r) => r.chainN)).toEqual(records.map((r) => r.chainN).sort((a, b) => a - b));
        const first = ordered[0] as outbound.OutboundRecord;
        expect(outbound.nextInChain(ordered, first.chainN)).toBe(ordered[1]);
      }),
      { numRuns: 200 },
    );
  });

  it('untrustedRecordData: refused with a record code, never thrown', () => {
    fc.assert(
      fc.property(testing.untrustedRecordData(), (data) => {
        const r = outbound.parseRecord(data);
        expect(r.ok ? 'accepted' : recordCodes.includes(r.error.code)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
