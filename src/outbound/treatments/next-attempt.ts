import { describe, fail, isInstant, ok, type Result } from '../../core/internal.js';
import { readRecordAndChain } from '../records/check.js';
import { MINUTE, resolve, type ZoneName } from '../../time/index.js';
import { nextInChain } from '../records/chain.js';
import { isCallResult, type CallResult } from '../records/codes.js';
import type { OutboundRecord } from '../records/record.js';
import { parseTreatments } from './parse.js';
import type { AppliedStep, AttemptOutcome, FinishReason, NextAttemptOptions, Treatment, TreatmentCode, TreatmentList } from './types.js';
import { checkPolicy, placeWithPolicy } from './policy.js';

function finished(record: OutboundRecord, reason: FinishReason, step: AppliedStep | null): AttemptOutcome {
  const status = reason === 'cancelled' ? 'cancelled' : reason === 'agent-error' ? 'agent-error' : 'updated';
  return { kind: 'finished', record: { ...record, recordStatus: status, dialSchedTime: null }, step, reason };
}

/** The instant a step asks for, or `null` when its date has passed (the step is skipped). */
function wanted(step: Treatment, cycle: number, zone: ZoneName, at: number): number | null {
  switch (step.action) {
    case 'retry-in':
    case 'next-in-chain-after':
      return at + (step.intervalMinutes + (cycle - 1) * step.incrementMinutes) * MINUTE;
    case 'retry-at':
    case 'next-in-chain-at': {
      if (step.date === null) return null;
      const r = resolve({ date: step.date.date, time: step.date.time, zone });
      return r.ok && r.value.at > at ? r.value.at : null;
    }
    default:
      return at;
  }
}

/**
 * The record's next state after a call result, following its calling list's treatments: the attempt is
 * counted, the result recorded, and the treatment sequence for that result advanced. Sequencing rules:
 * steps run from sequence 1; a step repeats for its `cycleAttempts` before the next one applies; a
 * result different from the last one starts again at step 1; a next-in-chain step is last; a dated
 * step whose date has passed is skipped; a result without treatment leaves the record updated. Retries
 * never go past the list's `maxAttempts`, and every dial lands inside the dialled record's daily window
 * in its own zone (moved to the next opening when the treatment's time falls outside it). `chain` is the
 * contact's other records, needed for next-in-chain. With `options.policy` (presets and the contact's
 * history), every scheduled dial is also one `contactPolicy.check` allows in the dialled record's zone:
 * moved later when a rule forbids it (`next.movedByPolicy` names the rules), or the record finishes
 * with `policy-forbids` when nothing is allowed within a year. Refuses a bad policy with the contact
 * policy's codes (`invalid-preset`, `invalid-history`, `invalid-options`, `invalid-date`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.records.OutboundRecord;
 * declare const list: outbound.treatments.TreatmentList;
 * const r = outbound.treatments.nextAttempt(record, 'busy', list, Date.UTC(2026, 10, 24, 15, 0));
 * if (r.ok && r.value.kind === 'scheduled') r.value.next.dialSchedTime; // UTC epoch seconds
 * // Under Florida's rules, with the contact's earlier attempts:
 * const history = [{ at: Date.UTC(2026, 10, 24, 13), outcome: 'no-answer' as const }];
 * outbound.treatments.nextAttempt(record, 'busy', list, Date.UTC(2026, 10, 24, 15, 0), [], { policy: { presets: ['us-fl'], history } });
 * ```
 */
