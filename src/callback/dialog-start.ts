import { accept, deepFreeze, isInstant, isRecord, ownField, refuse, requestId, type Step } from '../core/internal.js';
import { day, local, zone as parseZone, type LocalDate, type ZoneName } from '../time/index.js';
import type { DialogEffect, LoadAvailabilityEffect } from './dialog-events.js';
import type { CallbackTypeOffer, DialogState, Origin } from './dialog-state.js';

/**
 * The state a refused `start` hands back so that the `Step` type holds: closed, so that using it by
 * mistake refuses every event.
 */
const UNUSABLE: DialogState = deepFreeze({
  version: 1,
  lastAt: 0,
  origin: { kind: 'team-communicator', contactId: '' },
  phase: 'closed',
  types: [],
  typeId: '',
  zones: ['UTC'],
  zone: 'UTC',
  numbers: [],
  number: null,
  date: '1970-01-01',
  noticeMinutes: 0,
  horizonDays: 30,
  availability: { status: 'failed', requestId: '', zone: 'UTC', date: '1970-01-01', slots: [], error: null },
  chosen: null,
  requestCount: 0,
  pendingCommit: null,
  error: null,
  outcome: 'unchanged',
});

function invalid(field: string, message: string, code = 'invalid-input'): Step<DialogState, DialogEffect> {
  return refuse(UNUSABLE, code, message, { field });
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function readOrigin(raw: unknown): Origin | null {
  if (!isRecord(raw)) return null;
  const kind = ownField(raw, 'kind');
  if (kind === 'reschedule') {
    const callbackId = ownField(raw, 'callbackId');
    const desiredAt = ownField(raw, 'desiredAt') ?? null;
    if (!isText(callbackId) || (desiredAt !== null && !isInstant(desiredAt))) return null;
    return { kind, callbackId, desiredAt };
  }
  if (kind === 'interaction') {
    const interactionId = ownField(raw, 'interactionId');
    const media = ownField(raw, 'media');
    return isText(interactionId) && isText(media) ? { kind, interactionId, media } : null;
  }
  if (kind === 'team-communicator') {
    const contactId = ownField(raw, 'contactId');
    return isText(contactId) ? { kind, contactId } : null;
  }
  return null;
}

function readTypes(raw: unknown): CallbackTypeOffer[] | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const out: CallbackTypeOffer[] = [];
  for (const item of raw as readonly unknown[]) {
    if (!isRecord(item)) return null;
    const id = ownField(item, 'id');
    const label = ownField(item, 'label');
    const immediate = ownField(item, 'immediate');
    if (!isText(id) || typeof label !== 'string' || typeof immediate !== 'boolean' || out.some((t) => t.id === id)) return null;
    out.push({ id, label, immediate });
  }
  return out;
}

/** The load effect for a date and zone, and the matching `loading` view. */
export function loadFor(state: Pick<DialogState, 'requestCount'>, zone: ZoneName, date: LocalDate): { effect: LoadAvailabilityEffect; count: number } {
  const count = state.requestCount + 1;
  const d = day(date, zone);
  const start = d.ok ? d.value.start : 0;
  const end = d.ok ? d.value.end : 0;
  return { effect: { type: 'load-availability', requestId: requestId('availability', count), zone, date, start, end }, count };
}

/**
 * Opens the callback dialog: the reschedule view for a `reschedule` origin, the new-callback dialog
 * otherwise. Shows the date of the current desired time (reschedule, when still ahead) or of today in
 * the default zone, and asks for its availability (a `load-availability` effect).
 *
 * Untrusted input is checked: a refusal has the code `invalid-input` (or `unknown-zone`) with
 * `details.field`, and its `state` is an unusable closed placeholder; check `step.ok` first.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const step = callback.dialog.machine.start({
 *   at: Date.UTC(2026, 10, 24, 14),
 *   origin: { kind: 'reschedule', callbackId: 'cb-42', desiredAt: Date.UTC(2026, 10, 25, 15) },
 *   types: [{ id: 'scheduled', label: 'Scheduled', immediate: false }],
 *   zones: ['America/New_York'], defaultZone: 'America/New_York', numbers: ['+15551230001'],
 * });
 * if (step.ok) [step.state.date, step.effects[0]?.type]; // ['2026-11-25', 'load-availability']
 * ```
 */
