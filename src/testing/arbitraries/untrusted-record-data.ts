import fc from 'fast-check';
import { recordOptions, recordSpec, writeRecordData, type RecordDataOptions } from './outbound-record.js';

/** One change that makes valid record data invalid: a key removed or set to a bad value. */
type Corruption = readonly [key: string, value: unknown];

const CORRUPTIONS: readonly Corruption[] = [
  ['GSW_RECORD_HANDLE', undefined],
  ['GSW_RECORD_HANDLE', '-1'],
  ['GSW_RECORD_HANDLE', '1.5'],
  ['GSW_RECORD_HANDLE', '12abc'],
  ['GSW_RECORD_HANDLE', '99999999999999999999'],
  ['GSW_CHAIN_ID', undefined],
  ['GSW_CHAIN_ID', 'chain-7'],
  ['GSW_PHONE', undefined],
  ['GSW_PHONE', '   '],
  ['GSW_PHONE', { number: '5550100' }],
  ['GSW_RECORD_TYPE', '8'],
  ['GSW_RECORD_STATUS', '10'],
  ['GSW_PHONE_TYPE', '12'],
  ['GSW_CALL_RESULT', '54'],
  ['GSW_CALL_RESULT', '-6'],
  ['GSW_ATTEMPTS', '1000001'],
  ['GSW_DIAL_SCHED_TIME', '253402300800'],
  ['GSW_FROM', '86401'],
  ['GSW_UNTIL', '-1'],
  ['GSW_TZ_NAME', undefined],
  ['GSW_TZ_NAME', 'Mars/Olympus_Mons'],
  ['GSW_TZ_NAME', ['UTC']],
];

/**
 * Record data `outbound.records.parseRecord` must refuse (without a `defaultZone`), without throwing: valid
 * `outboundRecordData` with one required key removed or one value out of its type or range (a
 * negative or fractional handle, a code past the end of its enumeration, a window second past 86 400,
 * an unknown zone, a non-string value), or something that is not an object of keys at all.
 *
 * @throws RangeError when an option is not one (`handle`, `chainId`, `chainN` whole numbers, `zones` an arbitrary of IANA zone names), naming it; a drawn zone that is not one throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { outbound } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.untrustedRecordData(), (data) => !outbound.records.parseRecord(data).ok));
 * ```
 */
export function untrustedRecordData(options: RecordDataOptions = {}): fc.Arbitrary<unknown> {
  const corrupted = fc.tuple(recordSpec(recordOptions('untrustedRecordData', options)).map(writeRecordData), fc.constantFrom(...CORRUPTIONS)).map(([data, [key, value]]) => {
    const { [key]: _dropped, ...rest } = data;
    return value === undefined ? rest : { ...rest, [key]: value };
  });
  const notAnObject = fc.constantFrom<unknown>(null, undefined, 'GSW_RECORD_HANDLE=1', 42, [], [['GSW_RECORD_HANDLE', '1']]);
  return fc.oneof({ weight: 5, arbitrary: corrupted }, { weight: 1, arbitrary: notAnObject });
}
