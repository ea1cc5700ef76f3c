import { d, maxInstant, type Result } from '../../core/internal.js';
import { dialingModes } from '../../core/dialing-mode.js';
import { callResults, contactInfoTypes, fieldTypes } from '../../outbound/records/index.js';
import type { OutboundRequest, requestKinds } from '../../outbound/interaction/index.js';
import { DAY, zone as ianaZone } from '../../time/index.js';
import type { BridgeConfig, BridgeState } from './bridge-types.js';
import type { DecodeOptions } from './decode.js';
import { encodeRequest } from './encode.js';
import { userEvents, wireKeys } from './keys.js';
import type { WireRequest } from './requests.js';

/*
 * Decoders for the bridge's untrusted inputs: its configuration (start input, saved state), a saved
 * state (`restore`), and a domain request in a `send` event. Built on core's one decoder.
 */

const name = d.string({ min: 1, max: 255 });
const ianaName = d.refine(d.string({ min: 1, max: 64 }), (z) => (ianaZone(z).ok ? undefined : 'an IANA zone'));
const fieldDeclaration = d.object({ key: name, type: d.literal(...fieldTypes), readOnly: d.optional(d.boolean) });

const fields = d.array(fieldDeclaration, { max: 500 });
const zones = d.dictionary(d.string({ min: 1, max: 64 }), { max: 1000, key: d.string({ min: 1, max: 64 }) });
const keys = d.dictionary(name, { max: 64, key: d.literal(...(Object.keys(wireKeys) as (keyof typeof wireKeys)[]), 'logoutDelay') });
const events = d.dictionary(name, { max: 64, key: d.literal(...(Object.keys(userEvents) as (keyof typeof userEvents)[])) });
const modes = d.dictionary(d.literal(...dialingModes), { max: 64, key: name });

/** The options of `decodeEvent` and `decodeNotification`: the decoding part of the configuration, each optional. @internal */
export const decodeOptionsDecoder: d.Decoder<DecodeOptions> = d.object({
  fields: d.optional(fields),
  zones: d.optional(zones),
  keys: d.optional(keys),
  events: d.optional(events),
  modes: d.optional(modes),
}) as d.Decoder<DecodeOptions>;

/** The configuration decoder (every field present). @internal */
export const configDecoder: d.Decoder<BridgeConfig> = d.object({
  applicationId: d.integer(),
  timeoutMs: d.integer(1, DAY),
  dateTimeZone: d.nullable(ianaName),
  dateTimeFormat: d.literal('MM/DD/YYYY HH:MM', 'epoch-seconds'),
  fields,
  zones,
  keys,
  events,
  modes,
  agentGroup: d.nullable(name),
  dispositionField: d.nullable(name),
  noRecordsTexts: d.array(d.string({ min: 1, max: 512 }), { max: 32 }),
  noRecordsNumbers: d.array(d.integer(), { max: 32 }),
}) as d.Decoder<BridgeConfig>;

/** The configuration's defaults. @internal */
export const defaultConfig: Omit<BridgeConfig, 'applicationId'> = Object.freeze({
  timeoutMs: 10_000,
  dateTimeZone: null,
  dateTimeFormat: 'MM/DD/YYYY HH:MM',
  fields: [],
  zones: {},
  keys: {},
  events: {},
  modes: {},
  agentGroup: null,
  dispositionField: null,
  noRecordsTexts: ['No Records Available'],
  noRecordsNumbers: [],
});

const id = d.integer();
const wireExtra = d.dictionary(d.oneOf<string | number>(d.string({ max: 4096 }), d.integer()), { max: 500, key: d.string({ min: 1, max: 255 }) });
const campaign = name;
const record = { referenceId: id, handle: id, campaign };

const wireRequestDecoder: d.Decoder<WireRequest> = d.tagged('kind', {
  'preview-record': d.object({ kind: d.literal('preview-record'), referenceId: id, campaign: d.nullable(name) }),
  'chained-records': d.object({ kind: d.literal('chained-records'), ...record }),
  reject: d.object({ kind: d.literal('reject'), ...record }),
  cancel: d.object({ kind: d.literal('cancel'), ...record }),
  'do-not-call': d.object({ kind: d.literal('do-not-call'), ...record, scope: d.literal('record', 'chain') }),
  update: d.object({ kind: d.literal('update'), ...record, callResult: d.integer(0, callResults.length - 1), fields: wireExtra }),
  processed: d.object({ kind: d.literal('processed'), ...record, callResult: d.integer(0, callResults.length - 1), fields: wireExtra }),
  reschedule: d.object({ kind: d.literal('reschedule'), ...record, callbackType: d.literal('personal', 'campaign'), dialSchedTime: d.integer(0, Math.floor(maxInstant / 1000)) }),
  'add-record': d.object({
    kind: d.literal('add-record'),
    referenceId: id,
    campaign,
    phone: name,
    contactInfoType: d.integer(0, contactInfoTypes.length - 1),
    recordType: d.integer(0, 7),
    timeZone: d.nullable(d.string({ min: 1, max: 64 })),
    fields: wireExtra,
  }),
  'ready-time': d.object({ kind: d.literal('ready-time'), referenceId: id, campaign, data: wireExtra }),
  'preview-dialing-mode-start': d.object({ kind: d.literal('preview-dialing-mode-start'), referenceId: id, campaign, data: wireExtra }),
  'preview-dialing-mode-over': d.object({ kind: d.literal('preview-dialing-mode-over'), referenceId: id, campaign, data: wireExtra }),
  logout: d.object({ kind: d.literal('logout'), referenceId: id }),
});

