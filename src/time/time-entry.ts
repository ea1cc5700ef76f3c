import { fail, ok, type Result } from '../core/internal.js';
import { minutesToTime, parseTime, timeToMinutes } from './local-values.js';
import type { LocalTime } from './types.js';
import type { TimeCode } from './codes.js';
import { rangeError } from '../core/internal.js';

/**
 * The minute steps a time-entry stepper may use.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const step: time.MinuteStep = 30;
 * ```
 */
export type MinuteStep = 1 | 5 | 15 | 30;

const STEPS: readonly number[] = [1, 5, 15, 30];

/**
 * Steps a local time up or down, as the hour and minute arrows of a time field do.
 *
 * - `hour`: one hour up or down, keeping the minutes; 23:xx up wraps to 00:xx.
 * - `minute`: to the next (or previous) multiple of `step` minutes, so 09:07 up by 15 gives 09:15 and
 *   down gives 09:00; the day wraps around (23:45 up by 15 gives 00:00), carrying into the hour.
 *
 * A wall-clock operation: it knows nothing of zones or DST. Resolve the result with `time.resolve`.
 * `value` is checked (a plain string; anything but `HH:mm` is refused with `invalid-time`).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.stepTime('09:07', 'minute', 'up', 15); // { ok: true, value: '09:15' }
 * time.stepTime('23:30', 'minute', 'up', 30); // { ok: true, value: '00:00' }
 * time.stepTime('00:10', 'hour', 'down'); // { ok: true, value: '23:10' }
 * ```
 */
export function stepTime(
  value: string,
  unit: 'hour' | 'minute',
  direction: 'up' | 'down',
  step: MinuteStep = 1,
): Result<LocalTime, TimeCode> {
  const t = parseTime(value);
  if (!t.ok) return t;
  if (!STEPS.includes(step)) return fail('invalid-step', 'The minute step must be 1, 5, 15 or 30.', { step });
  if (unit !== 'hour' && unit !== 'minute') return fail('invalid-step', 'The unit must be hour or minute.', { unit });
  if (direction !== 'up' && direction !== 'down') return fail('invalid-step', 'The direction must be up or down.', { direction });
  const minutes = timeToMinutes(t.value);
  const sign = direction === 'up' ? 1 : -1;
  if (unit === 'hour') return ok(minutesToTime(minutes + sign * 60));
  const snapped = direction === 'up' ? Math.floor(minutes / step) * step + step : Math.ceil(minutes / step) * step - step;
  return ok(minutesToTime(snapped));
}

/**
 * A proposed time on a step grid, and whether it fell on the next day.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * declare const midnight: time.LocalTime; // '00:00', from time.parseTime or a state
 * const p: time.NextStep = { time: midnight, nextDay: true };
 * ```
 */
export interface NextStep {
  /** The proposed local time. */
  readonly time: LocalTime;
  /** True when the step wrapped past midnight. */
  readonly nextDay: boolean;
}

/**
 * The next time on the `step` grid strictly after a local time (the default proposal of a time field:
 * "the next step after now"). Wraps past midnight and says so.
 *
 * @throws RangeError when `value` is not a time `HH:mm` or `step` is not 1, 5, 15 or 30.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const morning = time.parseTime('09:10');
 * if (morning.ok) time.nextStep(morning.value, 30); // { time: '09:30', nextDay: false }
 * const late = time.parseTime('23:45');
 * if (late.ok) time.nextStep(late.value, 30); // { time: '00:00', nextDay: true }
 * ```
 */
export function nextStep(value: LocalTime, step: MinuteStep): NextStep {
  if (!parseTime(value).ok) throw rangeError('time.nextStep', 'a time HH:mm from 00:00 to 23:59', value);
  if (!STEPS.includes(step)) throw rangeError('time.nextStep', 'a minute step of 1, 5, 15 or 30', step);
  const next = Math.floor(timeToMinutes(value) / step) * step + step;
  return { time: minutesToTime(next), nextDay: next >= 1440 };
}

const TWENTY_FOUR = /^(\d{1,2})[:.](\d{2})$/;
const TWELVE = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m?\.?$/i;

/**
 * Reads a typed time of day: `HH:mm` or `H:mm` (also with `.`), or a 12-hour time with am/pm
 * (`9:30 pm`, `9pm`, `12:00 AM`). Surrounding spaces are ignored. `24:00` and out-of-range values
 * are refused with `invalid-time`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.readTime('9:30 PM'); // { ok: true, value: '21:30' }
 * time.readTime('24:00').ok; // false ('invalid-time')
 * ```
 */
export function readTime(text: unknown): Result<LocalTime, 'invalid-time'> {
  if (typeof text === 'string' && text.length <= 32) {
    const trimmed = text.trim();
    const h24 = TWENTY_FOUR.exec(trimmed);
    if (h24 !== null) {
      const h = Number(h24[1]);
      const m = Number(h24[2]);
      if (h <= 23 && m <= 59) return ok(minutesToTime(h * 60 + m));
    }
    const h12 = TWELVE.exec(trimmed);
    if (h12 !== null) {
      const h = Number(h12[1]);
      const m = h12[2] === undefined ? 0 : Number(h12[2]);
      if (h >= 1 && h <= 12 && m <= 59) {
        const pm = (h12[3] ?? '').toLowerCase() === 'p';
        return ok(minutesToTime(((h % 12) + (pm ? 12 : 0)) * 60 + m));
      }
    }
  }
  return fail('invalid-time', 'Enter a time of day such as 14:30 or 2:30 PM.', { value: text });
}
