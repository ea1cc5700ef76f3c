// Test helper (not a test file): the fixed zone list of the time properties, the DST transitions of
// each zone found by scanning offsets, and fast-check arbitraries biased toward transition days.
// The `dialdesk/testing` subpath is meant to reuse it.
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { trickyZones } from '../../src/testing/index.js';
import type { LocalDate, LocalTime } from '../../src/time/index.js';
import { hm, ymd } from '../time-values.js';

/** The tricky zones of `dialdesk/testing`: half-hour and 45-minute offsets, midnight gaps, 30-minute and 2-hour DST, Ramadan suspensions, +14 and -11. */
export const ZONES = trickyZones;

/** First and last instants scanned: 2020-01-01 to 2031-01-01 UTC. */
export const SCAN_START = Date.UTC(2020, 0, 1);
export const SCAN_END = Date.UTC(2031, 0, 1);

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A change of UTC offset: the first instant of the new offset, and both offsets in minutes. */
export interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** The reference offset, straight from luxon (independent of any cache in src/time). */
export function referenceOffset(zone: string, at: number): number {
  return IANAZone.create(zone).offset(at);
}

const found = new Map<string, readonly Transition[]>();

/**
 * The offset transitions of a zone between {@link SCAN_START} and {@link SCAN_END}: scanned every 7
 * days (no zone in the list changes twice within a week: Casablanca's Ramadan suspensions last over a
 * month), then located to the minute by bisection.
 */
export function transitions(zone: string): readonly Transition[] {
  const cached = found.get(zone);
  if (cached !== undefined) return cached;
  const out: Transition[] = [];
  const step = 7 * DAY;
  let prev = referenceOffset(zone, SCAN_START);
  for (let t = SCAN_START + step; t <= SCAN_END; t += step) {
    const cur = referenceOffset(zone, t);
    if (cur !== prev) {
      let lo = t - step; // offset `prev`
      let hi = t; // offset `cur`
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (referenceOffset(zone, mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, before: prev, after: cur });
      prev = cur;
    }
  }
  found.set(zone, out);
  return out;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** The `YYYY-MM-DD` / `HH:mm` of a wall-clock value written as epoch ms (a wall time taken as if UTC). */
export function splitWall(wallMs: number): { readonly date: LocalDate; readonly time: LocalTime } {
  const d = new Date(wallMs);
  return { date: ymd(`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`), time: hm(`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`) };
}

/** Local dates (in the zone) on which a transition happens: the dates read just before and at it. */
export function transitionDates(zone: string): readonly string[] {
  const dates = new Set<string>();
  for (const tr of transitions(zone)) {
    dates.add(splitWall(tr.at - MINUTE + tr.before * MINUTE).date);
    dates.add(splitWall(tr.at + tr.after * MINUTE).date);
  }
  return [...dates].sort();
}

/** Any zone of the list. */
export const zoneArb = fc.constantFrom(...ZONES);

const anyWall = fc.integer({ min: SCAN_START / MINUTE + 2 * 1440, max: SCAN_END / MINUTE - 2 * 1440 }).map((m) => m * MINUTE);

/**
 * A wall time in a zone (as epoch ms of the wall clock taken as UTC), biased toward transitions: three
 * times in four it lies within 3 hours of a transition's wall time (before or after the change), else
 * anywhere in 2020–2030.
 */
export function wallArb(zone: string): fc.Arbitrary<number> {
  const trs = transitions(zone);
  if (trs.length === 0) return anyWall;
  const near = fc
    .tuple(fc.constantFrom(...trs), fc.boolean(), fc.integer({ min: -180, max: 180 }))
    .map(([tr, useBefore, delta]) => tr.at + (useBefore ? tr.before : tr.after) * MINUTE + delta * MINUTE);
  return fc.oneof({ arbitrary: near, weight: 3 }, { arbitrary: anyWall, weight: 1 });
}

/** A zone with a local date and time in it, biased toward transitions. */
export const zonedWallArb = zoneArb.chain((zone) => wallArb(zone).map((wall) => ({ zone, ...splitWall(wall) })));

/** A local date in a zone, biased toward transition dates (and the days around them). */
export function dateArb(zone: string): fc.Arbitrary<LocalDate> {
  const days = transitionDates(zone);
  const anyDate = anyWall.map((w) => splitWall(w).date);
  if (days.length === 0) return anyDate;
  const near = fc.tuple(fc.constantFrom(...days), fc.integer({ min: -1, max: 1 })).map(([d, k]) => splitWall(Date.parse(`${d}T00:00Z`) + k * DAY).date);
  return fc.oneof({ arbitrary: near, weight: 3 }, { arbitrary: anyDate, weight: 1 });
}

/** An instant biased toward transitions of a zone (within 30 hours of one), else anywhere in 2020–2030. */
export function instantArb(zone: string): fc.Arbitrary<number> {
  const trs = transitions(zone);
  const any = fc.integer({ min: SCAN_START / MINUTE, max: SCAN_END / MINUTE }).map((m) => m * MINUTE);
  if (trs.length === 0) return any;
  const near = fc.tuple(fc.constantFrom(...trs), fc.integer({ min: -30 * 60, max: 30 * 60 })).map(([tr, delta]) => tr.at + delta * MINUTE);
  return fc.oneof({ arbitrary: near, weight: 3 }, { arbitrary: any, weight: 1 });
}

/** An `HH:mm` time, biased toward the hours clocks usually change at (22:00 to 04:00) and to :00 / :30. */
export const timeArb = fc
  .oneof(
    { arbitrary: fc.integer({ min: 0, max: 1439 }), weight: 1 },
    { arbitrary: fc.integer({ min: -120, max: 240 }).map((m) => (m + 1440) % 1440), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 47 }).map((h) => h * 30), weight: 1 },
  )
  .map((m) => hm(`${pad(Math.floor(m / 60))}:${pad(m % 60)}`));
