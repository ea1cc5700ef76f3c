// 31 days of 15-minute buckets, 08:00 to 20:00 every day, in America/New_York across the 2026-03-08
// spring-forward change: from business hours to the grid of every day. The same work with slot-calculator.
import { getSlots } from 'slot-calculator';
import { bench, describe } from 'vitest';
import { callback, time } from '../src/index.js';

const zone = 'America/New_York';
const open = [{ from: '08:00', until: '20:00' }];
const config = {
  zone,
  bucketMinutes: 15,
  capacity: 4,
  horizonDays: 60,
  weekly: Object.fromEntries(time.weekdays.map((d) => [d, open])),
};
const at = Date.UTC(2026, 1, 22, 12); // 2026-02-22, before the range
const from = Date.UTC(2026, 1, 23, 5); // 2026-02-23 00:00 EST
const until = Date.UTC(2026, 2, 26, 4); // 2026-03-26 00:00 EDT: 31 local days
const bookings = [{ at: Date.UTC(2026, 2, 9, 13, 5) }, { start: Date.UTC(2026, 2, 10, 14), end: Date.UTC(2026, 2, 10, 15), count: 2 }];

function dialdesk(): number {
  const slots = callback.availability(config, { at, from, until, bookings });
  if (!slots.ok) throw new Error(slots.error.message);
  const grids = callback.gridDays({ slots: slots.value, from: '2026-02-23', until: '2026-03-25', zone, at, locale: 'en-US', span: 'slots' });
  if (!grids.ok) throw new Error(grids.error.message);
  return grids.value.reduce((n, g) => n + g.availableCount, 0);
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function slotCalculator(): number {
  const r = getSlots({
    from: '2026-02-23T00:00:00.000-05:00',
    to: '2026-03-26T00:00:00.000-04:00',
    duration: 15,
    outputTimezone: zone,
    availability: weekdayNames.map((day) => ({ day, from: '08:00', to: '20:00', timezone: zone })),
    unavailability: [{ from: '2026-03-09T09:00:00.000-04:00', to: '2026-03-09T09:15:00.000-04:00' }],
  });
  return Object.values(r.availableSlotsByDay).reduce((n, day) => n + day.length, 0);
}

// Print what each produced once, so the figures compare like with like.
const ours = dialdesk();
console.log(`dialdesk: ${ours} available cells over 31 days; slot-calculator: ${slotCalculator()} available slots`);

describe('31 days of 15-minute buckets, 08:00–20:00 America/New_York across DST: business hours to the grid of every day', () => {
  bench(
    'dialdesk/callback (availability + gridDays)',
    () => {
      dialdesk();
    },
    { warmupIterations: 20, time: 1_000 },
  );
  bench(
    'dialdesk/callback availability only',
    () => {
      const slots = callback.availability(config, { at, from, until, bookings });
      if (!slots.ok) throw new Error(slots.error.message);
    },
    { warmupIterations: 20, time: 1_000 },
  );
  bench(
    'slot-calculator getSlots (same hours, by day)',
    () => {
      slotCalculator();
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
});
