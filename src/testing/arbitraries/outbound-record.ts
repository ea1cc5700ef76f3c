import fc from 'fast-check';
import { callResults, contactInfoTypes, recordStatuses, recordTypes } from '../../outbound/records/codes.js';
import { trickyZone } from './time.js';
import { arbitraryOption, integerOption, isZoneName, optionsOf } from './options.js';

/**
 * Record data as an OCS server delivers it: strings under `GSW_*` keys (what `outbound.records.parseRecord` reads).
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const data: arbitraries.RecordData = { GSW_RECORD_HANDLE: '1', GSW_CHAIN_ID: '7', GSW_PHONE: '5550100', GSW_TZ_NAME: 'UTC' };
 * ```
 */
export type RecordData = Readonly<Record<string, string>>;

/**
 * Options of {@link outboundRecordData}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const o: arbitraries.RecordDataOptions = { chainId: 55, zones: fc.constant('America/Chicago') };
 * ```
 */
export interface RecordDataOptions {
  /** The record handle (default: any from 1 to 10^9). */
  readonly handle?: number;
  /** The chain id, `chain_id` (default: any from 1 to 10^6). */
  readonly chainId?: number;
  /** The position in the chain, `chain_n` (default: any from 0 to 9). */
  readonly chainN?: number;
  /** The contact's zones (default: any of {@link trickyZone}). */
  readonly zones?: fc.Arbitrary<string>;
}

/** What one generated record holds, before it is written as server strings. */
export interface RecordSpec {
  readonly handle: number;
  readonly chainId: number;
  readonly chainN: number;
  readonly zone: string;
  readonly phone?: string;
  readonly codes?: { readonly contactInfoType: number; readonly recordType: number; readonly recordStatus: number; readonly callResult: number };
  readonly attempts?: number;
  readonly dialSchedTime?: number | null;
  readonly window?: readonly [number, number];
  readonly campaignName?: string | null;
  /** Write the position under the calling-list column name `chain_n` instead of `GSW_CHAIN_N`. */
  readonly chainNAlias?: boolean;
}

/** Writes a record as the strings a server sends (missing optional parts are left out, as OCS may). */
export function writeRecordData(spec: RecordSpec): RecordData {
  const data: Record<string, string> = {
    GSW_RECORD_HANDLE: String(spec.handle),
    GSW_CHAIN_ID: String(spec.chainId),
    [spec.chainNAlias === true ? 'chain_n' : 'GSW_CHAIN_N']: String(spec.chainN),
    GSW_PHONE: spec.phone ?? `+1555${String(spec.chainId % 10_000).padStart(4, '0')}${spec.chainN}`,
    GSW_TZ_NAME: spec.zone,
  };
  if (spec.codes !== undefined) {
    data.GSW_PHONE_TYPE = String(spec.codes.contactInfoType);
    data.GSW_RECORD_TYPE = String(spec.codes.recordType);
    data.GSW_RECORD_STATUS = String(spec.codes.recordStatus);
    data.GSW_CALL_RESULT = String(spec.codes.callResult);
  }
  if (spec.attempts !== undefined) data.GSW_ATTEMPTS = String(spec.attempts);
  if (spec.dialSchedTime !== undefined && spec.dialSchedTime !== null) data.GSW_DIAL_SCHED_TIME = String(spec.dialSchedTime);
  if (spec.window !== undefined) {
    data.GSW_FROM = String(spec.window[0]);
    data.GSW_UNTIL = String(spec.window[1]);
  }
  if (spec.campaignName !== undefined && spec.campaignName !== null) data.GSW_CAMPAIGN_NAME = spec.campaignName;
  return data;
}

/**
 * The record options checked in the name of `fn` (internal): `handle`, `chainId` and `chainN` whole
 * numbers from 0 to 2^53 - 1, `zones` an arbitrary of IANA zone names.
 */
export function recordOptions(fn: string, given: unknown): RecordDataOptions {
  const raw = optionsOf(fn, given);
  const out: { handle?: number; chainId?: number; chainN?: number; zones?: fc.Arbitrary<string> } = {};
  for (const key of ['handle', 'chainId', 'chainN'] as const) {
    const v = integerOption(fn, raw, key, 0, Number.MAX_SAFE_INTEGER);
    if (v !== undefined) out[key] = v;
  }
  const zones = arbitraryOption(fn, raw, 'zones', 'IANA zone names', isZoneName);
  if (zones !== undefined) out.zones = zones;
  return out;
}

const code = (list: readonly string[]): fc.Arbitrary<number> => fc.integer({ min: 0, max: list.length - 1 });

/** The arbitrary of record specs behind {@link outboundRecordData}. */
export function recordSpec(options: RecordDataOptions = {}): fc.Arbitrary<RecordSpec> {
  return fc.record(
    {
      handle: options.handle === undefined ? fc.integer({ min: 1, max: 1_000_000_000 }) : fc.constant(options.handle),
      chainId: options.chainId === undefined ? fc.integer({ min: 1, max: 1_000_000 }) : fc.constant(options.chainId),
      chainN: options.chainN === undefined ? fc.integer({ min: 0, max: 9 }) : fc.constant(options.chainN),
      zone: options.zones ?? trickyZone(),
      codes: fc.record({
        contactInfoType: code(contactInfoTypes),
        recordType: code(recordTypes),
        recordStatus: code(recordStatuses),
        callResult: code(callResults),
      }),
      attempts: fc.integer({ min: 0, max: 20 }),
      // UTC epoch seconds, 2020 to 2030.
      dialSchedTime: fc.option(fc.integer({ min: 1_577_836_800, max: 1_893_456_000 }), { nil: null }),
      // Seconds after local midnight; a window whose end is before its start wraps past midnight.
      window: fc.tuple(fc.integer({ min: 0, max: 86_400 }), fc.integer({ min: 0, max: 86_400 })),
      campaignName: fc.option(fc.constantFrom('Sales', 'Renewals', 'Winback'), { nil: null }),
      chainNAlias: fc.boolean(),
    },
    { requiredKeys: ['handle', 'chainId', 'chainN', 'zone'] },
  );
}

/**
 * The data of one outbound record as a server delivers it, which `outbound.records.parseRecord` accepts: the
 * required handle, chain id, phone and zone, and (each present or not) the numeric codes of the contact
 * info type, record type, record status and call result (any code of each enumeration), attempts, a
 * scheduled time in UTC epoch seconds, a daily window in seconds after local midnight (wrapping past
 * midnight included), a campaign name, and `chain_n` under either of its two key names.
 *
 * @throws RangeError when an option is not one (`handle`, `chainId`, `chainN` whole numbers, `zones` an arbitrary of IANA zone names), naming it; a drawn zone that is not one throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { outbound } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.outboundRecordData(), (data) => outbound.records.parseRecord(data).ok));
 * ```
 */
export function outboundRecordData(options: RecordDataOptions = {}): fc.Arbitrary<RecordData> {
  return recordSpec(recordOptions('outboundRecordData', options)).map(writeRecordData);
}
