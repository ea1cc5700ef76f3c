import { callbackKinds, offerTypes, type CallbackKind, type OfferType } from './callback-kind.js';
import { parseHistory, resolvePresets, type PolicyRule } from '../compliance/index.js';
import { accept, d, deepFreeze, describe, isInstant, isRecord, ownField, refuseStart, requestId, type Started } from '../core/internal.js';
import { DAY, day, local, parseDate, zone as parseZone, type LocalDate, type ZoneName } from '../time/index.js';
import type { DialogCode } from './codes.js';
import type { DialogEffect, SendRequestEffect } from './dialog-events.js';
import type { CallbackTypeOffer, CheckedContactPolicy, DialogState, Origin } from './dialog-state.js';

type Read<T> = { readonly value: T } | { readonly path: string; readonly message: string };

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 10_000;
}

function invalid(path: string, message: string, value: unknown, code: DialogCode = 'invalid-input'): Started<DialogState, DialogEffect, DialogCode> {
  return refuseStart(code, `${path}: ${message}`, { found: describe(value) }, path);
}

function readOrigin(raw: unknown): Read<Origin> {
  const bad = (path: string, message: string): Read<Origin> => ({ path, message });
  if (!isRecord(raw)) return bad('$.origin', 'expected a reschedule, interaction or team-communicator origin.');
  const kind = ownField(raw, 'kind');
  if (kind === 'reschedule') {
    const callbackId = ownField(raw, 'callbackId');
    const desiredAt = ownField(raw, 'desiredAt') ?? null;
    if (!isText(callbackId)) return bad('$.origin.callbackId', 'expected a non-empty string.');
    if (desiredAt !== null && !isInstant(desiredAt)) return bad('$.origin.desiredAt', 'expected epoch milliseconds or null.');
    return { value: { kind, callbackId, desiredAt } };
  }
  if (kind === 'interaction') {
    const interactionId = ownField(raw, 'interactionId');
    const media = ownField(raw, 'media');
    if (!isText(interactionId)) return bad('$.origin.interactionId', 'expected a non-empty string.');
    if (!isText(media)) return bad('$.origin.media', 'expected a non-empty string.');
    return { value: { kind, interactionId, media } };
  }
  if (kind === 'team-communicator') {
    const contactId = ownField(raw, 'contactId');
    return isText(contactId) ? { value: { kind, contactId } } : bad('$.origin.contactId', 'expected a non-empty string.');
  }
  return bad('$.origin.kind', "expected 'reschedule', 'interaction' or 'team-communicator'.");
}

function readTypes(raw: unknown): Read<CallbackTypeOffer[]> {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 100) return { path: '$.types', message: 'expected a list of 1 to 100 callback types.' };
  const out: CallbackTypeOffer[] = [];
  const items = raw as readonly unknown[];
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    const p = `$.types[${i}]`;
    if (!isRecord(item)) return { path: p, message: 'expected { id, label, kind, offerType? }.' };
    const id = ownField(item, 'id');
    const label = ownField(item, 'label');
    const kind = ownField(item, 'kind');
    const offerType = ownField(item, 'offerType');
    if (!isText(id) || id.length > 200 || out.some((t) => t.id === id)) return { path: `${p}.id`, message: 'expected a distinct non-empty id of at most 200 characters.' };
    if (typeof label !== 'string' || label.length > 1_000) return { path: `${p}.label`, message: 'expected a string of at most 1000 characters.' };
    if (typeof kind !== 'string' || !(callbackKinds as readonly string[]).includes(kind)) return { path: `${p}.kind`, message: `expected one of ${callbackKinds.join(', ')}.` };
    if (offerType !== undefined && (typeof offerType !== 'string' || !(offerTypes as readonly string[]).includes(offerType))) {
      return { path: `${p}.offerType`, message: `expected one of ${offerTypes.join(', ')}.` };
    }
    out.push(offerType === undefined ? { id, label, kind: kind as CallbackKind } : { id, label, kind: kind as CallbackKind, offerType: offerType as OfferType });
  }
  return { value: out };
}

