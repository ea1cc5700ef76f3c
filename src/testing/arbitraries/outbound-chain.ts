import fc from 'fast-check';
import { recordSpec, writeRecordData, type RecordData, type RecordDataOptions } from './outbound-record.js';

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
  /** The fewest records (default 1). */
  readonly minLength?: number;
  /** The most records (default 5, at most 10). */
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
  const minLength = options.minLength ?? 1;
  const maxLength = Math.min(10, options.maxLength ?? 5);
  return fc
    .record({
      chainId: options.chainId === undefined ? fc.integer({ min: 1, max: 1_000_000 }) : fc.constant(options.chainId),
      zone: options.zones ?? fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
      firstHandle: fc.integer({ min: 1, max: 1_000_000_000 }),
      positions: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength, maxLength }),
    })
    .chain(({ chainId, zone, firstHandle, positions }) =>
      fc.tuple(...positions.map((chainN, i) => recordSpec({ handle: firstHandle + i, chainId, chainN, zones: fc.constant(zone) }))),
    )
    .map((specs) => specs.map(writeRecordData));
}
