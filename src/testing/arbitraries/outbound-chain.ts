import fc from 'fast-check';
import { recordSpec, writeRecordData, type RecordData, type RecordDataOptions } from './outbound-record.js';
import { arbitraryOption, integerOption, isZoneName, optionsOf } from './options.js';
import { rangeError } from '../../core/internal.js';

/**
 * Options of {@link outboundChain}.
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const o: arbitraries.ChainOptions = { minLength: 2, maxLength: 3 };
 * ```
 */
export interface ChainOptions {
  /** The chain id (default: any from 1 to 10^6). */
  readonly chainId?: number;
  /** The fewest records, 0 to 10 (default 1). */
  readonly minLength?: number;
  /** The most records (default 5, or `minLength` when that is more; more than 10 reads as 10). */
  readonly maxLength?: number;
  /** The contact's zones (default: a few tricky zones); one zone for the whole chain. */
  readonly zones?: RecordDataOptions['zones'];
}

/**
 * The records of one chain (one contact's numbers) as a server delivers them: the same `chain_id`,
 * distinct `chain_n` (not necessarily consecutive) and handles, one zone, in any delivery order (not
 * the dialling order). Each record is {@link outboundRecordData}: `outbound.records.parseRecord` accepts it, and
 * `outbound.records.chainOf` puts the parsed records in ascending `chain_n`.
 *
 * @throws RangeError when an option is not one (`minLength` an integer from 0 to 10, `maxLength` a whole number not below it, `chainId` a whole number, `zones` an arbitrary of IANA zone names), naming it; a drawn zone that is not one throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { outbound } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.outboundChain(), (chain) => {
 *     const records = chain.flatMap((data) => {
 *       const r = outbound.records.parseRecord(data);
 *       return r.ok ? [r.value] : [];
 *     });
 *     const ordered = outbound.records.chainOf(records, records[0]?.chainId ?? -1);
 *     return ordered.length === chain.length && ordered.every((r, i) => i === 0 || (ordered[i - 1]?.chainN ?? 0) < r.chainN);
 *   }),
 * );
 * ```
 */
export function outboundChain(options: ChainOptions = {}): fc.Arbitrary<readonly RecordData[]> {
  const raw = optionsOf('outboundChain', options);
  const minLength = integerOption('outboundChain', raw, 'minLength', 0, 10) ?? 1;
  const maxLength = Math.min(10, integerOption('outboundChain', raw, 'maxLength', 0, Number.MAX_SAFE_INTEGER) ?? Math.max(5, minLength));
  if (maxLength < minLength) throw rangeError('testing.arbitraries.outboundChain', `options.maxLength to be at least options.minLength (${minLength})`, maxLength);
  const chainId = integerOption('outboundChain', raw, 'chainId', 0, Number.MAX_SAFE_INTEGER);
  const zones = arbitraryOption('outboundChain', raw, 'zones', 'IANA zone names', isZoneName);
  return fc
    .record({
      chainId: chainId === undefined ? fc.integer({ min: 1, max: 1_000_000 }) : fc.constant(chainId),
      zone: zones ?? fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
      firstHandle: fc.integer({ min: 1, max: 1_000_000_000 }),
      positions: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength, maxLength }),
    })
    .chain(({ chainId, zone, firstHandle, positions }) =>
      fc.tuple(...positions.map((chainN, i) => recordSpec({ handle: firstHandle + i, chainId, chainN, zones: fc.constant(zone) }))),
    )
    .map((specs) => specs.map(writeRecordData));
}