export function startDialog(input: unknown): Step<DialogState, DialogEffect> {
  if (!isRecord(input)) return invalid('input', 'The input must be an object.');
  const at = ownField(input, 'at');
  if (!isInstant(at)) return invalid('at', '`at` must be epoch milliseconds.');
  const origin = readOrigin(ownField(input, 'origin'));
  if (origin === null) return invalid('origin', '`origin` must be a reschedule, interaction or team-communicator origin with its ids.');
  const types = readTypes(ownField(input, 'types'));
  if (types === null) return invalid('types', '`types` must be a non-empty list of { id, label, immediate } with distinct ids.');
  const defaultType = ownField(input, 'defaultType') ?? (types[0] as CallbackTypeOffer).id;
  if (!types.some((t) => t.id === defaultType)) return invalid('defaultType', '`defaultType` must be the id of an offered type.');
  const zonesRaw = ownField(input, 'zones');
  if (!Array.isArray(zonesRaw) || zonesRaw.length === 0) return invalid('zones', '`zones` must be a non-empty list of IANA zones.');
  const zones: ZoneName[] = [];
  for (const z of zonesRaw as readonly unknown[]) {
    const r = parseZone(z);
    if (!r.ok) return invalid('zones', `Not an IANA zone: ${String(z)}`, 'unknown-zone');
    if (!zones.includes(r.value)) zones.push(r.value);
  }
  const dz = parseZone(ownField(input, 'defaultZone'));
  if (!dz.ok || !zones.includes(dz.value)) return invalid('defaultZone', '`defaultZone` must be one of `zones`.');
  const numbersRaw = ownField(input, 'numbers');
  if (!Array.isArray(numbersRaw) || !(numbersRaw as readonly unknown[]).every(isText)) return invalid('numbers', '`numbers` must be a list of non-empty strings.');
  const numbers = [...new Set(numbersRaw as readonly string[])];
  const defaultNumber = ownField(input, 'defaultNumber') ?? numbers[0] ?? null;
  if (defaultNumber !== null && !numbers.includes(defaultNumber as string)) return invalid('defaultNumber', '`defaultNumber` must be one of `numbers`.');
  const notice = ownField(input, 'noticeMinutes') ?? 0;
  if (typeof notice !== 'number' || !Number.isInteger(notice) || notice < 0) return invalid('noticeMinutes', '`noticeMinutes` must be a whole number of minutes, 0 or more.');
  const horizon = ownField(input, 'horizonDays') ?? 30;
  if (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 1 || horizon > 366) return invalid('horizonDays', '`horizonDays` must be a whole number from 1 to 366.');
  const shownAt = origin.kind === 'reschedule' && origin.desiredAt !== null && origin.desiredAt >= at && origin.desiredAt < at + horizon * 86_400_000 ? origin.desiredAt : at;
  const reading = local(shownAt, dz.value);
  if (!reading.ok) return invalid('at', reading.error.message);
  const date = reading.value.date;
  const { effect, count } = loadFor({ requestCount: 0 }, dz.value, date);
  const state: DialogState = deepFreeze({
    version: 1,
    lastAt: at,
    origin,
    phase: 'selecting',
    types,
    typeId: defaultType as string,
    zones,
    zone: dz.value,
    numbers,
    number: defaultNumber as string | null,
    date,
    noticeMinutes: notice,
    horizonDays: horizon,
    availability: { status: 'loading', requestId: effect.requestId, zone: dz.value, date, slots: [], error: null },
    chosen: null,
    requestCount: count,
    pendingCommit: null,
    error: null,
    outcome: null,
  });
  return accept(state, [effect]);
}
