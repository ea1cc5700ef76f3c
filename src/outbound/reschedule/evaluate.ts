import { inWindow, nextOpen, resolve, type LocalTime, type Resolved, type ZoneName, readDate, readTime } from '../../time/index.js';
import { maxInstant } from '../../core/internal.js';
import type { RescheduleCode, RescheduleField, RescheduleFieldError as FieldError } from './codes.js';
import type { ContactInfoType } from './contact-type.js';
import { callingHoursAt } from './calling-hours.js';
import { judge, LAST_CHECKABLE } from '../contact-policy/check.js';
import type { RescheduleState } from './state.js';
import { earliestInstant, entryZoneOf, latestInstant, readAt, selectableRange } from './zones.js';

/**
 * The number a draft would call, with its daily window in the contact's zone.
 *
 * @example
 * ```ts
 * import type { outbound, time } from 'dialdesk';
 * declare const nine: time.LocalTime; // '09:00', from time.parseTime or a state
 * declare const eight: time.LocalTime; // '20:00', from time.parseTime or a state
 * const n: outbound.reschedule.ChosenNumber = {
 *   phone: '+16175550100', contactType: 'home-phone', recordHandle: 101, chainN: 0, from: nine, until: eight, added: false,
 * };
 * ```
 */
export interface ChosenNumber {
  /** The phone (or address). */
  readonly phone: string;
  /** Its OCS contact info type. */
  readonly contactType: ContactInfoType;
  /** Its chain record, or `null` for the added number. */
  readonly recordHandle: number | null;
  /** Its `chain_n`, or `null` for the added number. */
  readonly chainN: number | null;
  /** Window start in the contact's zone, or `null` for none. */
  readonly from: LocalTime | null;
  /** Window end (exclusive) in the contact's zone, or `null` for none. */
  readonly until: LocalTime | null;
  /** True for the number added with New Phone Number. */
  readonly added: boolean;
}

/** What the draft adds up to at an instant: the resolved time (when it parses) and every problem. */
export interface Assessment {
  /** The callback time, when date and time parse and resolve. */
  readonly resolved: Resolved | null;
  /** The chosen number, when there is one. */
  readonly number: ChosenNumber | null;
  /** Every problem, in the order Done reports them (the first is the refusal). */
  readonly errors: readonly FieldError[];
}

function problem(field: RescheduleField, code: RescheduleCode, message: string, details?: Readonly<Record<string, unknown>>): FieldError {
  return details === undefined ? { field, code, message } : { field, code, message, details };
}

/** The chosen number of a state, or `null`. */
export function chosenNumber(state: RescheduleState): ChosenNumber | null {
  if (state.number === 'new') {
    const a = state.added;
    return a === null ? null : { phone: a.phone, contactType: a.contactType, recordHandle: null, chainN: null, from: a.from, until: a.until, added: true };
  }
  const entry = state.config.chain.find((c) => c.recordHandle === state.number);
  return entry === undefined
    ? null
    : { phone: entry.phone, contactType: entry.contactType, recordHandle: entry.recordHandle, chainN: entry.chainN, from: entry.from, until: entry.until, added: false };
}

/**
 * Whether a number may be called at `at`: inside its daily window `[from, until)` in the contact's zone
 * (across midnight when from > until), as `time.inWindow` reads it; always for a number without a window.
 * When not, also the next instant it may be called.
 */
export function windowAt(number: ChosenNumber, at: number, zone: ZoneName): { readonly open: boolean; readonly next: number | null } {
  if (number.from === null || number.until === null) return { open: true, next: null };
  const window = { from: number.from, until: number.until, zone };
  const open = inWindow(window, at);
  if (!open.ok || open.value) return { open: open.ok, next: null };
  const next = nextOpen(window, at);
  return { open: false, next: next.ok ? next.value : null };
}

function isoOrNull(at: number | null): string | null {
  return at === null ? null : new Date(at).toISOString();
}

/** Problems with the date field alone (parse, before today, past the horizon's last day). */
export function dateErrors(state: RescheduleState, now: number): FieldError[] {
  const date = readDate(state.dateText, state.config.dateFormat);
  if (!date.ok) return [problem('date', 'invalid-date', date.error.message, { text: state.dateText })];
  const { first, last } = selectableRange(state.config, now);
  if (date.value < first) return [problem('date', 'time-in-past', `${date.value} is before today (${first}).`, { date: date.value, today: first })];
  if (date.value > last) return [problem('date', 'beyond-horizon', `${date.value} is after the last day allowed (${last}).`, { date: date.value, last })];
  return [];
}

