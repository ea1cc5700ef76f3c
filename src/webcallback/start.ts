import { accept, deepFreeze, fail, isInstant, isRecord, maxInstant, ok, ownField, type Result, type Started } from '../core/internal.js';
import { MINUTE, local, minutesToTime, wallDate, zone as parseZone, type YearMonth } from '../time/index.js';
import { parseConfig, type WebCallbackConfig } from './config.js';
import type { WebCallbackEffect } from './effects.js';
import type { WebCallbackCode } from './codes.js';
import type { Draft, Schedule, ViewState, WebCallbackState } from './state.js';


/**
 * The web callback being previewed, as `start` receives it.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const callback: webcallback.PreviewedCallback = {
 *   interactionId: 'wc-1',
 *   numbers: ['+15551230001', '+15551230002'],
 *   start: Date.UTC(2026, 10, 24, 14),
 *   end: Date.UTC(2026, 10, 24, 15),
 * };
 * ```
 */
export interface PreviewedCallback {
  /** The web callback interaction's id. */
  readonly interactionId: string;
  /** The contact's numbers (the To list), at least one. */
  readonly numbers: readonly string[];
  /** The scheduled start, epoch ms UTC. */
  readonly start: number;
  /** The scheduled end, epoch ms UTC, after `start`. */
  readonly end: number;
  /** The number currently scheduled (default: the first of `numbers`); must be in `numbers`. */
  readonly number?: string;
}

/**
 * The input of `webcallback.machine.start`.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const input: webcallback.WebCallbackInput = {
 *   at: Date.UTC(2026, 10, 24, 13),
 *   zone: 'America/New_York',
 *   callback: { interactionId: 'wc-1', numbers: ['+15551230001'], start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 15) },
 *   config: { minLeadMinutes: 5 },
 * };
 * ```
 */
export interface WebCallbackInput {
  /** The current instant, epoch ms UTC. */
  readonly at: number;
  /** The agent's zone, an IANA name: On, From and Till are read in it. */
  readonly zone: string;
  /** The web callback in the preview. */
  readonly callback: PreviewedCallback;
  /** Rules; omitted fields take the defaults (15 minutes to 8 hours, policy `compatible`, no lead). */
  readonly config?: Partial<WebCallbackConfig>;
}

/** The draft the view shows for a schedule: its date, time, duration and number in the agent's zone. */
export function draftOf(schedule: Schedule, zone: string): Draft {
  const reading = local(schedule.start, zone);
  const on = reading.ok ? reading.value.date : wallDate(0);
  const from = reading.ok ? reading.value.time : minutesToTime(0);
  return { on, from, durationMinutes: Math.round((schedule.end - schedule.start) / MINUTE), to: schedule.number };
}

/** The calendar month of a `YYYY-MM-DD` date. */
export function monthOfDate(date: string): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** A closed, unticked view showing a schedule. */
export function freshView(schedule: Schedule, zone: string): ViewState {
  const draft = draftOf(schedule, zone);
  return { open: false, ticked: false, set: false, draft, month: monthOfDate(draft.on), errors: [] };
}

function parseNumbers(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 100) return null;
  const numbers: string[] = [];
  for (const n of value as unknown[]) {
    if (typeof n !== 'string' || n.trim() === '' || n.length > 64) return null;
    if (!numbers.includes(n.trim())) numbers.push(n.trim());
  }
  return numbers;
}

function parseCallback(value: unknown): Result<{ interactionId: string; numbers: string[]; scheduled: Schedule }, 'invalid-input'> {
  if (!isRecord(value)) return fail('invalid-input', '`callback` must be an object.', undefined, '$.callback');
  const interactionId = ownField(value, 'interactionId');
  if (typeof interactionId !== 'string' || interactionId === '') {
    return fail('invalid-input', 'The interaction id must be a non-empty string.', undefined, '$.callback.interactionId');
  }
  const numbers = parseNumbers(ownField(value, 'numbers'));
  if (numbers === null) return fail('invalid-input', 'The contact needs 1 to 100 non-empty numbers.', undefined, '$.callback.numbers');
  const start = ownField(value, 'start');
  const end = ownField(value, 'end');
  if (!isInstant(start) || !isInstant(end) || end <= start || end > maxInstant) {
    return fail('invalid-input', 'The scheduled window needs instants with start < end.', undefined, '$.callback.start');
  }
  const rawNumber = ownField(value, 'number');
  const number = typeof rawNumber === 'string' ? rawNumber.trim() : rawNumber === undefined ? numbers[0] : undefined;
  if (number === undefined || !numbers.includes(number)) {
    return fail('invalid-input', 'The scheduled number must be one of the contact numbers.', undefined, '$.callback.number');
  }
  return ok({ interactionId, numbers, scheduled: { start, end, number } });
}

/**
 * Starts the reschedule machine for a web callback in the preview: the view closed, the check box
 * unticked, the fields showing the current schedule in the agent's zone. Refuses unusable input with
 * `invalid-input` (with the JSON path of the offending field), `invalid-instant` or `unknown-zone`, and
 * no state; never throws.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const step = webcallback.machine.start({
 *   at: Date.UTC(2026, 10, 24, 13),
 *   zone: 'America/New_York',
 *   callback: { interactionId: 'wc-1', numbers: ['+15551230001'], start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 15) },
 * });
 * if (step.ok) step.state.view.draft; // { on: '2026-11-24', from: '09:00', durationMinutes: 60, to: '+15551230001' }
 * ```
 */
export function start(input: WebCallbackInput): Started<WebCallbackState, WebCallbackEffect, WebCallbackCode> {
  const raw: unknown = input;
  if (!isRecord(raw)) return fail('invalid-input', 'The input must be an object.', { kind: raw === null ? 'null' : typeof raw }, '$');
  const at = ownField(raw, 'at');
  if (!isInstant(at)) return fail('invalid-instant', `\`at\` must be epoch milliseconds from 0 to ${maxInstant}.`, undefined, '$.at');
  const zone = parseZone(ownField(raw, 'zone'));
  if (!zone.ok) return fail(zone.error.code, zone.error.message, zone.error.details, '$.zone');
  const callback = parseCallback(ownField(raw, 'callback'));
  if (!callback.ok) return callback;
  const config = parseConfig(ownField(raw, 'config'));
  if (!config.ok) return config;
  const { interactionId, numbers, scheduled } = callback.value;
  const state: WebCallbackState = {
    version: 1,
    lastAt: at,
    interactionId,
    zone: zone.value,
    numbers,
    config: config.value,
    scheduled,
    view: freshView(scheduled, zone.value),
    requestCount: 0,
    pending: null,
    notification: null,
    outcome: null,
  };
  return accept(deepFreeze(state));
}
