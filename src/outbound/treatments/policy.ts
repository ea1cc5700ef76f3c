import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { parseDate, zone as parseZone, type LocalDate } from '../../time/index.js';
import { judge, LAST_CHECKABLE } from '../contact-policy/check.js';
import { outcomeOf } from '../contact-policy/outcome-of.js';
import { MAX_HISTORY, parseHistory, resolvePresets } from '../contact-policy/parse.js';
import type { Attempt, ContactPolicyCode, PolicyRule } from '../contact-policy/types.js';
import type { CallResult } from '../records/codes.js';
import type { OutboundRecord } from '../records/record.js';
import { placeInWindow, type Placed } from './window.js';

/** The contact-policy codes `nextAttempt` can give for a bad `options.policy`. @internal */
export type PolicyCode = Extract<ContactPolicyCode, 'invalid-options' | 'invalid-history' | 'invalid-preset' | 'invalid-date'>;

/** A validated contact policy for scheduling. @internal */
export interface CheckedPolicy {
  readonly rules: readonly PolicyRule[];
  readonly history: readonly Attempt[];
  readonly holidays: readonly LocalDate[];
  readonly liveAgentGuaranteed: boolean;
}

/** Validates `options.policy` of `nextAttempt` and adds the attempt just made. @internal */
export function checkPolicy(value: unknown, result: CallResult, at: number): Result<CheckedPolicy | null, PolicyCode> {
  if (value === undefined) return ok(null);
  if (!isRecord(value)) return fail('invalid-options', '`options.policy` must be an object { presets, history }.', { path: '$.options.policy' });
  const rules = resolvePresets(ownField(value, 'presets'), '$.options.policy.presets');
  if (!rules.ok) return fail('invalid-preset', rules.error.message, rules.error.details);
  const history = parseHistory(ownField(value, 'history') ?? [], at, '$.options.policy.history');
  if (!history.ok) return fail('invalid-history', history.error.message, history.error.details);
  if (history.value.length >= MAX_HISTORY) return fail('invalid-history', `\`$.options.policy.history\` may hold at most ${MAX_HISTORY - 1} attempts here.`, { path: '$.options.policy.history' });
  const raw = ownField(value, 'holidays') ?? [];
  if (!Array.isArray(raw) || raw.length > 10_000) return fail('invalid-date', '`options.policy.holidays` must be a list of dates YYYY-MM-DD.', { path: '$.options.policy.holidays' });
  const holidays: LocalDate[] = [];
  for (const [i, h] of (raw as readonly unknown[]).entries()) {
    const d = parseDate(h);
    if (!d.ok) return fail('invalid-date', `\`$.options.policy.holidays[${i}]\`: ${d.error.message}`, { path: `$.options.policy.holidays[${i}]` });
    holidays.push(d.value);
  }
  const guaranteed = ownField(value, 'liveAgentGuaranteed') ?? false;
  if (typeof guaranteed !== 'boolean') return fail('invalid-options', '`options.policy.liveAgentGuaranteed` must be a boolean.', { path: '$.options.policy.liveAgentGuaranteed' });
  return ok({ rules: rules.value, history: Object.freeze([...history.value, { at, outcome: outcomeOf(result) }]), holidays, liveAgentGuaranteed: guaranteed });
}

/** A dial placed in the record's window and allowed by the policy, with the rules that moved it. @internal */
export interface PolicyPlaced extends Placed {
  readonly movedByPolicy: readonly string[];
}

/** How many window/policy round trips before giving up (each one moves the instant forward). */
const MAX_ROUNDS = 64;

/**
 * The first instant at or after `candidate` inside the record's daily window that the policy allows
 * (judged in the record's zone); `null` when none is found within the policy's year or the rounds.
 * @internal
 */
export function placeWithPolicy(record: OutboundRecord, candidate: number, policy: CheckedPolicy | null): PolicyPlaced | null {
  const first = placeInWindow(record, candidate);
  if (first === null) return null;
  if (policy === null) return { ...first, movedByPolicy: [] };
  const zone = parseZone(record.timeZone);
  if (!zone.ok) return null;
  const moved = new Set<string>();
  let placed: Placed = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (placed.at > LAST_CHECKABLE) return null;
    const v = judge(policy.history, { rules: policy.rules, zone: zone.value, at: placed.at, holidays: policy.holidays, liveAgentGuaranteed: policy.liveAgentGuaranteed });
    if (v.allowed) return { at: placed.at, moved: first.moved || placed.moved, movedByPolicy: Object.freeze([...moved]) };
    for (const b of v.blocking) moved.add(b.rule);
    if (v.earliest === null) return null;
    const next = placeInWindow(record, v.earliest);
    if (next === null) return null;
    placed = next;
  }
  return null;
}