/** Reads the optional contact policy of the input (untrusted), its history judged against `at`. */
function readPolicy(raw: unknown, at: number): Read<CheckedContactPolicy | null> {
  if (raw === undefined || raw === null) return { value: null };
  if (!isRecord(raw)) return { path: '$.contactPolicy', message: 'expected { presets, history, zone, holidays?, liveAgentGuaranteed? } or null.' };
  const rules = resolvePresets(ownField(raw, 'presets'), '$.contactPolicy.presets');
  if (!rules.ok) return { path: pathOf(rules.error.details, '$.contactPolicy.presets'), message: rules.error.message };
  const history = parseHistory(ownField(raw, 'history') ?? [], at, '$.contactPolicy.history');
  if (!history.ok) return { path: pathOf(history.error.details, '$.contactPolicy.history'), message: history.error.message };
  const z = parseZone(ownField(raw, 'zone'));
  if (!z.ok) return { path: '$.contactPolicy.zone', message: 'expected the contact\'s IANA zone.' };
  const rawHolidays = ownField(raw, 'holidays') ?? [];
  if (!Array.isArray(rawHolidays) || rawHolidays.length > 1_000) return { path: '$.contactPolicy.holidays', message: 'expected a list of at most 1000 dates YYYY-MM-DD.' };
  const holidays: LocalDate[] = [];
  for (let i = 0; i < rawHolidays.length; i += 1) {
    const d = parseDate((rawHolidays as readonly unknown[])[i]);
    if (!d.ok) return { path: `$.contactPolicy.holidays[${i}]`, message: 'expected a date YYYY-MM-DD.' };
    holidays.push(d.value);
  }
  const guaranteed = ownField(raw, 'liveAgentGuaranteed') ?? false;
  if (typeof guaranteed !== 'boolean') return { path: '$.contactPolicy.liveAgentGuaranteed', message: 'expected a boolean.' };
  // The rows are plain JSON data; a copy lets the state's deep freeze reach every level (a preset's rows
  // are shared, frozen objects whose nested parts the freeze would otherwise skip).
  const copy = JSON.parse(JSON.stringify(rules.value)) as PolicyRule[];
  return { value: { rules: copy, history: history.value.map((a) => ({ at: a.at, outcome: a.outcome })), zone: z.value, holidays, liveAgentGuaranteed: guaranteed } };
}

/** The `path` a contact-policy parser put in its details, or `fallback`. */
function pathOf(details: unknown, fallback: string): string {
  const p = isRecord(details) ? ownField(details, 'path') : undefined;
  return typeof p === 'string' ? p : fallback;
}

/** The availability request for a date and zone, and the request counter after it. */
export function loadFor(state: Pick<DialogState, 'requestCount'>, zone: ZoneName, date: LocalDate): { effect: SendRequestEffect & { request: { kind: 'availability' } }; count: number } {
  const count = state.requestCount + 1;
  const d = day(date, zone);
  const start = d.ok ? d.value.start : 0;
  const end = d.ok ? d.value.end : 0;
  return { effect: { type: 'send-request', request: { kind: 'availability', requestId: requestId('availability', count), zone, date, start, end } }, count };
}

/**
 * Opens the callback dialog: the reschedule view for a `reschedule` origin (its Reschedule Callback check
 * box clear), the new-callback dialog otherwise. Shows the date of the current desired time (reschedule,
 * when still ahead) or of today in the default zone, and asks for its availability (a `send-request`
 * effect with an `availability` request).
 *
 * Untrusted input is checked: a refusal has the code `invalid-input` (or `unknown-zone`) and the JSON
 * `path` of the offending value (`$.zones[1]`, `$.contactPolicy.history[0].at`), and no state.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const step = callback.dialog.machine.start({
 *   at: Date.UTC(2026, 10, 24, 14),
 *   origin: { kind: 'reschedule', callbackId: 'cb-42', desiredAt: Date.UTC(2026, 10, 25, 15) },
 *   types: [{ id: 'scheduled', label: 'Scheduled', kind: 'scheduled' }],
 *   zones: ['America/New_York'], defaultZone: 'America/New_York', numbers: ['+15551230001'],
 * });
 * if (step.ok) [step.state.date, step.state.rescheduling, step.effects[0]?.type]; // ['2026-11-25', false, 'send-request']
 * ```
 */
