import { d, fail, ok, type Result } from '../../core/internal.js';
import { isDialingMode, type DialingMode } from '../../core/dialing-mode.js';
import { parseRecord, recordKeys, type FieldDeclaration, type OutboundRecord, type RecordParseCode } from '../../outbound/records/index.js';
import { zone, type ZoneOverrides } from '../zone.js';
import { decodeOptionsDecoder } from './bridge-decoders.js';
import { campaignModes, userEvents, wireKeys, type UserEvents, type WireKeys } from './keys.js';
import type { CampaignMessage, OcsMessage } from './messages.js';
import type { WireRequestKind } from './requests.js';
import { readWire, wireInteger, wireObject, wireText, type WireData } from './wire.js';

/**
 * How to read one deployment's user events.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const o: genesys.ocs.DecodeOptions = { fields: [{ key: 'balance', type: 'number' }], zones: { GMT: 'Europe/London' } };
 * ```
 */
export interface DecodeOptions {
  /** The calling list's custom fields (`send_attribute` keys), typed into `record.fields`. */
  readonly fields?: readonly FieldDeclaration[];
  /** The tenant's own Time Zone objects (see `genesys.zone`). */
  readonly zones?: ZoneOverrides;
  /** Keys that differ in this deployment. */
  readonly keys?: Partial<WireKeys>;
  /** User-event names that differ in this deployment. */
  readonly events?: Partial<UserEvents>;
  /** Campaign dialing-mode names (wire name to dialdesk mode) that differ or are added. */
  readonly modes?: Readonly<Record<string, string>>;
}

/**
 * Codes of {@link decodeEvent}; `path` is the offending key as a JSON path (`$.GSW_RECORD_HANDLE`):
 * - `invalid-event-data`: not key-value data at all.
 * - `invalid-options`: options without the configuration's shapes, a malformed `fields` declaration
 *   included (`path` `$.options.fields[0].type`).
 * - `unknown-user-event`: no `GSW_USER_EVENT`, or one dialdesk does not read.
 * - `missing-field`, `invalid-field`: a key the message needs is absent or malformed.
 * - `unknown-genesys-zone`: the record's `GSW_TZ_NAME` is not a known Genesys Time Zone object.
 * - the record parser's codes for a record's other keys.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.ocs.DecodeCode = 'unknown-user-event';
 * ```
 */
export type DecodeCode = 'invalid-event-data' | 'unknown-user-event' | 'missing-field' | 'invalid-field' | 'unknown-genesys-zone' | RecordParseCode;


/** A JSON path to a key of the event data. @internal */
export function keyPath(key: string): string {
  return d.pathOf('$', key);
}

function invalid(key: string, what: string): Result<OcsMessage, DecodeCode> {
  return fail('invalid-field', `${key} must be ${what}.`, undefined, keyPath(key));
}

const ACK_KINDS: readonly (readonly [keyof UserEvents, WireRequestKind])[] = [
  ['updateAck', 'update'],
  ['processedAck', 'processed'],
  ['rejectAck', 'reject'],
  ['cancelAck', 'cancel'],
  ['rescheduleAck', 'reschedule'],
  ['scheduledRescheduleAck', 'reschedule'],
  ['doNotCallAck', 'do-not-call'],
  ['addRecordAck', 'add-record'],
  ['logoutAck', 'logout'],
  ['previewDialingModeStartAck', 'preview-dialing-mode-start'],
  ['previewDialingModeOverAck', 'preview-dialing-mode-over'],
  ['readyTimeAck', 'ready-time'],
];

const CAMPAIGN_KINDS: readonly (readonly [keyof UserEvents, CampaignMessage['kind']])[] = [
  ['campaignLoaded', 'campaign-loaded'],
  ['campaignStarted', 'campaign-started'],
  ['campaignStopped', 'campaign-stopped'],
  ['campaignUnloaded', 'campaign-unloaded'],
  ['campaignModeChanged', 'campaign-mode-changed'],
];

