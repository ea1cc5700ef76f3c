import * as d from '../core/decode.js';
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Result } from '../core/result.js';
import { parseHistory, parsePreset } from '../compliance/index.js';
import { parseDate, zone } from '../time/index.js';
import { callbackKinds, offerTypes } from './callback-kind.js';
import type { DialogState } from './dialog-state.js';

function parsed<T>(parse: (v: unknown) => { ok: boolean; value?: T }, expected: string): d.Decoder<T> {
  return (value, path) => {
    if (typeof value !== 'string' || value.length > 64) return new d.Problem(path, `${path} must be ${expected}, not ${d.describe(value)}.`);
    const r = parse(value);
    return r.ok ? (r.value as T) : new d.Problem(path, `${path} must be ${expected}.`);
  };
}

const zoneName = parsed(zone, 'an IANA zone name');
const localDate = parsed(parseDate, 'a date YYYY-MM-DD');
const id = d.string({ min: 1, max: 10_000 });
const slot = d.refine(
  d.object({ start: d.instant, end: d.instant, capacity: d.integer(), remaining: d.integer() }),
  (s) => (s.start < s.end && s.remaining <= s.capacity ? undefined : 'a slot with start < end and remaining <= capacity'),
);

const saved = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  origin: d.tagged('kind', {
    reschedule: d.object({ kind: d.literal('reschedule'), callbackId: id, desiredAt: d.nullable(d.instant) }),
    interaction: d.object({ kind: d.literal('interaction'), interactionId: id, media: d.string({ max: 200 }) }),
    'team-communicator': d.object({ kind: d.literal('team-communicator'), contactId: id }),
  }),
  phase: d.literal('selecting', 'committing', 'closed'),
  rescheduling: d.boolean,
  initial: d.object({ typeId: d.string({ max: 200 }), zone: zoneName, date: localDate, number: d.nullable(d.string({ max: 64 })) }),
  types: d.array(d.object({ id: d.string({ min: 1, max: 200 }), label: d.string({ max: 1_000 }), kind: d.literal(...callbackKinds), offerType: d.optional(d.literal(...offerTypes)) }), { min: 1, max: 100 }),
  typeId: d.string({ max: 200 }),
  zones: d.array(zoneName, { min: 1, max: 100 }),
  zone: zoneName,
  numbers: d.array(d.string({ min: 1, max: 64 }), { max: 100 }),
  number: d.nullable(d.string({ max: 64 })),
  date: localDate,
  month: d.object({ year: d.integer(1, 9999), month: d.integer(1, 12) }),
  noticeMinutes: d.integer(0, 525_600),
  horizonDays: d.integer(1, 366),
  contactPolicy: d.nullable(
    d.object({
      rules: d.unknownValue,
      history: d.unknownValue,
      zone: zoneName,
      holidays: d.array(localDate, { max: 1_000 }),
      liveAgentGuaranteed: d.boolean,
    }),
  ),
  availability: d.object({
    status: d.literal('loading', 'loaded', 'failed'),
    requestId: d.string({ max: 200 }),
    zone: zoneName,
    date: localDate,
    slots: d.array(slot, { max: 10_000 }),
    error: d.nullable(d.rejectionData),
  }),
  chosen: d.nullable(slot),
  requestCount: d.integer(),
  pendingCommit: d.nullable(d.string({ max: 200 })),
  error: d.nullable(d.rejectionData),
  outcome: d.literal(null, 'committed', 'discarded', 'unchanged'),
});

/** Checks a saved callback dialog state (untrusted JSON); never throws. */
export function restoreDialog(value: unknown): Result<DialogState, 'invalid-state'> {
  const read = d.run(saved, value);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved callback dialog state: ${read.message}`, undefined, read.path);
  const bad = (path: string, why: string) => fail('invalid-state', `Not a saved callback dialog state: ${why}`, undefined, path);
  if (!read.types.some((t) => t.id === read.typeId)) return bad('$.typeId', 'the type is not one of the types offered.');
  if (!read.zones.includes(read.zone)) return bad('$.zone', 'the zone is not one of the zones offered.');
  if (read.number !== null && !read.numbers.includes(read.number)) return bad('$.number', 'the number is not one of the numbers.');
  if (!read.rescheduling && read.origin.kind !== 'reschedule') return bad('$.rescheduling', 'only the reschedule view has a check box to clear.');
  if (!read.types.some((t) => t.id === read.initial.typeId)) return bad('$.initial.typeId', 'the type is not one of the types offered.');
  if (!read.zones.includes(read.initial.zone)) return bad('$.initial.zone', 'the zone is not one of the zones offered.');
  if (read.initial.number !== null && !read.numbers.includes(read.initial.number)) return bad('$.initial.number', 'the number is not one of the numbers.');
  let contactPolicy = null;
  if (read.contactPolicy !== null) {
    const p = read.contactPolicy;
    const rules = parsePreset({ id: 'saved', name: '', includes: [], rules: p.rules }, '$.contactPolicy');
    if (!rules.ok) return bad('$.contactPolicy.rules', 'the contact policy\'s rules are not valid rows.');
    const history = parseHistory(p.history, read.lastAt, '$.contactPolicy.history');
    if (!history.ok) return bad('$.contactPolicy.history', 'the contact policy\'s history is not a list of past attempts.');
    contactPolicy = { ...p, rules: JSON.parse(JSON.stringify(rules.value.rules)) as unknown, history: history.value.map((a) => ({ at: a.at, outcome: a.outcome })) };
  }
  return ok(deepFreeze({ ...read, contactPolicy } as unknown as DialogState));
}
