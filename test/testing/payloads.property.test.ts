import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, outbound, type core } from '../../src/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

const configCodes = ['invalid-config', 'invalid-bucket', 'invalid-period', 'invalid-capacity', 'unknown-zone', 'invalid-date', 'invalid-time'];
const responseCodes = ['invalid-response', 'invalid-iso', 'inconsistent-response', 'unknown-zone'];
const recordCodes = ['invalid-record-data', 'missing-field', 'invalid-field', 'unknown-zone'];

/** The value of an accepted parse; a refusal fails the property with its code. */
function accepted<T>(r: core.Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
}

/** A refusal with one of `codes` (an accepted parse fails). */
function expectRefused(r: core.Result<unknown>, codes: readonly string[]): void {
  expect(codes).toContain(r.ok ? 'accepted' : r.error.code);
}

describe('business hours arbitraries', () => {
  it('businessHours: the parser accepts every value and keeps its zone, bucket and horizon', () => {
    fc.assert(
      fc.property(arbitraries.businessHours(), (config) => {
        const v = accepted(callback.parseAvailabilityConfig(config));
        expect(v.bucketMinutes).toBe(config.bucketMinutes);
        expect(v.horizonDays).toBe(config.horizonDays ?? 30);
        expect(Object.keys(v.special).sort()).toEqual(Object.keys(config.special ?? {}).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('businessHours: computing slots from any of them works (the parsed rules are usable)', () => {
    fc.assert(
      fc.property(arbitraries.businessHours({ horizonDays: fc.constant(1) }), arbitraries.instant(), (config, at) => {
        expect(callback.availability(config, { at }).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('untrustedBusinessHours: refused with a config code, never thrown', () => {
    fc.assert(
      fc.property(arbitraries.untrustedBusinessHours(), (config) => {
        expectRefused(callback.parseAvailabilityConfig(config), configCodes);
      }),
      { numRuns: 400 },
    );
  });
});

describe('availability payload arbitraries', () => {
  it('engagementAvailability: parsed, sorted, with remaining at most the capacity', () => {
    fc.assert(
      fc.property(arbitraries.engagementAvailability(), (body) => {
        const v = accepted(callback.parseEngagementAvailability(body));
        const raw = 'data' in body ? body.data : body;
        expect(v.slots).toHaveLength(raw.slots.length);
        expect(v.durationMin).toBe(raw.durationMin);
        v.slots.forEach((s, i) => {
          expect(s.remaining).toBeLessThanOrEqual(s.capacity);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual((v.slots[i - 1] as callback.Slot).end);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gmsAvailability: parsed with its bucket length, one slot per key', () => {
    fc.assert(
      fc.property(arbitraries.gmsAvailability(), ({ body, durationMin }) => {
        const v = accepted(callback.parseGmsAvailability(body, { durationMin }));
        expect(v.slots).toHaveLength(Object.keys(body).length);
        expect(v.slots.every((s) => s.end - s.start === durationMin * 60_000)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the untrusted variants are refused with a response code, never thrown', () => {
    fc.assert(
      fc.property(arbitraries.untrustedEngagementAvailability(), arbitraries.untrustedGmsAvailability(), (engagement, gms) => {
        expectRefused(callback.parseEngagementAvailability(engagement), responseCodes);
        expectRefused(callback.parseGmsAvailability(gms.body, { durationMin: gms.durationMin }), responseCodes);
      }),
      { numRuns: 400 },
    );
  });
});

describe('outbound record arbitraries', () => {
  it('outboundRecordData: parsed, handle, position and zone kept (the codes: test/outbound/records)', () => {
    fc.assert(
      fc.property(arbitraries.outboundRecordData(), (data) => {
        const v = accepted(outbound.records.parseRecord(data));
        expect(String(v.handle)).toBe(data.GSW_RECORD_HANDLE);
        expect(String(v.chainN)).toBe(data.GSW_CHAIN_N ?? data.chain_n);
        expect(v.timeZone).toBe(data.GSW_TZ_NAME);
      }),
      { numRuns: 300 },
    );
  });

  it('outboundChain: one chain, every record parsed, chainOf orders it by chain_n', () => {
    fc.assert(
      fc.property(arbitraries.outboundChain({ minLength: 1, maxLength: 6 }), (chain) => {
        const records = chain.map((data) => accepted(outbound.records.parseRecord(data)));
        const chainId = (records[0] as outbound.records.OutboundRecord).chainId;
        expect(records.every((r) => r.chainId === chainId && r.timeZone === records[0]?.timeZone)).toBe(true);
        expect(new Set(records.map((r) => r.handle)).size).toBe(records.length);
        const ordered = outbound.records.chainOf(records, chainId);
        expect(ordered.map((r) => r.chainN)).toEqual(records.map((r) => r.chainN).sort((a, b) => a - b));
        const first = ordered[0] as outbound.records.OutboundRecord;
        expect(outbound.records.nextInChain(ordered, first.chainN)).toBe(ordered[1]);
      }),
      { numRuns: 200 },
    );
  });

  it('untrustedRecordData: refused with a record code, never thrown', () => {
    fc.assert(
      fc.property(arbitraries.untrustedRecordData(), (data) => {
        expectRefused(outbound.records.parseRecord(data), recordCodes);
      }),
      { numRuns: 400 },
    );
  });
});
