import type { campaigns } from '../../outbound/index.js';
import { callResults, codeOf, recordKeys, type FieldValue } from '../../outbound/records/index.js';
import type { InteractionEvent, OutboundRequest } from '../../outbound/interaction/index.js';
import type { CampaignMessage } from './messages.js';
import type { WireExtra, WireRequest } from './requests.js';

/*
 * The one file that binds the OCS protocol to the domain's vocabulary: which wire request a domain
 * request becomes, and which domain event a wire message becomes. A rename in `dialdesk/outbound`
 * (requests, events) touches this file only.
 */

/** What the bridge remembers of a record on the desktop (to name its campaign and chain in requests). @internal */
export interface KnownRecord {
  readonly handle: number;
  readonly chainId: number;
  readonly chainN: number;
  readonly campaign: string | null;
  /** The Genesys Time Zone object's name as the record carried it, or `null`. */
  readonly tzName: string | null;
}

/** How a domain request goes out: the wire request (minus its reference) and, for a reschedule onto a new number, the reschedule that follows the AddRecord acknowledgement. @internal */
export type WirePlan =
  | { readonly ok: true; readonly request: DistributiveOmit<WireRequest, 'referenceId'>; readonly then: FollowUp | null; readonly handle: number | null }
  | { readonly ok: false; readonly code: 'unknown-record' | 'invalid-request'; readonly message: string; readonly path: string };

/** The reschedule to send once AddRecord is acknowledged with the new record's handle. @internal */
export interface FollowUp {
  readonly campaign: string;
  readonly callbackType: 'personal' | 'campaign';
  readonly dialSchedTime: number;
}

/** Omit over each member of a union. @internal */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Options of the mapping. @internal */
export interface MappingOptions {
  /** The custom field the disposition code is written to, or `null` to leave it out. */
  readonly dispositionField: string | null;
}

function wireField(v: FieldValue): string | number {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v;
}

function wireFields(fields: Readonly<Record<string, FieldValue>>): WireExtra {
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(fields)) {
    if (key === '__proto__') continue;
    out[key] = wireField(fields[key] as FieldValue);
  }
  return out;
}

/** The wire request for a domain request, given the records the bridge knows. @internal */
export function planRequest(request: OutboundRequest, records: readonly KnownRecord[], options: MappingOptions): WirePlan {
  if (request.kind === 'preview-record') return { ok: true, request: { kind: 'preview-record', campaign: request.campaign }, then: null, handle: null };
  const known = records.find((r) => r.handle === request.handle);
  if (known === undefined || known.campaign === null) {
    return { ok: false, code: 'unknown-record', message: 'The bridge has not seen that record (or its campaign) come from OCS.', path: '$.request.handle' };
  }
  const campaign = known.campaign;
  const handle = request.handle;
  const base = { handle, campaign };
  switch (request.kind) {
    case 'chained-records':
    case 'reject':
    case 'cancel':
      return { ok: true, request: { kind: request.kind, ...base }, then: null, handle };
    case 'do-not-call':
      return { ok: true, request: { kind: 'do-not-call', ...base, scope: request.scope }, then: null, handle };
    case 'update':
      return { ok: true, request: { kind: 'update', ...base, callResult: codeOf(callResults, request.callResult), fields: wireFields(request.fields) }, then: null, handle };
    case 'processed': {
      const fields = options.dispositionField !== null && request.disposition !== null ? { [options.dispositionField]: request.disposition } : {};
      return { ok: true, request: { kind: 'processed', ...base, callResult: request.callResultCode, fields }, then: null, handle };
    }
    case 'reschedule': {
      if (request.chainN !== null) {
        const target = records.find((r) => r.chainId === known.chainId && r.chainN === request.chainN) ?? known;
        return { ok: true, request: { kind: 'reschedule', handle: target.handle, campaign, callbackType: request.callbackType, dialSchedTime: request.dialSchedTime }, then: null, handle };
      }
      // A new number: AddRecord first (the same contact: its chain id), then RecordReschedule of the new record.
      return {
        ok: true,
        request: {
          kind: 'add-record',
          campaign,
          phone: request.phone,
          contactInfoType: 0,
          recordType: request.callbackType === 'personal' ? 5 : 6,
          timeZone: known.tzName,
          fields: { [recordKeys.chainId]: known.chainId },
        },
        then: { campaign, callbackType: request.callbackType, dialSchedTime: request.dialSchedTime },
        handle,
      };
    }
  }
}

/** The domain record data for the interaction machine: the record's keys as sent, with the zone resolved to IANA. @internal */
export function domainRecordData(raw: Readonly<Record<string, string | number>>, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(raw)) {
    if (key === '__proto__') continue;
    const v = raw[key];
    out[key] = typeof v === 'number' ? String(v) : (v ?? '');
  }
  out[recordKeys.timeZone] = timeZone;
  return out;
}

/** The campaigns machine's event for a campaign notice. @internal */
export function campaignEvent(message: CampaignMessage, group: string, at: number): campaigns.CampaignsEvent {
  if (message.kind === 'campaign-mode-changed') return { type: 'campaign-mode-changed', at, campaign: message.campaign, group, mode: message.mode ?? '' };
  return message.mode === null ? { type: message.kind, at, campaign: message.campaign, group } : { type: message.kind, at, campaign: message.campaign, group, mode: message.mode };
}

/** Interaction events the bridge delivers. @internal */
export type InteractionDelivery = Extract<InteractionEvent, { type: 'preview-record' | 'no-records' | 'chained-records' | 'request-acknowledged' | 'request-failed' }>;
