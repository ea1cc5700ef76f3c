import { describe, fail, ok, type Result } from '../../core/internal.js';
import { readRecordAndChain } from '../records/check.js';
import type { CallResult } from '../records/codes.js';
import type { OutboundRecord } from '../records/record.js';
import { nextAttempt } from './next-attempt.js';
import { outcomeOf } from '../contact-policy/outcome-of.js';
import type { Attempt } from '../contact-policy/types.js';
import type { AttemptOutcome, NextAttemptOptions, TreatmentCode, TreatmentList } from './types.js';

/**
 * One attempt of an {@link attemptSchedule}: which number was dialled when, the result it got, and
 * what the treatments decided.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const row: outbound.treatments.ScheduleRow;
 * `${row.attempt}. ${row.phone} at ${new Date(row.dialledAt).toISOString()}: ${row.result} -> ${row.outcome.kind}`;
 * ```
 */
export interface ScheduleRow {
  /** 1-based attempt number in the run. */
  readonly attempt: number;
  /** When this attempt was dialled, epoch ms. */
  readonly dialledAt: number;
  /** Record handle dialled. */
  readonly handle: number;
  /** Its `chain_n`. */
  readonly chainN: number;
  /** Its number. */
  readonly phone: string;
  /** The result it got. */
  readonly result: CallResult;
  /** The decision. */
  readonly outcome: AttemptOutcome;
}

/**
 * Previews the whole attempt schedule a record would follow for a given run of results: the first
 * attempt is dialled at `at`, each next one when {@link nextAttempt} schedules it (following the chain
 * for next-in-chain). Stops at the first outcome that is not `scheduled`, or when the results run out.
 * With `options.policy`, each attempt of the preview joins the contact's history, so every dial it
 * shows is one the contact policy allows (the 4th Florida call of a day moves to the next day).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.records.OutboundRecord;
 * declare const list: outbound.treatments.TreatmentList;
 * const r = outbound.treatments.attemptSchedule(record, ['busy', 'busy', 'no-answer'], list, Date.UTC(2026, 10, 24, 15));
 * if (r.ok) for (const row of r.value) console.log(row.attempt, row.phone, row.outcome.kind);
 * ```
 */
export function attemptSchedule(
  recordIn: OutboundRecord,
  results: readonly CallResult[],
  treatments: TreatmentList,
  at: number,
  chainIn: readonly OutboundRecord[] = [],
  options: NextAttemptOptions = {},
): Result<readonly ScheduleRow[], TreatmentCode> {
  const list: unknown = results;
  if (!Array.isArray(list) || list.length > 1_000) {
    return fail('invalid-call-result', `The results must be an array of at most 1000 call results, not ${describe(list)}.`, { path: '$.results' }, '$.results');
  }
  const read = readRecordAndChain(recordIn, chainIn);
  if (!read.ok) return read;
  const { record, chain } = read.value;
  const rows: ScheduleRow[] = [];
  const policy = (options as NextAttemptOptions | null | undefined)?.policy;
  let history: readonly Attempt[] = Array.isArray(policy?.history) ? policy.history : [];
  let current = record;
  let when = at;
  let records = chain.some((r) => r.handle === record.handle) ? [...chain] : [record, ...chain];
  for (const [i, result] of (list as readonly CallResult[]).entries()) {
    const step = nextAttempt(current, result, treatments, when, records, policy === undefined ? {} : { policy: { ...policy, history } });
    if (!step.ok) return step;
    history = [...history, { at: when, outcome: outcomeOf(result) }];
    const outcome = step.value;
    rows.push({ attempt: i + 1, dialledAt: when, handle: current.handle, chainN: current.chainN, phone: current.phone, result, outcome });
    const updated = outcome.record;
    records = records.map((r) => (r.handle === updated.handle ? updated : r));
    if (outcome.kind !== 'scheduled') break;
    const next = outcome.nextRecord;
    if (next !== null) records = records.map((r) => (r.handle === next.handle ? next : r));
    current = next ?? updated;
    when = outcome.next.at;
  }
  return ok(rows);
}
