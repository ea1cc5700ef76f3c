import type { ButtonState } from '../core/button-state.js';
import { MINUTE, daysBetween, formatTime, type LocalDate, type LocalTime, durationLabel } from '../time/index.js';
import { clockFace, twelveHourLabel, type ClockFace, type ClockFaceOptions } from './clock-face.js';
import type { WebCallbackCode } from './codes.js';
import type { FieldError } from '../core/field-error.js';
import type { Field } from './problems.js';
import type { WebCallbackState } from './state.js';
import { validateDraft } from './validate.js';
import { windowOf, type DraftWindow } from './window.js';
import { selectorAt, selectorState } from '../core/internal.js';
import { machine } from './machine.js';

/** The state a web callback selector reads (internal): see `selectorState`. */
export function webCallbackState(fn: string, state: unknown): WebCallbackState {
  return selectorState(machine, `webcallback.${fn}`, state);
}

function unwrap(r: ReturnType<typeof windowOf>): DraftWindow | null {
  return r.ok ? r.value : null;
}

/**
 * The button: `rescheduled` once the view was closed with X and valid values, and after Done while the
 * request is pending or acknowledged (until the agent ticks the check box again); otherwise `reschedule`.
 *
 * @throws RangeError when `state` is not a web callback state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * webcallback.button(state, Date.now()) === 'rescheduled' ? 'Rescheduled Callback' : 'Reschedule Callback';
 * ```
 */
export function button(state: WebCallbackState, at: number): ButtonState {
  void at; // the button depends on the state alone; `at` keeps the one selector signature
  state = webCallbackState('button', state);
  if (state.view.set) return 'rescheduled';
  const committed = state.pending !== null || state.outcome?.status === 'acknowledged';
  return committed && !state.view.ticked ? 'rescheduled' : 'reschedule';
}

/**
 * What the view's fields show, and what is wrong with them now.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const f = webcallback.fields(state, Date.now());
 * `${f.from} – ${f.till}${f.tillNextDay ? ' (+1)' : ''} · ${f.durationLabel}`;
 * ```
 */
export interface FieldsView {
  /** Whether the fields accept input (the view is open and the check box ticked). */
  readonly editable: boolean;
  /** The On field. */
  readonly on: LocalDate;
  /** The From field as entered. */
  readonly from: LocalTime;
  /** When From is in a DST gap and moves forward (or back, policy `earlier`): the actual start time; else `null`. */
  readonly shiftedFrom: LocalTime | null;
  /** True when From happens twice that day (a DST overlap) and the policy picked one. */
  readonly ambiguousFrom: boolean;
  /** The Till field: the local time at the end instant. */
  readonly till: LocalTime | null;
  /** How many days after On the window ends (1 when Till crosses midnight). */
  readonly tillDayOffset: number;
  /** True when Till is on a later day than On. */
  readonly tillNextDay: boolean;
  /** The From label (12-hour, or in the locale given to {@link fields}); the actual start time when shifted. */
  readonly fromLabel: string;
  /** The Till label, or `null` when Till cannot be placed. */
  readonly tillLabel: string | null;
  /** The window's length in elapsed minutes. */
  readonly durationMinutes: number;
  /** The duration as a label (`1 h 30 min`). */
  readonly durationLabel: string;
  /** The To field. */
  readonly to: string;
  /** The To list. */
  readonly numbers: readonly string[];
  /** The start and end instants, when From resolves under the policy; else `null`. */
  readonly start: number | null;
  /** The end instant (start plus duration), or `null`. */
  readonly end: number | null;
  /** What is wrong now (empty unless the check box is ticked), field by field. */
  readonly errors: readonly FieldError<Field, WebCallbackCode>[];
}