function optionalId(data: WireData, key: string): Result<number | null, DecodeCode> {
  const v = wireInteger(data, key);
  if (v === null) return fail('invalid-field', `${key} must be a non-negative integer.`, undefined, keyPath(key));
  return ok(v ?? null);
}

/** Decodes the record carried by `data` (its zone resolved through `genesys.zone`). @internal */
export function decodeRecord(data: WireData, options: DecodeOptions): Result<OutboundRecord, DecodeCode> {
  const zoneKey = recordKeys.timeZone;
  const zoneName = wireText(data, zoneKey);
  if (zoneName === null) return fail('invalid-field', `${zoneKey} must be a string.`, undefined, keyPath(zoneKey));
  let timeZone: string | undefined;
  if (zoneName !== undefined) {
    const z = zone(zoneName, options.zones);
    if (!z.ok) return fail('unknown-genesys-zone', z.error.message, undefined, keyPath(zoneKey));
    timeZone = z.value;
  }
  const parsed = parseRecord(wireObject(data), {
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(timeZone === undefined ? {} : { timeZone }),
  });
  if (parsed.ok) return parsed;
  // The options were checked before (`checkedOptions`), so the record parser refuses only a key of the data.
  const details = parsed.error.details as { field?: unknown } | undefined;
  return typeof details?.field === 'string' ? fail(parsed.error.code, parsed.error.message, undefined, keyPath(details.field)) : parsed;
}

function campaignNotice(data: WireData, kind: CampaignMessage['kind'], k: WireKeys, modes: Readonly<Record<string, string>>): Result<OcsMessage, DecodeCode> {
  const campaign = wireText(data, k.campaignName);
  if (campaign === null) return invalid(k.campaignName, 'a string');
  if (campaign === undefined) return fail('missing-field', `${k.campaignName} is required.`, undefined, keyPath(k.campaignName));
  const groupName = wireText(data, k.campaignGroupName);
  if (groupName === null) return invalid(k.campaignGroupName, 'a string');
  const prefix = `${campaign}@`;
  const group = groupName !== undefined && groupName.startsWith(prefix) && groupName.length > prefix.length ? groupName.slice(prefix.length) : null;
  const modeName = wireText(data, k.campaignMode);
  if (modeName === null) return invalid(k.campaignMode, 'a string');
  let mode: DialingMode | null = null;
  if (modeName !== undefined) {
    const mapped = Object.prototype.hasOwnProperty.call(modes, modeName) ? modes[modeName] : undefined;
    if (!isDialingMode(mapped)) return invalid(k.campaignMode, 'a known dialing mode (add it with the `modes` option)');
    mode = mapped;
  } else if (kind === 'campaign-mode-changed') {
    return fail('missing-field', `${k.campaignMode} is required.`, undefined, keyPath(k.campaignMode));
  }
  return ok({ kind, campaign, group, mode });
}

/**
 * Decodes one user event's attached data (key-value pairs, values strings or numbers, as T-Server and
 * GWS deliver them; an object, a list of `[key, value]` or a list of `{ key, value }`) into a typed
 * {@link OcsMessage}: preview, chained and scheduled records, the chain's end marker, campaign notices
 * (mode changes included), record cancel, every acknowledgement, and errors with their number and
 * text (any event carrying `GSW_ERROR` or `GSW_ERROR_NUMBER`). Keys and names: `wireKeys`,
 * `userEvents` (Outbound Contact Reference Manual, "Communication Protocols"). Total on hostile data:
 * never throws; refuses with a {@link DecodeCode} and the offending key as `path`. Options that do not
 * have the shapes of the bridge's configuration (`fields`, `zones`, `keys`, `events`, `modes`) are
 * `invalid-options`, with their path (`$.options.keys`).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const m = genesys.ocs.decodeEvent({ GSW_USER_EVENT: 'RecordRejectAcknowledge', GSW_RECORD_HANDLE: 101, GSW_REFERENCE_ID: 2 });
 * if (m.ok) m.value; // { kind: 'acknowledged', request: 'reject', referenceId: 2, handle: 101 }
 * ```
 */
