import type { ButtonState } from '../../core/button-state.js';
import { maxInstant, selectorState } from '../../core/internal.js';
import { machine } from './machine.js';
import { monthPicker, type LocalDate, type LocalTime, type MonthPicker, type WallTimeKind, type ZoneName, readDate, readTime } from '../../time/index.js';
import type { FieldError } from '../../core/internal.js';
import type { RescheduleCode, RescheduleField } from './codes.js';
import type { ContactInfoType } from './contact-type.js';
import { assess } from './evaluate.js';
import { monthIndex, monthRange } from './edits.js';
import { checkForm } from './new-number.js';
import { personalCheckBoxFor, type PersonalCheckBox } from './policy.js';
import type { NewNumberForm, RescheduleState } from './state.js';
import { entryZoneOf, readAt, selectableRange, selectorInstant } from './zones.js';

/** The state a reschedule selector reads (internal): see `selectorState`. */
function rescheduleState(fn: string, state: unknown): RescheduleState {
  return selectorState(machine, `outbound.reschedule.${fn}`, state);
}

/**
 * The toolbar button's state at `at` (`at` is there for the one selector shape; the button does not
 * depend on time).
 *
 * @throws RangeError when `state` is not a reschedule state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.reschedule.machine.start({ at: 0, recordHandle: 1, chain: [], contactZone: 'UTC', agentZone: 'UTC' });
 * if (s.ok) outbound.reschedule.button(s.state, 0); // 'reschedule'
 * ```
 */
export function button(state: RescheduleState, _at: number): ButtonState {
  state = rescheduleState('button', state);
  return state.phase === 'rescheduled' ? 'rescheduled' : 'reschedule';
}

/**
 * The Personal Callback check box: shown, checked and enabled as the policy says.
 *
 * @throws RangeError when `state` is not a reschedule state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.reschedule.machine.start({
 *   at: 0, recordHandle: 1, chain: [], contactZone: 'UTC', agentZone: 'UTC', personalPolicy: 'always-personal',
 * });
 * if (s.ok) outbound.reschedule.personalCheckBox(s.state, 0); // { shown: true, checked: true, enabled: false }
 * ```
 */
export function personalCheckBox(state: RescheduleState, _at: number): PersonalCheckBox {
  state = rescheduleState('personalCheckBox', state);
  const box = personalCheckBoxFor(state.config.personalPolicy, state.personal);
  return state.phase === 'editing' ? box : { ...box, enabled: false };
}

/**
 * The calendar at `at`: the `time.MonthPicker` of the shown month, in the entry zone (see
 * `fields(state, at).entryZone`). Days before today or past the horizon are not selectable; `previous`
 * and `next` name the months the arrows lead to (send one as a `show-month` event), `null` when that
 * way has no selectable day. A shown month that time has left behind is drawn as the nearest month that
 * still has a selectable day. `title` is `null` (format it with `time.monthTitle` in your locale).
 *
 * @throws RangeError when `state` is not a reschedule state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const now = Date.UTC(2026, 10, 24, 15, 7);
 * const s = outbound.reschedule.machine.start({ at: now, recordHandle: 1, chain: [], contactZone: 'UTC', agentZone: 'America/New_York' });
 * if (s.ok) outbound.reschedule.calendar(s.state, now).grid.weeks.flat().find((d) => d.date === '2026-11-23')?.selectable; // false
 * ```
 */
export function calendar(state: RescheduleState, at: number): MonthPicker {
  state = rescheduleState('calendar', state);
  const now = selectorInstant(state.lastAt, at);
  const { first, last } = selectableRange(state.config, now);
  const range = monthRange(state, now);
  const shown = monthIndex(state.shownMonth) < monthIndex(range.first) ? range.first : monthIndex(state.shownMonth) > monthIndex(range.last) ? range.last : state.shownMonth;
  const date = readDate(state.dateText, state.config.dateFormat);
  const picker = monthPicker({ shown, today: first, min: first, max: last, selected: date.ok ? date.value : null, weekStartsOn: state.config.weekStartsOn });
  if (picker.ok) return picker.value;
  // Unreachable: `shown`, the dates and the first weekday all come from a checked state.
  throw new Error('reschedule: the calendar of a state that was not restored');
}

