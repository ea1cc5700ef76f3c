import { fail, ok, rangeError, type Result } from '../core/internal.js';
import { MINUTE, formatTime, parseTime, timeToMinutes, type LocalTime } from '../time/index.js';

/**
 * The From–Till window drawn on a 12-hour clock face: an arc clockwise from From's hour-hand position.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const face = webcallback.clockFace('09:30', 90);
 * if (face.ok) face.value.arc; // { startAngle: 285, sweepAngle: 45, endAngle: 330, exceedsTwelveHours: false }
 * ```
 */
export interface ClockArc {
  /** The hour-hand angle of From, degrees clockwise from 12 (0 ≤ angle < 360). */
  readonly startAngle: number;
  /** How far the arc runs clockwise: 0.5° per wall-clock minute, at most 360. */
  readonly sweepAngle: number;
  /** The hour-hand angle of Till (`(startAngle + sweepAngle) mod 360`). */
  readonly endAngle: number;
  /** True when the window is longer than 12 hours: the arc covers the whole face and more. */
  readonly exceedsTwelveHours: boolean;
}

/**
 * What the clock face shows for a From time: hand angles in degrees clockwise from 12, the 12-hour
 * label, and optionally the window's arc.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const face = webcallback.clockFace('21:45');
 * if (face.ok) [face.value.hourAngle, face.value.minuteAngle, face.value.label]; // [292.5, 270, '9:45 PM']
 * ```
 */
export interface ClockFace {
  /** The From time, `HH:mm` (checked). */
  readonly time: LocalTime;
  /** The hour hand: `30 × (hour mod 12) + 0.5 × minute` degrees (it moves with the minutes). */
  readonly hourAngle: number;
  /** The minute hand: `6 × minute` degrees. */
  readonly minuteAngle: number;
  /** The label: 12-hour `9:30 AM` (midnight `12:00 AM`, noon `12:00 PM`), or the locale's format when one is given. */
  readonly label: string;
  /** Morning or afternoon. */
  readonly period: 'AM' | 'PM';
  /** The window's arc, when a window length was given; otherwise `null`. */
  readonly arc: ClockArc | null;
}

/**
 * Options of {@link clockFace}: a locale for the label (through `time.formatTime`).
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const face = webcallback.clockFace('21:45', undefined, { locale: 'de-DE' });
 * if (face.ok) face.value.label; // '21:45'
 * ```
 */
export interface ClockFaceOptions {
  /** A BCP 47 locale; without it the label is the 12-hour `9:45 PM`. */
  readonly locale?: string;
  /** Force a 12-hour (`true`) or 24-hour (`false`) label in that locale. */
  readonly hour12?: boolean;
}

/**
 * The 12-hour label of a valid `HH:mm` time: `00:05` → `12:05 AM`, `13:30` → `1:30 PM`.
 *
 * @throws RangeError when `time` is not a time `HH:mm` (a value its type rules out); the message
 * describes the value by kind and size.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * webcallback.twelveHourLabel('00:05'); // '12:05 AM'
 * ```
 */
export function twelveHourLabel(time: string): string {
  const parsed = parseTime(time);
  if (!parsed.ok) throw rangeError('webcallback.twelveHourLabel', 'a time HH:mm from 00:00 to 23:59', time);
  const minutes = timeToMinutes(parsed.value);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * The clock face for a From time, a pure function of it. With `wallMinutes` (the wall-clock minutes
 * from From to Till, as in `DraftWindow.wallMinutes`) it also gives the arc of the window; with a
 * locale the label comes from `time.formatTime`. Refuses a malformed time (`invalid-time`), window
 * length (`invalid-duration`) or locale (`invalid-locale`); never throws.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const face = webcallback.clockFace('09:30', 60);
 * if (face.ok) face.value; // { time: '09:30', hourAngle: 285, minuteAngle: 180, label: '9:30 AM', period: 'AM', arc: { ... } }
 * ```
 */
export function clockFace(
  from: unknown,
  wallMinutes?: unknown,
  options: ClockFaceOptions = {},
): Result<ClockFace, 'invalid-time' | 'invalid-duration' | 'invalid-locale'> {
  const time = parseTime(from);
  if (!time.ok) return time;
  if (wallMinutes !== undefined && (typeof wallMinutes !== 'number' || !Number.isInteger(wallMinutes) || wallMinutes < 0)) {
    return fail('invalid-duration', 'A window length must be a whole, non-negative number of minutes.', { wallMinutes });
  }
  const minutes = timeToMinutes(time.value);
  let label = twelveHourLabel(time.value);
  if (options.locale !== undefined) {
    const hour12 = options.hour12 === undefined ? {} : { hour12: options.hour12 };
    const formatted = formatTime(minutes * MINUTE, 'UTC', options.locale, hour12);
    if (!formatted.ok) return fail('invalid-locale', formatted.error.message, formatted.error.details);
    label = formatted.value;
  }
  const hourAngle = 30 * (Math.floor(minutes / 60) % 12) + 0.5 * (minutes % 60);
  const arc =
    wallMinutes === undefined
      ? null
      : Object.freeze({
          startAngle: hourAngle,
          sweepAngle: Math.min(360, wallMinutes * 0.5),
          endAngle: (hourAngle + wallMinutes * 0.5) % 360,
          exceedsTwelveHours: wallMinutes > 720,
        });
  return ok(
    Object.freeze({
      time: time.value,
      hourAngle,
      minuteAngle: 6 * (minutes % 60),
      label,
      period: minutes < 720 ? ('AM' as const) : ('PM' as const),
      arc,
    }),
  );
}
