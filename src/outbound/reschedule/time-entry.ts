import { fail, ok, type Result } from '../../core/internal.js';
import { minutesToTime, stepTime, type LocalTime, type MinuteStep } from '../../time/index.js';

const TWENTY_FOUR = /^(\d{1,2})[:.](\d{2})$/;
const TWELVE = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m?\.?$/i;

/**
 * Reads a typed time of day: `HH:mm` or `H:mm` (also with `.`), or a 12-hour time with am/pm
 * (`9:30 pm`, `9pm`, `12:00 AM`). Surrounding spaces are ignored. `24:00` and out-of-range values
 * are refused with `invalid-time`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.reschedule.readTime('9:30 PM'); // { ok: true, value: '21:30' }
 * outbound.reschedule.readTime('24:00').ok; // false ('invalid-time')
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

/**
 * The time field after an up or down arrow: the typed time (or, when it does not parse, the proposal)
 * stepped with `time.stepTime`, hours by one and minutes by the step, wrapping around the day.
 */
export function stepField(text: string, fallback: LocalTime, part: 'hour' | 'minute', direction: 'up' | 'down', step: number): LocalTime {
  const current = readTime(text);
  const base = current.ok ? current.value : fallback;
  const stepped = stepTime(base, part, direction, step as MinuteStep);
  return stepped.ok ? stepped.value : base;
}
