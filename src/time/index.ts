/**
 * `dialdesk/time`: zones, local dates and times with an explicit DST policy, daily windows, calling
 * hours, the month calendar, time entry and formatting. Every function takes plain data (strings and
 * epoch milliseconds) and returns plain data; every rule about a local time names its zone; nothing
 * depends on the machine's zone, locale or clock.
 *
 * Guide: [Time zones and local times](../../docs/guides/time.md).
 *
 * @module time
 */
export { weekdays, type LocalDate, type LocalTime, type ZoneName, type Weekday, type DstPolicy, type Interval } from './types.js';
export type { TimeCode } from './codes.js';
export { zone } from './zone.js';
export { parseDate, parseTime, addDays, daysBetween, weekdayOf, timeToMinutes, minutesToTime } from './local-values.js';
export { resolve, type WallTime, type WallTimeKind, type Resolved } from './resolve.js';
export { local, type LocalReading } from './local.js';
export { day, type LocalDay } from './day.js';
export {
  monthGrid,
  addMonths,
  addYears,
  firstOfMonth,
  monthOf,
  type YearMonth,
  type MonthGridInput,
  type MonthGrid,
  type CalendarDay,
} from './calendar.js';
export { monthPicker, type MonthPicker, type MonthPickerInput } from './month-picker.js';
export { stepTime, nextStep, readTime, type MinuteStep, type NextStep } from './time-entry.js';
export { readDate, writeDate, compileDateFormat, type DateFormat, type DatePart, type DatePiece } from './date-format.js';
export { durationLabel } from './duration-label.js';
export { formatTime, formatRange, monthTitle, fallbackLocale, type FormatOptions } from './format.js';
export { rangeLabeller } from './range-label.js';
export { SECOND, MINUTE, HOUR, DAY } from './durations.js';
export { offsetTimeline, segmentIndex, timelineOffset, firstInstant, runEnd, compatibleInstant, type Timeline, type OffsetSegment } from './timeline.js';
export { wallMidnight, wallDate } from './wall.js';
export { parseIsoParts, parseInstant, isoUtc, isoInZone, type IsoParts } from './iso.js';
export { transitions, type Transition } from './transitions.js';
export { mergeIntervals, intersectIntervals, subtractIntervals, intervalsContain } from './intervals.js';
export { parseRange, maxRangeDays } from './range.js';
export { parseWindow, inWindow, nextOpen, windowIntervals, intersectWindows, type DailyWindow } from './window.js';
export { callingHoursPresets, type CallingHoursRule, type CallingPeriod, type WeeklyPeriods } from './calling-hours.js';
export { parseCallingHours } from './calling-hours-parse.js';
export { isAllowed, nextAllowed, allowedIntervals, type CallingHoursOptions } from './calling-hours-check.js';
