// dialdesk/time hot paths: resolve, local, and daily-window intersection across zones. Figures only;
// nothing is asserted. Instants walk through 2020–2030 so that caches see fresh days, not one value.
import { bench, describe } from 'vitest';
import { time } from '../src/index.js';

const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Chatham'];
const START = Date.UTC(2020, 0, 1);
const SPAN_MINUTES = 11 * 365 * 1440;
const HORIZON_START = Date.UTC(2026, 2, 1);
let i = 0;

/** A pseudo-random walk (no Math.random): a new minute, zone and time at each call. */
function next(): number {
  i = (i * 1_103_515_245 + 12_345) % 2_147_483_648;
  return i;
}

/** A wall time anywhere in 2020–2030 (cold caches), or within 60 days from 2026-03-01 (a callback horizon). */
function wall(spanMinutes = SPAN_MINUTES, from = START): time.WallTime {
  const n = next();
  const at = from + (n % spanMinutes) * 60_000;
  const d = new Date(at);
  return {
    date: d.toISOString().slice(0, 10),
    time: time.minutesToTime((n >> 3) % 1440),
    zone: zones[n % zones.length] as string,
  };
}

describe('time.resolve', () => {
  bench('resolve (compatible), random wall times in 6 zones', () => {
    const r = time.resolve(wall());
    if (!r.ok) throw new Error(r.error.message);
  });
  bench('resolve (compatible), random wall times within 60 days in 6 zones', () => {
    const r = time.resolve(wall(60 * 1440, HORIZON_START));
    if (!r.ok) throw new Error(r.error.message);
  });
  bench('resolve, one wall time again and again', () => {
    const r = time.resolve({ date: '2026-03-08', time: '02:30', zone: 'America/New_York' });
    if (!r.ok) throw new Error(r.error.message);
  });
});

describe('time.local', () => {
  bench('local, random instants within 60 days in 6 zones', () => {
    const n = next();
    const r = time.local(HORIZON_START + (n % (60 * 1440)) * 60_000, zones[n % zones.length]);
    if (!r.ok) throw new Error(r.error.message);
  });
  bench('local, random instants in 6 zones', () => {
    const n = next();
    const r = time.local(START + (n % SPAN_MINUTES) * 60_000, zones[n % zones.length]);
    if (!r.ok) throw new Error(r.error.message);
  });
});

describe('window intersection', () => {
  const contact = { from: '09:00', until: '20:00', zone: 'Europe/Paris' };
  const site = { from: '08:00', until: '18:00', zone: 'America/New_York' };
  const night = { from: '22:00', until: '06:00', zone: 'Asia/Kolkata' };
  const dayMs = 86_400_000;

  bench('intersectWindows, 2 zones over 1 day', () => {
    const start = START + (next() % 4000) * dayMs;
    const r = time.intersectWindows([contact, site], { start, end: start + dayMs });
    if (!r.ok) throw new Error(r.error.message);
  });
  bench('intersectWindows, 3 zones over 14 days within a 60-day horizon', () => {
    const start = HORIZON_START + (next() % 46) * dayMs;
    const r = time.intersectWindows([contact, site, night], { start, end: start + 14 * dayMs });
    if (!r.ok) throw new Error(r.error.message);
  });
  bench('intersectWindows, 3 zones over 14 days', () => {
    const start = START + (next() % 4000) * dayMs;
    const r = time.intersectWindows([contact, site, night], { start, end: start + 14 * dayMs });
    if (!r.ok) throw new Error(r.error.message);
  });
  bench('calling hours (fr) ∩ device window over 14 days', () => {
    const start = START + (next() % 4000) * dayMs;
    const range = { start, end: start + 14 * dayMs };
    const allowed = time.allowedIntervals(time.callingHoursPresets.fr, range, 'Europe/Paris');
    const device = time.windowIntervals(contact, range);
    if (!allowed.ok || !device.ok) throw new Error('refused');
    time.intersectIntervals(allowed.value, device.value);
  });
  bench('inWindow, random instants', () => {
    const r = time.inWindow(night, START + (next() % SPAN_MINUTES) * 60_000);
    if (!r.ok) throw new Error(r.error.message);
  });
});
