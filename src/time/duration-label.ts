/**
 * A compact label for a number of minutes: `45 min`, `1 h`, `1 h 30 min`, `8 h`. Not locale-aware
 * (the host may build its own from the number); non-finite or negative input gives `0 min`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.durationLabel(90); // '1 h 30 min'
 * ```
 */
export function durationLabel(minutes: number): string {
  const m = typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 0;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}