export function nextAttempt(
  recordIn: OutboundRecord,
  result: CallResult,
  treatments: TreatmentList,
  at: number,
  chainIn: readonly OutboundRecord[] = [],
  options: NextAttemptOptions = {},
): Result<AttemptOutcome, TreatmentCode> {
  const read = readRecordAndChain(recordIn, chainIn);
  if (!read.ok) return read;
  const { record, chain } = read.value;
  const list = parseTreatments(treatments);
  if (!list.ok) return list;
  if (!isCallResult(result)) return fail('invalid-call-result', `Not a call result: ${describe(result)}.`, typeof (result as unknown) === 'string' && (result as string).length <= 200 ? { result } : {}, '$.result');
  if (!isInstant(at)) return fail('invalid-instant', '`at` must be an epoch-millisecond instant.', { at });
  const policy = checkPolicy((options as { readonly policy?: unknown } | null | undefined)?.policy, result, at);
  if (!policy.ok) return policy;
  const { maxAttempts } = list.value;
  const steps = list.value.treatments.filter((t) => t.callResult === result).sort((a, b) => a.sequence - b.sequence);
  const base: OutboundRecord = { ...record, attempts: record.attempts + 1, callResult: result };
  if (steps.length === 0) return ok(finished({ ...base, treatment: null }, 'no-treatment', null));

  const last = record.treatment?.result === result ? record.treatment : null;
  let sequence = 1;
  let cycle = 1;
  if (last !== null) {
    const current = steps[last.step - 1];
    if (current !== undefined && last.cycle < current.cycleAttempts) {
      sequence = last.step;
      cycle = last.cycle + 1;
    } else {
      sequence = last.step + 1;
    }
  }
  for (;;) {
    const step = steps[sequence - 1];
    if (step === undefined) return ok(finished(base, 'treatments-exhausted', null));
    const applied: AppliedStep = { sequence, cycle, action: step.action };
    const progressed: OutboundRecord = { ...base, treatment: { result, step: sequence, cycle } };
    switch (step.action) {
      case 'cancel':
        return ok(finished(progressed, 'cancelled', applied));
      case 'mark-agent-error':
        return ok(finished(progressed, 'agent-error', applied));
      case 'assign-to-group':
        return ok({ kind: 'assigned', record: { ...progressed, recordStatus: 'ready' }, step: applied, group: step.group ?? '' });
      case 'redial':
      case 'retry-in':
      case 'retry-at': {
        if (progressed.attempts >= maxAttempts) return ok(finished(progressed, 'max-attempts', applied));
        const when = wanted(step, cycle, record.timeZone, at);
        if (when === null) {
          sequence += 1;
          cycle = 1;
          continue;
        }
        const placed = placeWithPolicy(record, when, policy.value);
        if (placed === null) return ok(finished(progressed, policy.value === null || placeWithPolicy(record, when, null) === null ? 'no-window' : 'policy-forbids', applied));
        const dialSchedTime = placed.at / 1000;
        return ok({
          kind: 'scheduled',
          record: { ...progressed, recordStatus: 'ready', dialSchedTime },
          step: applied,
          next: { at: placed.at, dialSchedTime, handle: record.handle, chainN: record.chainN, phone: record.phone, movedIntoWindow: placed.moved, movedByPolicy: placed.movedByPolicy },
          nextRecord: null,
        });
      }
      default: {
        const others = chain.filter((r) => r.chainId === record.chainId && r.handle !== record.handle && r.attempts < maxAttempts);
        const target = nextInChain(others, record.chainN);
        if (target === undefined) return ok(finished(progressed, 'chain-exhausted', applied));
        const when = wanted(step, cycle, target.timeZone, at);
        if (when === null) return ok(finished(progressed, 'treatments-exhausted', applied));
        const placed = placeWithPolicy(target, when, policy.value);
        if (placed === null) return ok(finished(progressed, policy.value === null || placeWithPolicy(target, when, null) === null ? 'no-window' : 'policy-forbids', applied));
        const dialSchedTime = placed.at / 1000;
        return ok({
          kind: 'scheduled',
          record: { ...progressed, recordStatus: 'updated', dialSchedTime: null },
          step: applied,
          next: { at: placed.at, dialSchedTime, handle: target.handle, chainN: target.chainN, phone: target.phone, movedIntoWindow: placed.moved, movedByPolicy: placed.movedByPolicy },
          nextRecord: { ...target, recordStatus: 'ready', dialSchedTime },
        });
      }
    }
  }
}
