import * as d from '../../core/decode.js';
import { callResults } from '../records/codes.js';
import { MAX_EPOCH_SECONDS } from './decoders.js';

/*
 * The events of the interaction machine as decoders (internal): after the envelope check, an event is
 * read once, field by field, into plain data: ids are bounded strings (an object with a `toString` key is
 * refused at its path, never stringified), record data is plain JSON of bounded depth and size (a deeply
 * nested array is refused by depth, not recursed into), and BigInt, Symbol or a throwing getter anywhere
 * in it is refused as `invalid-event` with the JSON path of the value.
 */

const at = d.instant;
const requestId = d.string({ min: 1, max: 255, expected: 'a request id (a non-empty string of at most 255 characters)' });
const callId = d.string({ min: 1, max: 255, expected: 'a call id (a non-empty string of at most 255 characters)' });
const handle = d.integer(0, Number.MAX_SAFE_INTEGER);
const mode = d.string({ min: 1, max: 100, expected: 'a dialing mode name' });
const callbackType = d.literal('personal', 'campaign');
/** Record data as a server writes it: plain JSON (the record parser then reads its keys). */
const data = d.json({ depth: 4, size: 10_000 });

const record = (type: string): d.Decoder<unknown> => d.object({ type: d.literal(type), at, handle });

/** One decoder per event type; `type` and `at` were checked before (`readEnvelope`). */
export const eventDecoders: Readonly<Record<string, d.Decoder<unknown>>> = Object.freeze({
  tick: d.object({ type: d.literal('tick'), at }),
  'preview-record': d.object({ type: d.literal('preview-record'), at, requestId, data }),
  'no-records': d.object({ type: d.literal('no-records'), at, requestId }),
  'record-pushed': d.object({ type: d.literal('record-pushed'), at, data }),
  'call-connected': d.object({ type: d.literal('call-connected'), at, mode, callId, data }),
  'call-seized': d.object({ type: d.literal('call-seized'), at, mode, callId }),
  'record-filled': d.object({ type: d.literal('record-filled'), at, callId, data }),
  'chained-records': d.object({ type: d.literal('chained-records'), at, requestId, records: d.array(data, { max: 1_000 }) }),
  'request-acknowledged': d.object({ type: d.literal('request-acknowledged'), at, requestId }),
  'request-failed': d.object({ type: d.literal('request-failed'), at, requestId, reason: d.optional(d.string({ max: 10_000 })) }),
  'call-established': d.object({ type: d.literal('call-established'), at, handle: d.optional(handle), callId: d.optional(callId) }),
  'call-ended': d.object({ type: d.literal('call-ended'), at, handle: d.optional(handle), callId: d.optional(callId), result: d.optional(d.literal(...callResults)) }),
  'request-preview': d.object({ type: d.literal('request-preview'), at, campaign: d.optional(d.string({ min: 1, max: 1_000 })) }),
  accept: record('accept'),
  decline: record('decline'),
  reject: record('reject'),
  cancel: record('cancel'),
  'request-chain': record('request-chain'),
  'schedule-callback': record('schedule-callback'),
  'mark-processed': record('mark-processed'),
  'callback-unavailable': record('callback-unavailable'),
  dial: d.object({ type: d.literal('dial'), at, handle, chainN: d.optional(handle) }),
  'update-fields': d.object({ type: d.literal('update-fields'), at, handle, changes: d.json({ depth: 3, size: 10_000 }) }),
  'set-call-result': d.object({ type: d.literal('set-call-result'), at, handle, value: d.string({ max: 100 }) }),
  'set-disposition': d.object({ type: d.literal('set-disposition'), at, handle, value: d.nullable(d.string({ max: 1_000 })) }),
  'do-not-call': d.object({ type: d.literal('do-not-call'), at, handle, scope: d.literal('record', 'chain') }),
  reschedule: d.object({
    type: d.literal('reschedule'),
    at,
    handle,
    callbackType,
    dialSchedTime: d.integer(0, MAX_EPOCH_SECONDS),
    phone: d.string({ min: 1, max: 1_000 }),
    chainN: d.optional(d.nullable(handle)),
  }),
  'scheduled-call': d.object({ type: d.literal('scheduled-call'), at, mode, callbackType, dialSchedTime: d.integer(0, MAX_EPOCH_SECONDS), data }),
  'record-removed': d.object({ type: d.literal('record-removed'), at, handle, cause: d.literal('cancelled', 'removed'), reason: d.optional(d.string({ max: 10_000 })) }),
});
