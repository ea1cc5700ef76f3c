import { fail, ok, type Result } from '../../core/internal.js';
import { callingHoursPresets, isAllowed, nextAllowed, parseCallingHours, parseDate, type CallingHoursRule, type LocalDate, type ZoneName } from '../../time/index.js';

/**
 * A calling-hours preset of `dialdesk/time` by name: `us` (federal, 08:00 to 21:00), `ca` (Canada),
 * `fr` (France, closed on public holidays given as `holidays`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const preset: outbound.reschedule.CallingHoursPreset = 'us';
 * ```
 */
export type CallingHoursPreset = keyof typeof callingHoursPresets;

/** Reads the `callingHours` input: `null`, a preset name, or a rule object (validated by `time.parseCallingHours`). */
export function readCallingHours(value: unknown): Result<CallingHoursRule | null, 'invalid-input'> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'string') {
    return Object.prototype.hasOwnProperty.call(callingHoursPresets, value)
      ? ok(callingHoursPresets[value as CallingHoursPreset])
      : fail('invalid-input', `Unknown calling-hours preset: ${value.slice(0, 32)} (us, ca or fr).`, { field: 'callingHours', value }, '$.callingHours');
  }
  const rule = parseCallingHours(value);
  return rule.ok ? ok(rule.value) : fail('invalid-input', rule.error.message, { field: 'callingHours', cause: rule.error }, '$.callingHours');
}

/** Reads the `holidays` input: a list of local dates (default none). */
export function readHolidays(value: unknown): Result<readonly LocalDate[], 'invalid-input'> {
  if (value === undefined || value === null) return ok([]);
  if (!Array.isArray(value) || value.length > 400) return fail('invalid-input', 'holidays is a list of YYYY-MM-DD dates.', { field: 'holidays' }, '$.holidays');
  const dates: LocalDate[] = [];
  for (const item of value as unknown[]) {
    const d = parseDate(item);
    if (!d.ok) return fail('invalid-input', 'holidays is a list of YYYY-MM-DD dates.', { field: 'holidays', value: item }, '$.holidays');
    if (!dates.includes(d.value)) dates.push(d.value);
  }
  return ok(dates.sort());
}

/** Whether `at` is inside the rule's calling hours in the contact's `zone`, and if not, the next allowed instant. */
export function callingHoursAt(rule: CallingHoursRule, at: number, zone: ZoneName, holidays: readonly LocalDate[]): { readonly allowed: boolean; readonly next: number | null } {
  const allowed = isAllowed(rule, at, zone, { holidays });
  if (!allowed.ok || allowed.value) return { allowed: allowed.ok, next: null };
  const next = nextAllowed(rule, at, zone, { holidays, searchDays: 31 });
  return { allowed: false, next: next.ok ? next.value : null };
}