export function startDialog(input: unknown): Started<DialogState, DialogEffect, DialogCode> {
  if (!isRecord(input)) return invalid('$', 'expected an object.', input);
  const at = ownField(input, 'at');
  if (!isInstant(at)) return invalid('$.at', 'expected epoch milliseconds.', at);
  const origin = readOrigin(ownField(input, 'origin'));
  if (!('value' in origin)) return invalid(origin.path, origin.message, undefined);
  const types = readTypes(ownField(input, 'types'));
  if (!('value' in types)) return invalid(types.path, types.message, undefined);
  const defaultTypeRaw = ownField(input, 'defaultType');
  const defaultType = defaultTypeRaw ?? (types.value[0] as CallbackTypeOffer).id;
  if (!types.value.some((t) => t.id === defaultType)) return invalid('$.defaultType', 'expected the id of an offered type.', defaultTypeRaw);
  const zonesRaw = ownField(input, 'zones');
  if (!Array.isArray(zonesRaw) || zonesRaw.length === 0 || zonesRaw.length > 100) return invalid('$.zones', 'expected a list of 1 to 100 IANA zones.', zonesRaw);
  const zones: ZoneName[] = [];
  for (let i = 0; i < zonesRaw.length; i += 1) {
    const z: unknown = (zonesRaw as readonly unknown[])[i];
    const r = parseZone(z);
    if (!r.ok) return invalid(`$.zones[${i}]`, 'expected an IANA zone.', z, 'unknown-zone');
    if (!zones.includes(r.value)) zones.push(r.value);
  }
  const defaultZoneRaw = ownField(input, 'defaultZone');
  const dz = parseZone(defaultZoneRaw);
  if (!dz.ok || !zones.includes(dz.value)) return invalid('$.defaultZone', 'expected one of `zones`.', defaultZoneRaw);
  const numbersRaw = ownField(input, 'numbers');
  if (!Array.isArray(numbersRaw) || numbersRaw.length > 100) return invalid('$.numbers', 'expected a list of at most 100 numbers.', numbersRaw);
  for (let i = 0; i < numbersRaw.length; i += 1) {
    const n: unknown = (numbersRaw as readonly unknown[])[i];
    if (!isText(n) || n.length > 64) return invalid(`$.numbers[${i}]`, 'expected a non-empty string of at most 64 characters.', n);
  }
  const numbers = [...new Set(numbersRaw as readonly string[])];
  const defaultNumberRaw = ownField(input, 'defaultNumber');
  const defaultNumber = defaultNumberRaw ?? numbers[0] ?? null;
  if (defaultNumber !== null && !numbers.includes(defaultNumber as string)) return invalid('$.defaultNumber', 'expected one of `numbers`.', defaultNumberRaw);
  // Read with the core decoder: it reads -0 as 0 (a -0 would not survive a JSON round trip).
  const noticeRaw = ownField(input, 'noticeMinutes');
  const notice = noticeRaw === undefined ? 0 : d.run(d.integer(0, 525_600), noticeRaw, '$.noticeMinutes');
  if (notice instanceof d.Problem) return invalid('$.noticeMinutes', 'expected whole minutes from 0 to 525600.', noticeRaw);
  const horizonRaw = ownField(input, 'horizonDays');
  const horizon = horizonRaw === undefined ? 30 : d.run(d.integer(1, 366), horizonRaw, '$.horizonDays');
  if (horizon instanceof d.Problem) return invalid('$.horizonDays', 'expected a whole number from 1 to 366.', horizonRaw);
  const policy = readPolicy(ownField(input, 'contactPolicy'), at);
  if (!('value' in policy)) return invalid(policy.path, policy.message, undefined);
  const o = origin.value;
  const shownAt = o.kind === 'reschedule' && o.desiredAt !== null && o.desiredAt >= at && o.desiredAt < at + horizon * DAY ? o.desiredAt : at;
  const reading = local(shownAt, dz.value);
  if (!reading.ok) return invalid('$.at', reading.error.message, at);
  const date = reading.value.date;
  const { effect, count } = loadFor({ requestCount: 0 }, dz.value, date);
  const state: DialogState = deepFreeze({
    version: 1,
    lastAt: at,
    origin: o,
    phase: 'selecting',
    rescheduling: o.kind !== 'reschedule',
    initial: { typeId: defaultType as string, zone: dz.value, date, number: defaultNumber as string | null },
    types: types.value,
    typeId: defaultType as string,
    zones,
    zone: dz.value,
    numbers,
    number: defaultNumber as string | null,
    date,
    month: { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) },
    noticeMinutes: notice,
    horizonDays: horizon,
    contactPolicy: policy.value,
    availability: { status: 'loading', requestId: effect.request.requestId, zone: dz.value, date, slots: [], error: null },
    chosen: null,
    requestCount: count,
    pendingCommit: null,
    error: null,
    outcome: null,
  });
  return accept(state, [effect]);
}
