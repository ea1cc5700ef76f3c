import { fail, isRecord, ownField, type Result } from '../../core/internal.js';
import { checkedOptions, decodeWire, type DecodeCode, type DecodeOptions } from '../ocs/decode.js';
import { userEvents, wireKeys, type UserEvents, type WireKeys } from '../ocs/keys.js';

/**
 * The GWS notifications that answer the preview session operations, as the OCS acknowledgements they
 * stand for (GWS 8.5 Outbound API, "Start Preview Session" / "End Preview Session" CometD samples).
 */
const SESSION_NOTIFICATIONS: Readonly<Record<string, keyof UserEvents>> = Object.freeze({
  PreviewSessionStarted: 'previewDialingModeStartAck',
  PreviewSessionEnded: 'previewDialingModeOverAck',
});
import type { OcsMessage } from '../ocs/messages.js';
import { readWire, type WireData } from '../ocs/wire.js';

/**
 * The attached data a GWS CometD message on `/v2/me/outbound` carries, as OCS would send it (Web
 * Services 8.5 Outbound API, CometD samples): the message's `userData` when it has one (the samples
 * show the OCS keys there, `GSW_USER_EVENT` included), otherwise an `OutboundRecordMessage` or
 * `OutboundCampaignMessage` read through its `notificationType` (the OCS user event's name),
 * `referenceId`, `record.recordHandle`, `record.campaignName`, `record.callingList`, `record.userData`
 * and `campaign.name`. `undefined` when it is neither. @internal
 */
export function gwsWire(data: unknown, keys: Partial<WireKeys> = {}, names: Partial<UserEvents> = {}): WireData | undefined {
  if (!isRecord(data)) return undefined;
  const k: WireKeys = { ...wireKeys, ...keys };
  const events: UserEvents = { ...userEvents, ...names };
  const userData = ownField(data, 'userData');
  if (userData !== undefined) return readWire(userData);
  const type = ownField(data, 'messageType');
  if (type !== 'OutboundRecordMessage' && type !== 'OutboundCampaignMessage') return undefined;
  const out = new Map<string, unknown>();
  const record = ownField(data, 'record');
  if (type === 'OutboundRecordMessage' && isRecord(record)) {
    const inner = ownField(record, 'userData');
    if (inner !== undefined) {
      const read = readWire(inner);
      if (read === undefined) return undefined;
      for (const [key, v] of read) out.set(key, v);
    }
    const fields: readonly (readonly [string, string])[] = [
      ['recordHandle', k.recordHandle],
      ['campaignName', k.campaignName],
      ['callingList', k.callingList],
    ];
    for (const [from, to] of fields) {
      const v = ownField(record, from);
      if (v !== undefined && !out.has(to)) out.set(to, v);
    }
  }
  const campaign = ownField(data, 'campaign');
  if (type === 'OutboundCampaignMessage' && isRecord(campaign)) {
    // GWS 8.5 Start Preview Session sample: campaign.name, campaign.dialingMode ('Preview'), campaign.groupName ('<campaign>@<group>').
    const fields: readonly (readonly [string, string])[] = [
      ['name', k.campaignName],
      ['dialingMode', k.campaignMode],
      ['groupName', k.campaignGroupName],
    ];
    for (const [from, to] of fields) {
      const v = ownField(campaign, from);
      if (v !== undefined) out.set(to, v);
    }
  }
  const notification = ownField(data, 'notificationType');
  const named = typeof notification === 'string' && Object.prototype.hasOwnProperty.call(SESSION_NOTIFICATIONS, notification) ? SESSION_NOTIFICATIONS[notification] : undefined;
  out.set(k.userEvent, named === undefined ? notification : events[named]);
  const ref = ownField(data, 'referenceId');
  if (ref !== undefined) out.set(k.referenceId, ref);
  return out;
}

/**
 * Decodes one GWS CometD outbound notification (the `data` of a message on `/v2/me/outbound`:
 * `OutboundRecordMessage`, `OutboundCampaignMessage`, or a message with `userData`) into the same
 * typed messages as `genesys.ocs.decodeEvent`, so a web desktop on GWS uses the same bridge. Total:
 * never throws; refuses with the decoder's codes and a `path`.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const m = genesys.gws.decodeNotification({
 *   messageType: 'OutboundRecordMessage', notificationType: 'RecordRejectAcknowledge', referenceId: '7',
 *   record: { recordHandle: 9, campaignName: 'Campaign1', callingList: 'CallingList1', applicationId: 134 },
 * });
 * if (m.ok) m.value; // { kind: 'acknowledged', request: 'reject', referenceId: 7, handle: 9 }
 * ```
 */
export function decodeNotification(data: unknown, options: DecodeOptions = {}): Result<OcsMessage, DecodeCode> {
  const checked = checkedOptions(options);
  if (!checked.ok) return checked;
  const wire = gwsWire(data, checked.value.keys, checked.value.events);
  if (wire === undefined) return fail('invalid-event-data', 'Not a GWS outbound notification.', undefined, '$');
  return decodeWire([...wire].map(([key, value]) => ({ key, value })), checked.value);
}