/** Problems with the time field alone (parse). */
export function timeErrors(state: RescheduleState): FieldError[] {
  const t = readTime(state.timeText);
  return t.ok ? [] : [problem('time', 'invalid-time', t.error.message, { text: state.timeText })];
}

/**
 * Checks a draft at `now` against every rule, in the order Done reports them: the form, the date and
 * time fields, the DST policy, the lead and the horizon, the number, its window and the calling hours
 * (both judged in the contact's zone), and last the call (Done needs it ended).
 */
export function assess(state: RescheduleState, now: number): Assessment {
  const errors: FieldError[] = [];
  const { config } = state;
  if (state.form !== null) errors.push(problem('phone', 'new-number-open', 'Confirm or cancel the new number first.'));
  const dErrors = dateErrors(state, now);
  const tErrors = timeErrors(state);
  errors.push(...dErrors, ...tErrors);
  let resolved: Resolved | null = null;
  const date = readDate(state.dateText, config.dateFormat);
  const time = readTime(state.timeText);
  if (date.ok && time.ok) {
    const zone = entryZoneOf(config);
    const r = resolve({ date: date.value, time: time.value, zone }, config.dstPolicy);
    if (!r.ok) {
      const code = r.error.code;
      if (code === 'time-ambiguous' || code === 'time-in-gap') errors.push(problem('time', code, r.error.message, { date: date.value, time: time.value, zone }));
      // Any other refusal is a wall time past the supported range: past the horizon too.
      else if (dErrors.length === 0) errors.push(problem('date', 'beyond-horizon', `The callback must be within ${config.horizonDays} days.`, { date: date.value }));
    } else {
      resolved = r.value;
      const earliest = earliestInstant(config, now);
      const latest = latestInstant(config, now);
      if (dErrors.length === 0 && resolved.at < earliest) {
        errors.push(problem('time', 'time-in-past', 'The callback must be later than now.', { earliest: new Date(earliest).toISOString() }));
      }
      if (dErrors.length === 0 && resolved.at > latest) {
        errors.push(problem('time', 'beyond-horizon', `The callback must be within ${config.horizonDays} days.`, { latest: new Date(latest).toISOString() }));
      }
    }
  }
  const number = chosenNumber(state);
  if (number === null) errors.push(problem('number', 'no-number', 'Choose a number to call back.'));
  // A wall time at the end of the supported range can resolve past it: that is past the horizon
  // (reported above), and the contact's wall clock cannot be read there.
  if (resolved !== null && resolved.at <= maxInstant) {
    const contact = readAt(resolved.at, config.contactZone);
    const window = number === null ? null : windowAt(number, resolved.at, config.contactZone);
    if (number !== null && window !== null && !window.open) {
      errors.push(
        problem('time', 'outside-number-window', `That number may be called from ${number.from ?? ''} until ${number.until ?? ''} (${config.contactZone}).`, {
          from: number.from,
          until: number.until,
          zone: config.contactZone,
          contactTime: contact.time,
          nextOpen: isoOrNull(window.next),
        }),
      );
    }
    const hours = config.callingHours === null ? null : callingHoursAt(config.callingHours, resolved.at, config.contactZone, config.holidays);
    if (config.callingHours !== null && hours !== null && !hours.allowed) {
      errors.push(
        problem('time', 'outside-calling-hours', `The contact may not be called at ${contact.time} (${config.contactZone}, ${config.callingHours.name}).`, {
          rule: config.callingHours.name,
          zone: config.contactZone,
          contactTime: contact.time,
          nextAllowed: isoOrNull(hours.next),
        }),
      );
    }
    const policy = config.contactPolicy;
    if (policy !== null && resolved.at <= LAST_CHECKABLE) {
      const v = judge(policy.history, { rules: policy.rules, zone: config.contactZone, at: resolved.at, holidays: config.holidays, liveAgentGuaranteed: policy.liveAgentGuaranteed });
      if (!v.allowed) {
        const named = v.blocking.map((b) => `${b.rule} (${b.source})`).join('; ');
        errors.push(
          problem('time', 'forbidden-by-contact-policy', `The contact may not be called then: ${named}.`, {
            rules: v.blocking,
            zone: config.contactZone,
            contactTime: contact.time,
            earliest: isoOrNull(v.earliest),
          }),
        );
      }
    }
  }
  if (state.call === 'live') errors.push(problem('call', 'call-not-ended', 'End the call before clicking Done.'));
  return { resolved, number, errors };
}
