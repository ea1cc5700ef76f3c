import { fail, ok, type Result } from '../../core/internal.js';
import type { ContactType } from './contact-type.js';

/**
 * Why a phone was refused as malformed (`details.reason` of `phone-malformed`):
 * - `invalid-character`: something other than digits, a leading `+`, spaces and `-` `.` `/` `(` `)`;
 * - `misplaced-plus`: a `+` that is not the first character;
 * - `unbalanced-parentheses`: `(` and `)` do not pair up (or nest);
 * - `too-few-digits` / `too-many-digits`: fewer than 4 or more than 15 digits (E.164 allows 15);
 * - `not-an-address`: for the e-mail type, not `name@domain.tld`; for instant messaging, spaces inside.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const reason: outbound.reschedule.PhoneProblem = 'too-many-digits';
 * ```
 */
export type PhoneProblem =
  | 'invalid-character'
  | 'misplaced-plus'
  | 'unbalanced-parentheses'
  | 'too-few-digits'
  | 'too-many-digits'
  | 'not-an-address';

const MIN_DIGITS = 4;
const MAX_DIGITS = 15;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function malformed(reason: PhoneProblem, value: string, message: string): Result<string, 'phone-empty' | 'phone-malformed'> {
  return fail('phone-malformed', message, { field: 'phone', reason, value });
}

/**
 * Validates and normalizes the address of a new number. For the voice and device types (`home-phone` to `pin-pager`) it
 * is an E.164-like phone number: 4 to 15 digits, an optional leading `+`, and formatting characters
 * (spaces, `-`, `.`, `/`, balanced parentheses) that are dropped: `+1 (617) 555-0100` becomes
 * `+16175550100`. For `email` it is an address `name@domain.tld`; for `instant-messaging` a
 * handle without spaces. Blank is `phone-empty`; anything else wrong is `phone-malformed` with a
 * {@link PhoneProblem} in `details.reason`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.reschedule.normalizePhone('+1 (617) 555-0100', 'mobile'); // { ok: true, value: '+16175550100' }
 * outbound.reschedule.normalizePhone('555-01x0', 'home-phone').ok; // false ('phone-malformed', invalid-character)
 * ```
 */
export function normalizePhone(text: unknown, type: ContactType): Result<string, 'phone-empty' | 'phone-malformed'> {
  const value = typeof text === 'string' ? text.trim() : '';
  if (value === '') return fail('phone-empty', 'Enter the new number.', { field: 'phone' });
  if (value.length > 64) return malformed('too-many-digits', value.slice(0, 64), 'That is too long for a phone number.');
  if (type === 'email') {
    return EMAIL.test(value) ? ok(value) : malformed('not-an-address', value, 'Enter an e-mail address such as name@example.com.');
  }
  if (type === 'instant-messaging') {
    return /\s/.test(value) ? malformed('not-an-address', value, 'An instant-messaging handle has no spaces.') : ok(value);
  }
  let depth = 0;
  let digits = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value.charAt(i);
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch === '+') {
      if (i !== 0) return malformed('misplaced-plus', value, 'A + may only start the number.');
    } else if (ch === '(') {
      depth += 1;
      if (depth > 1) return malformed('unbalanced-parentheses', value, 'Parentheses do not pair up.');
    } else if (ch === ')') {
      depth -= 1;
      if (depth < 0) return malformed('unbalanced-parentheses', value, 'Parentheses do not pair up.');
    } else if (!' -./'.includes(ch)) {
      return malformed('invalid-character', value, `A phone number cannot contain "${ch}".`);
    }
  }
  if (depth !== 0) return malformed('unbalanced-parentheses', value, 'Parentheses do not pair up.');
  if (digits.length < MIN_DIGITS) return malformed('too-few-digits', value, `A phone number has at least ${MIN_DIGITS} digits.`);
  if (digits.length > MAX_DIGITS) return malformed('too-many-digits', value, `A phone number has at most ${MAX_DIGITS} digits.`);
  return ok(value.startsWith('+') ? `+${digits}` : digits);
}