/**
 * A field as shown: its text, its parsed value, and its first error.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const f: outbound.reschedule.TextField = { text: '31/02/2026', value: null, error: { field: 'date', code: 'invalid-date', message: 'Enter a real date.' } };
 * ```
 */
export interface TextField {
  /** What the field shows. */
  readonly text: string;
  /** The parsed value, or `null`. */
  readonly value: string | null;
  /** The field's first problem, or `null`. */
  readonly error: FieldError<RescheduleField, RescheduleCode> | null;
}

/**
 * What the entered date and time mean: the instant, how it resolved, and the contact's wall clock.
 *
 * @example
 * ```ts
 * import type { outbound, time } from 'dialdesk';
 * declare const entryTime: time.LocalTime; // '15:00', from time.parseTime or a state
 * declare const contactDate: time.LocalDate; // '2026-11-25', from time.parseDate or a state
 * declare const contactTime: time.LocalTime; // '10:00', from time.parseTime or a state
 * const r: outbound.reschedule.ResolvedCallback = {
 *   at: 1_764_082_800_000, iso: '2026-11-25T15:00:00.000Z', kind: 'normal', shifted: false, entryTime,
 *   contactDate, contactTime,
 * };
 * ```
 */
export interface ResolvedCallback {
  /** The instant, epoch ms UTC. */
  readonly at: number;
  /** The same as ISO 8601 UTC. */
  readonly iso: string;
  /** Whether the entered wall time existed once, fell in a DST gap, or was ambiguous. */
  readonly kind: WallTimeKind;
  /** True when a DST gap moved the time (tell the agent: the field's time does not exist). */
  readonly shifted: boolean;
  /** The wall time the instant has in the entry zone (differs from the typed one when shifted). */
  readonly entryTime: LocalTime;
  /** The contact's local date at that instant. */
  readonly contactDate: LocalDate;
  /** The contact's local time at that instant. */
  readonly contactTime: LocalTime;
}

/**
 * One entry of the Phone drop-down.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.reschedule.NumberOption = { key: 101, phone: '+16175550100', contactType: 'home-phone', from: null, until: null, selected: true };
 * ```
 */
export interface NumberOption {
  /** The chain record's handle, or `'new'` for the added number (what `choose-number` takes). */
  readonly key: number | 'new';
  /** The phone (or address). */
  readonly phone: string;
  /** Its OCS contact info type. */
  readonly contactType: ContactInfoType;
  /** Window start in the contact's zone, or `null`. */
  readonly from: LocalTime | null;
  /** Window end in the contact's zone, or `null`. */
  readonly until: LocalTime | null;
  /** Whether it is the chosen number. */
  readonly selected: boolean;
}

/**
 * The Add New Number form as shown.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function phoneError(f: outbound.reschedule.NewNumberView): string | undefined {
 *   return f.errors.find((e) => e.field === 'phone')?.code;
 * }
 * ```
 */
export interface NewNumberView {
  /** The form's current values. */
  readonly values: NewNumberForm;
  /** Every problem with the form (empty when it can be confirmed). */
  readonly errors: readonly FieldError<RescheduleField, RescheduleCode>[];
  /** The zone From and Until are in (the contact's). */
  readonly zone: ZoneName;
}

/**
 * Everything the view's fields show.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function summary(f: outbound.reschedule.FieldsView): string {
 *   return `${f.date.text} ${f.time.text} → ${f.resolved?.contactTime ?? '?'} for the contact`;
 * }
 * ```
 */
export interface FieldsView {
  /** Whether the fields can be edited (the check box is ticked and nothing is pending). */
  readonly editable: boolean;
  /** The date field. */
  readonly date: TextField;
  /** The time field. */
  readonly time: TextField;
  /** The zone date and time are entered in. */
  readonly entryZone: ZoneName;
  /** The resolved callback time, when date and time parse and exist. */
  readonly resolved: ResolvedCallback | null;
  /** The Phone drop-down. */
  readonly numbers: readonly NumberOption[];
  /** The number's problem (`no-number`), or `null`. */
  readonly numberError: FieldError<RescheduleField, RescheduleCode> | null;
  /** Whether New Phone Number is available. */
  readonly canAddNumber: boolean;
  /** The Add New Number form when open. */
  readonly newNumber: NewNumberView | null;
  /** The server's reason for refusing the last request, or `null`. */
  readonly failure: RescheduleState['failure'];
}

