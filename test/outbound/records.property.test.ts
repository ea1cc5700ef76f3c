import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

const fields: outbound.records.FieldDeclaration[] = [
  { key: 'balance', type: 'number' },
  { key: 'vip', type: 'boolean' },
  { key: 'due', type: 'date' },
];
const keys: string[] = [...(Object.values(outbound.records.recordKeys) as string[]), 'chain_n', 'balance', 'vip', 'due', '__proto__', 'constructor', 'toString'];
const anyValue = fc.oneof(fc.string(), fc.integer().map(String), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.object(), fc.constantFrom('UTC', 'Mars/Base', 'asia/kolkata', '-1', '86400', '53', ''));

describe('parseRecord on untrusted data', () => {
  it('never throws and either refuses with a field or yields a consistent record', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue), fc.anything(), (data, junk) => {
        for (const input of [data, junk]) {
          const r = outbound.records.parseRecord(input, { fields });
          if (r.ok) {
            const v = r.value;
            expect(Number.isSafeInteger(v.handle) && v.handle >= 0).toBe(true);
            expect(v.dailyFrom >= 0 && v.dailyTill <= 86400).toBe(true);
            expect(outbound.records.callResults).toContain(v.callResult);
            expect(JSON.parse(JSON.stringify(v))).toEqual(v);
          } else {
            expect(['invalid-record-data', 'missing-field', 'invalid-field', 'unknown-zone']).toContain(r.error.code);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads back every numeric code of the four enumerations as the code it was sent as', () => {
    fc.assert(
      fc.property(arbitraries.outboundRecordData(), (data) => {
        const r = outbound.records.parseRecord(data);
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        const codes: [string, readonly string[], string][] = [
          ['GSW_CALL_RESULT', outbound.records.callResults, r.value.callResult],
          ['GSW_RECORD_STATUS', outbound.records.recordStatuses, r.value.recordStatus],
          ['GSW_RECORD_TYPE', outbound.records.recordTypes, r.value.recordType],
          ['GSW_PHONE_TYPE', outbound.records.contactInfoTypes, r.value.contactInfoType],
        ];
        for (const [key, list, name] of codes) if (data[key] !== undefined) expect(String(list.indexOf(name))).toBe(data[key]);
      }),
      { numRuns: 300 },
    );
  });
});
