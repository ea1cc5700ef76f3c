import { d, fail, ok, Problem, type Decoder, type Result } from '../../core/internal.js';
import { zone, type ZoneName } from '../../time/index.js';
import { callResults, contactInfoTypes, recordStatuses, recordTypes } from './codes.js';
import type { FieldValue } from './fields.js';
import type { OutboundRecord, TreatmentProgress } from './record.js';

/*
 * The one check that a value handed to a records or treatments helper is an `OutboundRecord` (what
 * `parseRecord` makes, or its JSON): read once through own fields into a fresh plain copy with the core
 * decoder, so that a helper works on plain data whatever the caller passed.
 */

const fieldValue: Decoder<FieldValue> = d.oneOf<FieldValue>(d.nullable(d.string({ max: 100_000 })), d.boolean, d.number());

const progress: Decoder<TreatmentProgress> = d.object({
  result: d.literal(...callResults),
  step: d.integer(1),
  cycle: d.integer(1),
});

/** An IANA zone in its canonical spelling (as `parseRecord` stores it), read as the `ZoneName` that `time.zone` gives. */
export const canonicalZone: Decoder<ZoneName> = (value, path) => {
  const canonical = typeof value === 'string' && value.length <= 200 ? zone(value) : undefined;
  return canonical !== undefined && canonical.ok && canonical.value === value ? canonical.value : new Problem(path, `${path} must be a canonical IANA zone name, not ${d.describe(value)}.`);
};

/** An `OutboundRecord` read from untrusted data (own fields only, each read once). */
export const recordDecoder: Decoder<OutboundRecord> = d.object({
  handle: d.integer(),
  chainId: d.integer(),
  chainN: d.integer(),
  phone: d.string({ max: 100_000 }),
  contactInfoType: d.literal(...contactInfoTypes),
  recordType: d.literal(...recordTypes),
  recordStatus: d.literal(...recordStatuses),
  callResult: d.literal(...callResults),
  attempts: d.integer(),
  dialSchedTime: d.nullable(d.number({ min: 0 })),
  dailyFrom: d.number({ min: 0, max: 86_400 }),
  dailyTill: d.number({ min: 0, max: 86_400 }),
  timeZone: canonicalZone,
  campaignName: d.nullable(d.string({ max: 100_000 })),
  callingList: d.nullable(d.string({ max: 100_000 })),
  fields: d.dictionary(fieldValue, { max: 10_000 }),
  extra: d.dictionary(d.string({ max: 100_000 }), { max: 10_000 }),
  treatment: d.nullable(progress),
});

/** A list of records (at most 10,000). */
export const recordsDecoder: Decoder<readonly OutboundRecord[]> = d.array(recordDecoder, { max: 10_000 });

/**
 * The record and chain a treatments helper is given, read once into plain copies, or `invalid-record`
 * with the JSON path of the bad part (`$.record.chainN`, `$.chain[0]`).
 */
export function readRecordAndChain(
  record: unknown,
  chain: unknown,
): Result<{ readonly record: OutboundRecord; readonly chain: readonly OutboundRecord[] }, 'invalid-record'> {
  const r = d.run(recordDecoder, record, '$.record');
  if (r instanceof Problem) return fail('invalid-record', r.message, { path: r.path }, r.path);
  const c = d.run(recordsDecoder, chain, '$.chain');
  if (c instanceof Problem) return fail('invalid-record', c.message, { path: c.path }, c.path);
  return ok({ record: r, chain: c });
}