/**
 * The fields, their values and their errors at `at`.
 *
 * @throws RangeError when `state` is not a reschedule state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const now = Date.UTC(2026, 10, 24, 15, 7);
 * const s = outbound.reschedule.machine.start({ at: now, recordHandle: 1, chain: [], contactZone: 'UTC', agentZone: 'UTC' });
 * if (s.ok) outbound.reschedule.fields(s.state, now).numberError?.code; // 'no-number'
 * ```
 */
export function fields(state: RescheduleState, at: number): FieldsView {
  state = rescheduleState('fields', state);
  const { config } = state;
  const { resolved, errors } = assess(state, selectorInstant(state.lastAt, at));
  const date = readDate(state.dateText, config.dateFormat);
  const time = readTime(state.timeText);
  const firstFor = (field: FieldError<RescheduleField, RescheduleCode>['field']): FieldError<RescheduleField, RescheduleCode> | null => errors.find((e) => e.field === field) ?? null;
  const numbers: NumberOption[] = config.chain.map((c) => ({
    key: c.recordHandle,
    phone: c.phone,
    contactType: c.contactType,
    from: c.from,
    until: c.until,
    selected: state.number === c.recordHandle,
  }));
  if (state.added !== null) {
    const a = state.added;
    numbers.push({ key: 'new', phone: a.phone, contactType: a.contactType, from: a.from, until: a.until, selected: state.number === 'new' });
  }
  let view: ResolvedCallback | null = null;
  if (resolved !== null && resolved.at <= maxInstant) {
    const contact = readAt(resolved.at, config.contactZone);
    view = {
      at: resolved.at,
      iso: new Date(resolved.at).toISOString(),
      kind: resolved.kind,
      shifted: resolved.shifted,
      entryTime: resolved.time,
      contactDate: contact.date,
      contactTime: contact.time,
    };
  }
  return {
    editable: state.phase === 'editing',
    date: { text: state.dateText, value: date.ok ? date.value : null, error: firstFor('date') },
    time: { text: state.timeText, value: time.ok ? time.value : null, error: firstFor('time') },
    entryZone: entryZoneOf(config),
    resolved: view,
    numbers,
    numberError: firstFor('number'),
    canAddNumber: config.allowNewNumber && state.phase === 'editing',
    newNumber: state.form === null ? null : { values: state.form, errors: checkForm(config, state.form).errors, zone: config.contactZone },
    failure: state.failure,
  };
}

/**
 * The Done button (the commit action): enabled, or why not (every reason, the first being what Done
 * would be refused with).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.reschedule.CommitButton = { enabled: false, reasons: [{ field: 'call', code: 'call-not-ended', message: 'End the call first.' }] };
 * ```
 */
export interface CommitButton {
  /** Whether clicking Done would send the reschedule request. */
  readonly enabled: boolean;
  /** Why not, in the order Done checks (empty when enabled). */
  readonly reasons: readonly FieldError<RescheduleField, RescheduleCode>[];
}

/**
 * Whether Done is enabled at `at`, and why not.
 *
 * @throws RangeError when `state` is not a reschedule state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.reschedule.machine.start({ at: 0, recordHandle: 1, chain: [], contactZone: 'UTC', agentZone: 'UTC' });
 * if (s.ok) outbound.reschedule.commitButton(s.state, 0).reasons[0]?.code; // 'not-rescheduling'
 * ```
 */
export function commitButton(state: RescheduleState, at: number): CommitButton {
  state = rescheduleState('commitButton', state);
  if (state.phase === 'idle') return { enabled: false, reasons: [{ field: 'reschedule', code: 'not-rescheduling', message: 'Tick Reschedule Callback first.' }] };
  if (state.phase === 'pending') return { enabled: false, reasons: [{ field: 'request', code: 'request-pending', message: 'Waiting for the server.' }] };
  if (state.phase === 'rescheduled') return { enabled: false, reasons: [] };
  const { errors } = assess(state, selectorInstant(state.lastAt, at));
  return { enabled: errors.length === 0, reasons: errors };
}
