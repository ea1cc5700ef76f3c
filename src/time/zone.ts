import { fail, ok, type Result } from '../core/internal.js';
import { UTC, asZone } from './brand.js';
import type { ZoneName } from './types.js';

/**
 * Old spellings that JavaScript engines (through CLDR) still report as the canonical name, mapped to the
 * current IANA name of the same place. Only renames are listed: a zone that IANA merged into another
 * (Europe/Bratislava into Europe/Prague) stays itself, because it names a different place.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** IANA names: letters, digits, `_`, `-`, `+`, separated by `/`. Offsets such as `+05:00` are not zones. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const cache = new Map<string, ZoneName | null>();

function canonicalize(name: string): ZoneName | null {
  if (!ZONE_NAME.test(name) || name.length > 64) return null;
  let reported: string;
  try {
    reported = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  if (reported === 'Etc/UTC' || reported === 'Etc/GMT' || reported === 'GMT') return UTC;
  return asZone(Object.prototype.hasOwnProperty.call(RENAMED, reported) ? (RENAMED[reported] as string) : reported);
}

/**
 * Validates a time zone name and returns its canonical IANA spelling. Case variants and aliases resolve
 * to one name (`asia/calcutta`, `Asia/Calcutta` → `Asia/Kolkata`; `US/Eastern` → `America/New_York`;
 * `Etc/UTC`, `GMT` → `UTC`). Anything else, including offsets like `+05:00` and non-strings, is refused
 * with `unknown-zone`. Never throws.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.zone('asia/kolkata'); // { ok: true, value: 'Asia/Kolkata' }
 * time.zone('Mars/Olympus').ok; // false, code 'unknown-zone'
 * ```
 */
export function zone(name: unknown): Result<ZoneName, 'unknown-zone'> {
  if (typeof name !== 'string') return fail('unknown-zone', 'A time zone must be an IANA zone name string.', { zone: name });
  let canonical = cache.get(name);
  if (canonical === undefined) {
    canonical = canonicalize(name);
    if (cache.size < 4096) cache.set(name, canonical);
  }
  return canonical === null ? fail('unknown-zone', `Not an IANA time zone: ${name}`, { zone: name }) : ok(canonical);
}