export function decodeEvent(data: unknown, options: DecodeOptions = {}): Result<OcsMessage, DecodeCode> {
  const checked = checkedOptions(options);
  if (!checked.ok) return checked;
  return decodeWire(data, checked.value);
}

/**
 * The options checked once (internal: `decodeEvent` and `genesys.gws.decodeNotification`): an object whose
 * parts have the configuration's shapes, or `invalid-options` with the path of what is wrong.
 */
export function checkedOptions(options: unknown): Result<DecodeOptions, DecodeCode> {
  const read = d.run(decodeOptionsDecoder, options, '$.options');
  return read instanceof d.Problem ? fail('invalid-options', read.message, undefined, read.path) : ok(read);
}

/** {@link decodeEvent} with options already checked (internal). */
export function decodeWire(data: unknown, options: DecodeOptions): Result<OcsMessage, DecodeCode> {
  const wire = readWire(data);
  if (wire === undefined) return fail('invalid-event-data', 'Event data must be key-value pairs.', undefined, '$');
  const k: WireKeys = { ...wireKeys, ...(options.keys ?? {}) };
  const names: UserEvents = { ...userEvents, ...(options.events ?? {}) };
  const referenceId = optionalId(wire, k.referenceId);
  if (!referenceId.ok) return referenceId;
  const handle = optionalId(wire, k.recordHandle);
  if (!handle.ok) return handle;
  const errorText = wireText(wire, k.error);
  if (errorText === null) return invalid(k.error, 'a string');
  const errorNumber = wireInteger(wire, k.errorNumber);
  if (errorNumber === null) return invalid(k.errorNumber, 'a non-negative integer');
  if (errorText !== undefined || errorNumber !== undefined) {
    return ok({ kind: 'error', referenceId: referenceId.value, errorNumber: errorNumber ?? null, errorText: errorText === undefined ? null : errorText.slice(0, 512), handle: handle.value });
  }
  const event = wireText(wire, k.userEvent);
  if (event === null) return invalid(k.userEvent, 'a string');
  if (event === undefined) return fail('unknown-user-event', `${k.userEvent} is required.`, undefined, keyPath(k.userEvent));
  const recordKind = event === names.previewRecord ? 'preview-record' : event === names.chainedRecord ? 'chained-record' : event === names.scheduledCall ? 'scheduled-call' : undefined;
  if (recordKind !== undefined) {
    const record = decodeRecord(wire, options);
    return record.ok ? ok({ kind: recordKind, referenceId: referenceId.value, record: record.value }) : record;
  }
  if (event === names.chainEnd) return ok({ kind: 'chain-end', referenceId: referenceId.value, handle: handle.value });
  if (event === names.recordCancel) {
    if (handle.value === null) return fail('missing-field', `${k.recordHandle} is required.`, undefined, keyPath(k.recordHandle));
    const campaign = wireText(wire, k.campaignName);
    return ok({ kind: 'record-cancelled', referenceId: referenceId.value, handle: handle.value, campaign: typeof campaign === 'string' ? campaign : null });
  }
  for (const [name, kind] of CAMPAIGN_KINDS) {
    if (event === names[name]) return campaignNotice(wire, kind, k, { ...campaignModes, ...(options.modes ?? {}) });
  }
  for (const [name, request] of ACK_KINDS) {
    if (event !== names[name]) continue;
    const base = { kind: 'acknowledged', request, referenceId: referenceId.value, handle: handle.value } as const;
    // The negotiated logout wait ([UNCONFIRMED] key: read only when the deployment names it).
    const delayKey = k.logoutDelay;
    if (request !== 'logout' || delayKey === undefined) return ok(base);
    const delay = wireInteger(wire, delayKey);
    if (delay === null || (delay !== undefined && delay > 86_400)) return invalid(delayKey, 'whole seconds from 0 to 86400');
    return ok(delay === undefined ? base : { ...base, delaySeconds: delay });
  }
  return fail('unknown-user-event', `${k.userEvent} names an event dialdesk does not read.`, undefined, keyPath(k.userEvent));
}
