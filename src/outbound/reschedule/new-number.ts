import { ownField } from '../../core/internal.js';
import { timeToMinutes, readTime } from '../../time/index.js';
import type { RescheduleFieldError as FieldError } from './codes.js';
import { readContactType, type ContactType } from './contact-type.js';
import type { RescheduleConfig } from './input.js';
import { normalizePhone } from './phone.js';
import type { AddedNumber, NewNumberForm, RescheduleState } from './state.js';
import { refuseField, update, type RescheduleStep } from './update.js';
import { chosenNumber } from './evaluate.js';

type Fields = Readonly<Record<string, unknown>>;

const DEFAULT_TYPE: ContactType = 'mobile';

/**
 * Checks an Add New Number form: every problem (for the form's field errors), or the number to add.
 * The phone is validated for its type (see {@link normalizePhone}) and must not already be in the
 * chain; From and Until are times of day in the contact's zone, From before Until.
 */
export function checkForm(config: RescheduleConfig, form: NewNumberForm): { readonly added: AddedNumber | null; readonly errors: readonly FieldError[] } {
  const errors: FieldError[] = [];
  const phone = normalizePhone(form.phone, form.contactType);
  if (!phone.ok) {
    errors.push({ field: 'phone', code: phone.error.code, message: phone.error.message, details: phone.error.details as Readonly<Record<string, unknown>> });
  } else {
    // A chain number of type `none` is compared as a phone number.
    const twin = config.chain.find((c) => {
      const n = normalizePhone(c.phone, c.contactType === 'none' ? 'home-phone' : c.contactType);
      return (n.ok ? n.value : c.phone) === phone.value;
    });
    if (twin !== undefined) {
      errors.push({ field: 'phone', code: 'phone-in-chain', message: 'That number is already in the chain; choose it from the list.', details: { recordHandle: twin.recordHandle } });
    }
  }
  const from = readTime(form.from);
  const until = readTime(form.until);
  if (!from.ok) errors.push({ field: 'from', code: 'invalid-time', message: from.error.message, details: { text: form.from } });
  if (!until.ok) errors.push({ field: 'until', code: 'invalid-time', message: until.error.message, details: { text: form.until } });
  if (from.ok && until.ok && timeToMinutes(from.value) >= timeToMinutes(until.value)) {
    errors.push({ field: 'until', code: 'window-not-ordered', message: 'From must be before Until.', details: { from: from.value, until: until.value } });
  }
  if (errors.length > 0 || !phone.ok || !from.ok || !until.ok) return { added: null, errors };
  return { added: { phone: phone.value, contactType: form.contactType, from: from.value, until: until.value }, errors };
}

/** The Phone drop-down. */
export function chooseNumber(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const handle = ownField(event, 'recordHandle');
  if (handle === 'new') {
    if (state.added === null) return refuseField(state, 'unknown-number', 'number', 'No new number has been added.');
    return update(state, at, { number: 'new' });
  }
  if (typeof handle !== 'number') return refuseField(state, 'invalid-event', 'number', '`recordHandle` must be a record handle or "new".');
  // The chain's own handle is kept (never the event's: a -0 would not survive JSON, issue 14).
  const entry = state.config.chain.find((c) => c.recordHandle === handle);
  if (entry === undefined) {
    return refuseField(state, 'unknown-number', 'number', 'That record is not a number of this chain.', { recordHandle: handle });
  }
  return update(state, at, { number: entry.recordHandle });
}

/** New Phone Number: opens the form, prefilled with the current number's window when it has one. */
export function openNewNumber(state: RescheduleState, at: number): RescheduleStep {
  if (!state.config.allowNewNumber) return refuseField(state, 'new-number-not-permitted', 'phone', 'Adding a new number is not allowed here.');
  if (state.form !== null) return update(state, at, {});
  const current = chosenNumber(state);
  const windowed = current !== null && current.from !== null && current.until !== null && current.from < current.until;
  const form: NewNumberForm = {
    phone: '',
    contactType: DEFAULT_TYPE,
    from: windowed && current.from !== null ? current.from : '00:00',
    until: windowed && current.until !== null ? current.until : '23:59',
  };
  return update(state, at, { form });
}

/** A field of the form changed. */
export function editNewNumber(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const form = state.form;
  if (form === null) return refuseField(state, 'event-not-allowed', 'phone', 'The Add New Number form is not open.');
  const field = ownField(event, 'field');
  const value = ownField(event, 'value');
  if (field === 'contactType') {
    const type = readContactType(value);
    if (type === null) return refuseField(state, 'invalid-contact-type', 'contactType', 'A contact type is an OCS contact info type other than none (or its code 1 to 11).', { value });
    return update(state, at, { form: { ...form, contactType: type } });
  }
  if (field !== 'phone' && field !== 'from' && field !== 'until') {
    return refuseField(state, 'invalid-event', null, '`field` must be phone, contactType, from or until.');
  }
  if (typeof value !== 'string' || value.length > 64) return refuseField(state, 'invalid-event', field, '`value` must be a string of at most 64 characters.');
  return update(state, at, { form: { ...form, [field]: value } });
}

/** Confirms the form: refused with the first problem, otherwise the number is added and chosen. */
export function confirmNewNumber(state: RescheduleState, at: number): RescheduleStep {
  if (state.form === null) return refuseField(state, 'event-not-allowed', 'phone', 'The Add New Number form is not open.');
  const { added, errors } = checkForm(state.config, state.form);
  const first = errors[0];
  if (first !== undefined || added === null) {
    const e = first ?? { field: 'phone', code: 'phone-malformed', message: 'The number is not valid.' };
    return refuseField(state, e.code, e.field, e.message, e.details ?? {});
  }
  return update(state, at, { added, number: 'new', form: null });
}

/** Closes the form without adding. */
export function cancelNewNumber(state: RescheduleState, at: number): RescheduleStep {
  if (state.form === null) return refuseField(state, 'event-not-allowed', 'phone', 'The Add New Number form is not open.');
  return update(state, at, { form: null });
}
