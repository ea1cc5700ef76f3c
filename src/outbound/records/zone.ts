import { IANAZone } from 'luxon';

/**
 * Canonical IANA name of a zone, or `undefined` when the name is not a zone. Internal: replaced by
 * `dialdesk/time`'s `zone()` once that area lands.
 *
 * @internal
 */
export function canonicalZone(name: string): string | undefined {
  if (name.trim() === '' || !IANAZone.isValidZone(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
