import * as d from '../core/decode.js';
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Result } from '../core/result.js';
import { maxInstant } from '../core/instant.js';
import { parseDate, parseTime, zone } from '../time/index.js';
import type { WebCallbackState } from './state.js';

/** A decoder from a time parser: the string must parse, and reads as the parser's value. */
function parsed<T>(parse: (v: unknown) => { ok: boolean; value?: T }, expected: string): d.Decoder<T> {
  return (value, path) => {
    if (typeof value !== 'string' || value.length > 64) return new d.Problem(path, `${path} must be ${expected}, not ${d.describe(value)}.`);
    const r = parse(value);
    return r.ok ? (r.value as T) : new d.Problem(path, `${path} must be ${expected}.`);
  };
}

const localDate = parsed(parseDate, 'a date YYYY-MM-DD');
const localTime = parsed(parseTime, 'a time HH:mm');
const zoneName = parsed(zone, 'an IANA zone name');
const text = d.string({ max: 2_000 });
const number = d.string({ min: 1, max: 64 });
const minutes = d.integer(0, 1440);
const schedule = { start: d.instant, end: d.instant, number };
const scheduleOf = d.refine(d.object(schedule), (s) => (s.start < s.end ? undefined : 'a schedule whose start is before its end'));
const notification = d.object({ ...schedule, requestId: d.string({ max: 80 }), due: d.instant, status: d.literal('armed', 'shown'), delivery: d.literal('local', 'server') });
const codes = d.string({ max: 80 });

const saved = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  interactionId: d.string({ min: 1, max: 10_000 }),
  zone: zoneName,
  numbers: d.array(number, { min: 1, max: 100 }),
  config: d.refine(
    d.object({
      minDurationMinutes: d.integer(1, 1440),
      maxDurationMinutes: d.integer(1, 1440),
      policy: d.literal('compatible', 'earlier', 'later', 'reject'),
      minLeadMinutes: d.integer(0, 525_600),
      rescheduleQueue: d.nullable(d.string({ min: 1, max: 255 })),
    }),
    (c) => (c.minDurationMinutes <= c.maxDurationMinutes ? undefined : 'a configuration with minDurationMinutes <= maxDurationMinutes'),
  ),
  scheduled: scheduleOf,
  view: d.object({
    open: d.boolean,
    ticked: d.boolean,
    set: d.boolean,
    draft: d.object({ on: localDate, from: localTime, durationMinutes: minutes, to: d.string({ max: 64 }) }),
    month: d.object({ year: d.integer(1, 9999), month: d.integer(1, 12) }),
    errors: d.array(d.object({ field: d.literal('on', 'from', 'till', 'to'), code: codes, message: text }), { max: 8 }),
  }),
  requestCount: d.integer(),
  pending: d.nullable(d.object({ ...schedule, requestId: d.string({ max: 80 }), sentAt: d.instant, replaced: d.nullable(notification), previous: scheduleOf })),
  notification: d.nullable(notification),
  outcome: d.nullable(
    d.object({ requestId: d.string({ max: 80 }), status: d.literal('acknowledged', 'failed'), code: d.nullable(codes), reason: d.nullable(text), at: d.instant }),
  ),
});

/**
 * Checks a saved web callback state (untrusted JSON) and returns a deeply frozen copy, or
 * `invalid-state` with the JSON path of the first wrong value. Never throws.
 */
export function restore(value: unknown): Result<WebCallbackState, 'invalid-state'> {
  const read = d.run(saved, value);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved web callback state: ${read.message}`, undefined, read.path);
  const bad = (path: string, why: string) => fail('invalid-state', `Not a saved web callback state: ${why}`, undefined, path);
  if (!read.numbers.includes(read.scheduled.number)) return bad('$.scheduled.number', 'the scheduled number is not one of the numbers.');
  if (read.scheduled.end > maxInstant) return bad('$.scheduled.end', 'the schedule ends after the supported range.');
  return ok(deepFreeze(read as unknown as WebCallbackState));
}
