import { fail, ok, type Result } from '../../core/internal.js';
import { local, parseDate, parseTime, resolve, zone as parseZone } from '../../time/index.js';

/**
 * How `GSW_DATE_TIME` is written:
 * - `MM/DD/YYYY HH:MM`: month, day, four-digit year, 24-hour time, the wall clock of `dateTimeZone`.
 *   This is the spelling deployed desktops send (public desktop code in the stored sources writes
 *   `MM/dd/yyyy HH:mm`); the manual's own sentence on the format and its zone could not be read in the
 *   stored copy (it gives only the chapter's contents), so the zone is the host's to state.
 * - `epoch-seconds`: UTC epoch seconds as a decimal string, for deployments whose OCS reads that
 *   (GWS's RescheduleRecord takes `timestamp` in epoch seconds).
 *
 * A wall-clock time in a DST zone names two instants in the repeated hour; `epoch-seconds` does not.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const f: genesys.ocs.DateTimeFormat = 'MM/DD/YYYY HH:MM';
 * ```
 */
export type DateTimeFormat = 'MM/DD/YYYY HH:MM' | 'epoch-seconds';

/**
 * The instant `seconds` (UTC epoch seconds) as `GSW_DATE_TIME` in `zone`: the only place dialdesk turns
 * a domain instant into the wire's date text.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.formatDateTime(Date.UTC(2026, 6, 1, 22, 30) / 1000, 'America/New_York'); // { ok: true, value: '07/01/2026 18:30' }
 * ```
 */
export function formatDateTime(seconds: number, zone: string, format: DateTimeFormat = 'MM/DD/YYYY HH:MM'): Result<string, 'invalid-request' | 'invalid-context'> {
  if (!Number.isSafeInteger(seconds) || seconds < 0) return fail('invalid-request', 'A callback time must be whole, non-negative epoch seconds.');
  if (format === 'epoch-seconds') return ok(String(seconds));
  if (format !== 'MM/DD/YYYY HH:MM') return fail('invalid-context', 'Unknown GSW_DATE_TIME format.');
  const reading = local(seconds * 1000, zone);
  if (!reading.ok) {
    return reading.error.code === 'unknown-zone'
      ? fail('invalid-context', '`dateTimeZone` must be an IANA zone.')
      : fail('invalid-request', 'The callback time is out of range.');
  }
  const [y, m, d] = reading.value.date.split('-');
  return ok(`${m ?? ''}/${d ?? ''}/${y ?? ''} ${reading.value.time}`);
}

/**
 * Reads `GSW_DATE_TIME` written as `MM/DD/YYYY HH:MM` in `zone` back to UTC epoch seconds (the
 * earlier instant in a repeated hour, forward across a gap: the `compatible` policy). For tests and
 * fakes that play OCS; `undefined` for anything malformed.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.readDateTime('07/01/2026 18:30', 'America/New_York'); // 1782945000
 * ```
 */
export function readDateTime(text: unknown, zone: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = parseDate(`${m[3]}-${m[1]}-${m[2]}`);
  const time = parseTime(`${m[4]}:${m[5]}`);
  const z = parseZone(zone);
  if (!date.ok || !time.ok || !z.ok) return undefined;
  const r = resolve({ date: date.value, time: time.value, zone: z.value });
  return r.ok ? Math.floor(r.value.at / 1000) : undefined;
}
