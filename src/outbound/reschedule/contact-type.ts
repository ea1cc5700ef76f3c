import { contactInfoTypes, nameOf, type ContactInfoType } from '../records/codes.js';

/**
 * The type of a number the callback may use: one of the OCS contact info types of
 * `outbound.records.contactInfoTypes` except `none` (codes 1 `home-phone` to 11 `instant-messaging`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const mobile: outbound.reschedule.ContactType = 'mobile';
 * ```
 */
export type ContactType = Exclude<ContactInfoType, 'none'>;

export type { ContactInfoType };

/**
 * Reads a contact type from untrusted data: a name of `outbound.records.contactInfoTypes` (not `none`), or its
 * OCS numeric code 1 to 11. Returns `null` for anything else.
 */
export function readContactType(value: unknown): ContactType | null {
  const name = typeof value === 'number' ? nameOf(contactInfoTypes, value) : value;
  return typeof name === 'string' && name !== 'none' && (contactInfoTypes as readonly string[]).includes(name) ? (name as ContactType) : null;
}

/** Reads the type of a chain number: as {@link readContactType}, and `none` (code 0) too. */
export function readChainContactType(value: unknown): ContactInfoType | null {
  return value === 'none' || value === 0 ? 'none' : readContactType(value);
}
