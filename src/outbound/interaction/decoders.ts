import * as d from '../../core/decode.js';
import { dialingModes } from '../../core/internal.js';
import { callResults, contactInfoTypes, recordStatuses, recordTypes } from '../records/codes.js';
import { fieldTypes } from '../records/fields.js';
import { canonicalZone } from '../records/check.js';
import { outboundPermissions } from './config.js';
import type { RequestKind } from './requests.js';

/*
 * The decoders behind `start` and `restore` (internal): every field of the configuration and of a saved
 * state, read once into plain data with its bounds, so that nothing the machine accepted can make a
 * selector or a transition throw. Lists are bounded by length before any item is read; nothing recurses
 * on the input's own depth.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** The last second dialdesk supports (`core.maxInstant` in seconds, rounded up): 9999-12-31T23:59:59Z. */
export const MAX_EPOCH_SECONDS = 253_402_300_799;

const name = d.string({ min: 1, max: 1_000 });
const text = d.string({ max: 10_000 });
// What a record's data may carry is bounded by the event decoders' sizes, not by string lengths: a saved
// record reads any string the record parser could have kept.
const any = d.string({ max: MAX_SAFE, expected: 'a string' });
const anyFilled = d.string({ min: 1, max: MAX_SAFE, expected: 'a non-empty string' });
// Lists that grow with the agent's work (held records, pending requests, processed handles) have no
// bound of their own: a saved state reads every list a session can build (each is read by its length first).
const grows = { max: MAX_SAFE } as const;
const handle = d.integer(0, MAX_SAFE);
const epochSeconds = d.integer(0, MAX_EPOCH_SECONDS);
const daySecond = d.integer(0, 86_400);
const callResult = d.literal(...callResults);
const callbackType = d.literal('personal', 'campaign');


/** A custom field's value: a string, a finite number, a boolean or null. */
const fieldValue: d.Decoder<string | number | boolean | null> = d.oneOf<string | number | boolean | null>(
  any,
  d.number({ expected: 'a field value (string, finite number, boolean or null)' }),
  d.boolean,
  d.literal(null),
);

const fieldDeclaration = d.object({ key: name, type: d.literal(...fieldTypes), readOnly: d.optional(d.boolean) });

/** The interaction configuration (the input's `config`, and the state's). */
export const config = d.refine(
  d.object({
    permissions: d.array(d.literal(...outboundPermissions), { max: 100 }),
    callResults: d.array(callResult, { min: 1, max: 200 }),
    defaultCallResult: callResult,
    dispositions: d.array(d.object({ code: name, label: text }), { max: 1_000 }),
    defaultDisposition: d.nullable(name),
    fields: d.refine(d.array(fieldDeclaration, { max: 1_000 }), (fields) =>
      new Set(fields.map((f) => f.key)).size === fields.length ? undefined : 'a list of field declarations with distinct keys',
    ),
    maxPreviewRecords: d.refine(d.integer(-1, MAX_SAFE), (n) => (n === 0 ? 'an integer of at least 1, or -1 for no limit' : undefined)),
    timedPreviewAutoDial: d.optional(daySecond),
  }),
  (c) => {
    if (!c.callResults.includes(c.defaultCallResult)) return 'a configuration whose `defaultCallResult` is one of its `callResults`';
    if (c.defaultDisposition !== null && !c.dispositions.some((x) => x.code === c.defaultDisposition)) {
      return 'a configuration whose `defaultDisposition` is null or one of its `dispositions`';
    }
    return undefined;
  },
);

/** The input of `start`. */
export const input = d.object({ at: d.instant, config });

/** A record as the machine keeps it (what `parseRecord` produced). */
export const record = d.refine(
  d.object({
    handle,
    chainId: handle,
    chainN: handle,
    phone: anyFilled,
    contactInfoType: d.literal(...contactInfoTypes),
    recordType: d.literal(...recordTypes),
    recordStatus: d.literal(...recordStatuses),
    callResult,
    attempts: d.integer(0, 1_000_000),
    dialSchedTime: d.nullable(epochSeconds),
    dailyFrom: daySecond,
    dailyTill: daySecond,
    timeZone: canonicalZone,
    campaignName: d.nullable(anyFilled),
    callingList: d.nullable(anyFilled),
    fields: d.dictionary(fieldValue, { max: 1_000 }),
    extra: d.dictionary(any, grows),
    treatment: d.nullable(d.object({ result: callResult, step: d.integer(1, 10_000), cycle: d.integer(1, 1_000_000) })),
  }),
  (r) => (r.phone.trim() === '' ? 'a record whose phone is not blank' : undefined),
);

const base = { requestId: d.string({ min: 1, max: 40 }), referenceId: d.integer(1, MAX_SAFE) };

const requestVariants = {
    'preview-record': d.object({ kind: d.literal('preview-record'), ...base, campaign: d.nullable(name) }),
    'chained-records': d.object({ kind: d.literal('chained-records'), ...base, handle }),
    reject: d.object({ kind: d.literal('reject'), ...base, handle }),
    cancel: d.object({ kind: d.literal('cancel'), ...base, handle }),
    'do-not-call': d.object({ kind: d.literal('do-not-call'), ...base, handle, scope: d.literal('record', 'chain') }),
    reschedule: d.object({ kind: d.literal('reschedule'), ...base, handle, callbackType, dialSchedTime: epochSeconds, phone: anyFilled, chainN: d.nullable(handle) }),
    update: d.object({ kind: d.literal('update'), ...base, handle, fields: d.dictionary(fieldValue, { max: 1_000 }), callResult }),
    processed: d.object({
      kind: d.literal('processed'),
      ...base,
      handle,
      callResult,
      callResultCode: d.integer(0, callResults.length - 1),
      disposition: d.nullable(name),
      phone: anyFilled,
      contactInfoType: d.literal(...contactInfoTypes),
    }),
};
// Every request kind has a decoder (a missing one fails to compile here).
const exhaustive: Readonly<Record<RequestKind, d.Decoder<unknown>>> = requestVariants;
void exhaustive;

/** A request as sent (`send-request`) and kept pending. */
export const request = d.refine(
  d.tagged('kind', requestVariants),
  (r) => (r.requestId === `outbound-${r.referenceId}` ? undefined : 'a request whose `requestId` is `outbound-<referenceId>`'),
);

/** One record (or seized call) the agent holds. */
export const slot = d.object({
  mode: d.literal(...dialingModes),
  phase: d.literal('preview', 'offered', 'seized', 'dialing', 'connected', 'wrap-up'),
  record: d.nullable(record),
  callId: d.nullable(d.string({ min: 1, max: 255 })),
  chain: d.array(record, grows),
  dialedChainN: d.nullable(handle),
  callResult,
  callResultAuto: d.boolean,
  disposition: d.nullable(name),
  doNotCall: d.literal('record', 'chain', null),
  rescheduled: d.nullable(d.object({ callbackType, dialSchedTime: epochSeconds, phone: anyFilled })),
  callback: d.nullable(d.object({ callbackType, dialSchedTime: epochSeconds })),
  autoDialAt: d.nullable(d.instant),
});

/** A saved interaction state, field by field (the cross-field rules are checked in `restore`). */
export const saved = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  config,
  requestCount: d.integer(0, MAX_SAFE),
  slots: d.array(slot, grows),
  pending: d.array(d.object({ request, sentAt: d.instant }), grows),
  processed: d.array(handle, grows),
  noRecordsAt: d.nullable(d.instant),
});