function labelOf(time: LocalTime, options: ClockFaceOptions): string {
  if (options.locale === undefined) return twelveHourLabel(time);
  const hour12 = options.hour12 === undefined ? {} : { hour12: options.hour12 };
  const [h, m] = [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
  const formatted = formatTime((h * 60 + m) * MINUTE, 'UTC', options.locale, hour12);
  return formatted.ok ? formatted.value : twelveHourLabel(time);
}

/**
 * The fields of the Reschedule Callback view at the instant `at`. With a locale, the From and Till
 * labels come from `time.formatTime` (an invalid locale falls back to the 12-hour labels).
 *
 * @throws RangeError when `state` is not a web callback state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * webcallback.fields(state, Date.now()).errors.filter((e) => e.field === 'from');
 * ```
 */
export function fields(state: WebCallbackState, at: number, options: ClockFaceOptions = {}): FieldsView {
  state = webCallbackState('fields', state);
  at = selectorAt(state.lastAt, at);
  const { draft } = state.view;
  const strict = windowOf(draft, state.zone, state.config.policy);
  const w = strict.ok ? strict.value : null;
  // Under policy `reject` a From in a gap has no start; Till is still shown as `compatible` places it.
  const loose = w ?? unwrap(windowOf(draft, state.zone, 'compatible'));
  const offset = loose === null ? 0 : daysBetween(draft.on, loose.endDate);
  return Object.freeze({
    editable: state.view.open && state.view.ticked,
    on: draft.on,
    from: draft.from,
    shiftedFrom: w !== null && w.shifted ? w.startTime : null,
    ambiguousFrom: w !== null && w.kind === 'overlap',
    till: loose === null ? null : loose.endTime,
    fromLabel: labelOf(w === null ? draft.from : w.startTime, options),
    tillLabel: loose === null ? null : labelOf(loose.endTime, options),
    tillDayOffset: offset,
    tillNextDay: offset > 0,
    durationMinutes: draft.durationMinutes,
    durationLabel: durationLabel(draft.durationMinutes),
    to: draft.to,
    numbers: state.numbers,
    start: w === null ? null : w.start,
    end: w === null ? null : w.start + draft.durationMinutes * MINUTE,
    errors: state.view.ticked ? validateDraft(draft, state, at) : Object.freeze([]),
  });
}

/**
 * The Done button (the commit action): whether it is enabled, and why not.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const d = webcallback.commitButton(state, Date.now());
 * d.enabled ? 'Done' : `Done (disabled: ${d.reason})`;
 * ```
 */
export interface CommitButton {
  /** True when a `done` event now would commit. */
  readonly enabled: boolean;
  /** The code a `done` event now would be refused with, or `null`. */
  readonly reason: WebCallbackCode | null;
  /** The errors behind `reason` (the values' errors, or the last close's). */
  readonly errors: readonly FieldError<Field, WebCallbackCode>[];
}

/**
 * Whether Done would commit at the instant `at`, and the refusal code otherwise
 * (`request-pending`, `reschedule-not-set`, or the first problem with the values, e.g. `time-in-past`).
 *
 * @throws RangeError when `state` is not a web callback state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * webcallback.commitButton(state, Date.now()).reason; // e.g. 'reschedule-not-set'
 * ```
 */
export function commitButton(state: WebCallbackState, at: number): CommitButton {
  state = webCallbackState('commitButton', state);
  at = selectorAt(state.lastAt, at);
  if (state.pending !== null) return Object.freeze({ enabled: false, reason: 'request-pending', errors: Object.freeze([]) });
  if (!state.view.set) return Object.freeze({ enabled: false, reason: 'reschedule-not-set', errors: state.view.errors });
  const errors = validateDraft(state.view.draft, state, at);
  const first = errors[0];
  return Object.freeze({ enabled: first === undefined, reason: first === undefined ? null : first.code, errors });
}

/**
 * The clock face for the view's From time (the actual start time when From is in a gap), with the arc
 * to Till. `null` when From cannot be read or the locale is invalid.
 *
 * @throws RangeError when `state` is not a web callback state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const face = webcallback.clock(state, Date.now());
 * face?.label; // '9:30 AM'
 * ```
 */
export function clock(state: WebCallbackState, at: number, options: ClockFaceOptions = {}): ClockFace | null {
  void at; // the face shows the draft alone; `at` keeps the one selector signature
  state = webCallbackState('clock', state);
  const { draft } = state.view;
  const window = windowOf(draft, state.zone, state.config.policy);
  const w = window.ok ? window.value : null;
  const face = w === null ? clockFace(draft.from, undefined, options) : clockFace(w.startTime, Math.max(0, w.wallMinutes), options);
  return face.ok ? face.value : null;
}
