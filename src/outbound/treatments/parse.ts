import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { parseDate, parseTime } from '../../time/index.js';
import { isCallResult } from '../records/codes.js';
import { treatmentActions, type Treatment, type TreatmentAction, type TreatmentList } from './types.js';

const CHAIN: ReadonlySet<TreatmentAction> = new Set<TreatmentAction>(['next-in-chain', 'next-in-chain-after', 'next-in-chain-at']);
const DATED: ReadonlySet<TreatmentAction> = new Set<TreatmentAction>(['retry-at', 'next-in-chain-at']);
const MAX_MINUTES = 366 * 24 * 60;

type R<T> = Result<T, 'invalid-treatments'>;

function bad(path: string, message: string): R<never> {
  return fail('invalid-treatments', `${path}: ${message}`, { path });
}

function int(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
}

function parseOne(value: unknown, path: string): R<Treatment> {
  if (!isRecord(value)) return bad(path, 'must be an object');
  const callResult = ownField(value, 'callResult');
  if (!isCallResult(callResult)) return bad(`${path}.callResult`, 'not a call result');
  const sequence = ownField(value, 'sequence');
  if (!int(sequence, 1, 1000)) return bad(`${path}.sequence`, 'must be an integer from 1');
  const action = ownField(value, 'action');
  if (!(treatmentActions as readonly unknown[]).includes(action)) return bad(`${path}.action`, 'not a treatment action');
  const a = action as TreatmentAction;
  const cycleAttempts = ownField(value, 'cycleAttempts');
  if (!int(cycleAttempts, 1, 1000)) return bad(`${path}.cycleAttempts`, 'must be an integer from 1 to 1000');
  const intervalMinutes = ownField(value, 'intervalMinutes');
  if (!int(intervalMinutes, 0, MAX_MINUTES)) return bad(`${path}.intervalMinutes`, 'must be a whole number of minutes, at most a year');
  const incrementMinutes = ownField(value, 'incrementMinutes');
  if (!int(incrementMinutes, 0, MAX_MINUTES)) return bad(`${path}.incrementMinutes`, 'must be a whole number of minutes, at most a year');
  const rawDate = ownField(value, 'date');
  let date: Treatment['date'] = null;
  if (rawDate !== null && rawDate !== undefined) {
    if (!isRecord(rawDate)) return bad(`${path}.date`, 'must be { date, time } or null');
    const d = parseDate(ownField(rawDate, 'date'));
    if (!d.ok) return bad(`${path}.date.date`, d.error.message);
    const t = parseTime(ownField(rawDate, 'time'));
    if (!t.ok) return bad(`${path}.date.time`, t.error.message);
    date = { date: d.value, time: t.value };
  }
  if (DATED.has(a) && date === null) return bad(`${path}.date`, `${a} needs a date and time`);
  const group = ownField(value, 'group') ?? null;
  if (group !== null && (typeof group !== 'string' || group === '')) return bad(`${path}.group`, 'must be a group name or null');
  if (a === 'assign-to-group' && group === null) return bad(`${path}.group`, 'assign-to-group needs a group');
  return ok({ callResult, sequence, action: a, cycleAttempts, intervalMinutes, incrementMinutes, date, group: group });
}

/**
 * Validates a treatment list from untrusted data (configuration). Per call result the sequence numbers
 * run 1, 2, 3... with no gap or repeat, and a next-in-chain step can only be the last; dated steps need
 * a date, assign-to-group a group. Refuses with `invalid-treatments` and `details.path`. Never throws.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.treatments.parseTreatments({
 *   maxAttempts: 6,
 *   treatments: [
 *     { callResult: 'busy', sequence: 1, action: 'retry-in', cycleAttempts: 2, intervalMinutes: 10, incrementMinutes: 5, date: null, group: null },
 *     { callResult: 'busy', sequence: 2, action: 'next-in-chain', cycleAttempts: 1, intervalMinutes: 0, incrementMinutes: 0, date: null, group: null },
 *   ],
 * });
 * r.ok; // true
 * ```
 */
export function parseTreatments(value: unknown): Result<TreatmentList, 'invalid-treatments'> {
  if (!isRecord(value)) return bad('$', 'must be { maxAttempts, treatments }');
  const maxAttempts = ownField(value, 'maxAttempts');
  if (!int(maxAttempts, 1, 1000)) return bad('maxAttempts', 'must be an integer from 1 to 1000');
  const raw = ownField(value, 'treatments');
  if (!Array.isArray(raw)) return bad('treatments', 'must be a list');
  const treatments: Treatment[] = [];
  for (const [i, item] of (raw as unknown[]).entries()) {
    const t = parseOne(item, `treatments[${i}]`);
    if (!t.ok) return t;
    treatments.push(t.value);
  }
  const byResult = new Map<string, Treatment[]>();
  for (const t of treatments) byResult.set(t.callResult, [...(byResult.get(t.callResult) ?? []), t]);
  for (const [result, steps] of byResult) {
    const sorted = [...steps].sort((x, y) => x.sequence - y.sequence);
    for (const [i, t] of sorted.entries()) {
      if (t.sequence !== i + 1) return bad(`treatments(${result})`, `sequence numbers must run 1, 2, 3... (found ${t.sequence} at position ${i + 1})`);
      if (CHAIN.has(t.action) && i !== sorted.length - 1) return bad(`treatments(${result})[${t.sequence}]`, `${t.action} must be the last step of its sequence`);
    }
  }
  return ok({ maxAttempts, treatments });
}
