// The minimal view of the OCS contact info type this machine needs. When `src/outbound/records`
// lands with the full enumeration, this file re-exports from there and nothing else changes.

/**
 * An OCS contact info type code (`contact_info_type`): 1 home, 2 direct business, 3 business with
 * extension, 4 mobile, 5 vacation, 6 pager, 7 modem, 8 voice mail, 9 pin pager, 10 e-mail,
 * 11 instant messaging.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const mobile: outbound.reschedule.ContactType = 4;
 * ```
 */
export type ContactType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/** True for an OCS contact info type code (an integer from 1 to 11). */
export function isContactType(value: unknown): value is ContactType {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 11;
}

/** The contact types whose address is an e-mail address rather than a phone number. */
export const EMAIL_TYPE: ContactType = 10;
/** The contact type whose address is an instant-messaging handle. */
export const IM_TYPE: ContactType = 11;