const stringMap = d.dictionary(d.string({ max: 4096 }), { max: 1000 });

const stateDecoder = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  config: configDecoder,
  referenceSeq: id,
  pending: d.array(
    d.object({
      request: wireRequestDecoder,
      requestId: d.string({ min: 1, max: 255 }),
      answerTo: d.literal('interaction', 'logout', 'host'),
      deadline: d.instant,
      chain: d.array(stringMap, { max: 1000 }),
      then: d.nullable(d.object({ campaign, callbackType: d.literal('personal', 'campaign'), dialSchedTime: d.integer(0, Math.floor(maxInstant / 1000)) })),
    }),
    { max: 1000 },
  ),
  records: d.array(d.object({ handle: id, chainId: id, chainN: id, campaign: d.nullable(name), tzName: d.nullable(d.string({ min: 1, max: 64 })) }), { max: 256 }),
  closed: d.array(d.object({ referenceId: id, how: d.literal('answered', 'expired') }), { max: 64 }),
});

/** Decodes a saved state, then checks every pending request still encodes. @internal */
export function decodeState(json: unknown): Result<BridgeState, 'invalid-state'> {
  const r = d.decode(stateDecoder, json, 'invalid-state');
  if (!r.ok) return r;
  const state = r.value;
  for (const [i, p] of state.pending.entries()) {
    const context = { applicationId: state.config.applicationId, dateTimeZone: state.config.dateTimeZone ?? 'UTC', dateTimeFormat: state.config.dateTimeFormat, keys: state.config.keys };
    const e = encodeRequest(p.request, context);
    if (!e.ok) return { ok: false, error: { code: 'invalid-state', message: e.error.message, path: `$.pending[${i}].request` } };
  }
  return { ok: true, value: state };
}

const requestBase = { requestId: d.string({ min: 1, max: 255 }), referenceId: id };
const handleBase = { ...requestBase, handle: id };

/** A session request read from a `send-session` event. @internal */
export const sessionRequestDecoder = d.object({
  kind: d.literal('preview-dialing-mode-start', 'preview-dialing-mode-over', 'ready-time'),
  campaign: name,
  data: wireExtra,
});

/** A domain request (`outbound.interaction.OutboundRequest`) read from a `send` event. @internal */
export const domainRequestDecoder = d.tagged('kind', {
  'preview-record': d.object({ kind: d.literal('preview-record'), ...requestBase, campaign: d.nullable(name) }),
  'chained-records': d.object({ kind: d.literal('chained-records'), ...handleBase }),
  reject: d.object({ kind: d.literal('reject'), ...handleBase }),
  cancel: d.object({ kind: d.literal('cancel'), ...handleBase }),
  'do-not-call': d.object({ kind: d.literal('do-not-call'), ...handleBase, scope: d.literal('record', 'chain') }),
  reschedule: d.object({
    kind: d.literal('reschedule'),
    ...handleBase,
    callbackType: d.literal('personal', 'campaign'),
    dialSchedTime: d.integer(0, Math.floor(maxInstant / 1000)),
    phone: d.string({ min: 1, max: 64 }),
    chainN: d.nullable(id),
  }),
  update: d.object({
    kind: d.literal('update'),
    ...handleBase,
    fields: d.dictionary(d.oneOf<string | number | boolean | null>(d.string({ max: 4096 }), d.number(), d.boolean, d.literal(null)), { max: 500 }),
    callResult: d.literal(...callResults),
  }),
  processed: d.object({
    kind: d.literal('processed'),
    ...handleBase,
    callResult: d.literal(...callResults),
    callResultCode: d.integer(0, callResults.length - 1),
    disposition: d.nullable(d.string({ min: 1, max: 255 })),
    phone: d.string({ min: 1, max: 64 }),
    contactInfoType: d.literal(...contactInfoTypes),
  }),
} satisfies Record<(typeof requestKinds)[number], d.Decoder<unknown>>) as d.Decoder<OutboundRequest>;
