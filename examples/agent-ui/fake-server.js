// A stand-in for the callback server: availability computed by dialdesk from business hours in the
// business zone, with a few bookings so that some slots are full. Answers asynchronously, like a server.
import * as callback from '../../dist/callback/index.js';
import * as time from '../../dist/time/index.js';

const businessHours = {
  zone: 'America/New_York',
  bucketMinutes: 15,
  weekly: {
    mon: [{ from: '08:00', until: '20:00' }],
    tue: [{ from: '08:00', until: '20:00' }],
    wed: [{ from: '08:00', until: '20:00' }],
    thu: [{ from: '08:00', until: '20:00' }],
    fri: [{ from: '08:00', until: '20:00' }],
    sat: [{ from: '09:00', until: '13:00' }],
  },
  capacity: 2,
  noticeMinutes: 30,
  horizonDays: 30,
};

// Two callbacks already booked at 10:00 New York time on 26 November: that slot is full.
const bookings = [{ start: Date.UTC(2026, 10, 26, 15, 0), end: Date.UTC(2026, 10, 26, 15, 15), count: 2 }];

export function loadAvailability(request, now) {
  return Promise.resolve().then(() => {
    const r = callback.availability(businessHours, { at: now, from: request.start, until: request.end, bookings });
    return r.ok
      ? { type: 'request-acknowledged', at: Date.now(), requestId: request.requestId, slots: r.value }
      : { type: 'request-failed', at: Date.now(), requestId: request.requestId, reason: r.error };
  });
}

/**
 * The first local date from `after` (exclusive) in `zone` with a slot that can be booked at `now`, within
 * the horizon; `null` when there is none. Computed like the grid: dialdesk's availability and gridDays.
 */
export function nextAvailableDay(after, zone, now) {
  const from = now;
  const until = now + (businessHours.horizonDays + 1) * 86_400_000;
  const slots = callback.availability(businessHours, { at: now, from, until, bookings });
  if (!slots.ok) return null;
  const start = time.addDays(after, 1);
  const days = callback.gridDays({
    slots: slots.value,
    from: start,
    until: time.addDays(after, businessHours.horizonDays + 1),
    zone,
    at: now,
    locale: 'en-US',
    noticeMinutes: businessHours.noticeMinutes,
    horizonDays: businessHours.horizonDays,
    span: 'slots',
  });
  if (!days.ok) return null;
  return days.value.find((g) => g.cells.some((c) => c.available))?.date ?? null;
}
