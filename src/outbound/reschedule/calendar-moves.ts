import type { CalendarMove } from './events.js';

/** Moves a `YYYY-MM` month by a calendar arrow (pure calendar arithmetic; no zone involved). */
export function moveMonth(month: string, move: CalendarMove): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const delta = move === 'next-month' ? 1 : move === 'previous-month' ? -1 : move === 'next-year' ? 12 : -12;
  const index = year * 12 + (m - 1) + delta;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** True for a valid calendar move name. */
export function isCalendarMove(value: unknown): value is CalendarMove {
  return value === 'previous-month' || value === 'next-month' || value === 'previous-year' || value === 'next-year';
}
