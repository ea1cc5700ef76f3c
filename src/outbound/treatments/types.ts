import type { LocalDate, LocalTime } from '../../time/index.js';
import type { CallResult } from '../records/codes.js';
import type { OutboundRecord } from '../records/record.js';
import type { Attempt, Preset, PresetId } from '../contact-policy/types.js';

/**
 * What a treatment does with a record after a call result (OCS "Apply to Record"):
 * - `redial`: dial the same number again right away (inside the daily window).
 * - `retry-in`: dial it again after `intervalMinutes`, plus `incrementMinutes` more on each later cycle.
 * - `retry-at`: dial it again at a local date and time (`date`, in the record's zone).
 * - `next-in-chain`: dial the chain's next number now; `next-in-chain-after`: after `intervalMinutes`;
 *   `next-in-chain-at`: at a local date and time. A next-in-chain step is the last of its sequence.
 * - `assign-to-group`: hand the record to another agent group (`group`).
 * - `mark-agent-error`: finish the record with status agent error.
 * - `cancel`: finish the record with status cancelled.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.treatments.treatmentActions.includes('retry-in'); // true
 * ```
 */
export const treatmentActions = Object.freeze([
  'redial',
  'retry-in',
  'retry-at',
  'next-in-chain',
  'next-in-chain-after',
  'next-in-chain-at',
  'assign-to-group',
  'mark-agent-error',
  'cancel',
] as const);

/**
 * One of the {@link treatmentActions}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const a: outbound.treatments.TreatmentAction = 'next-in-chain';
 * ```
 */
export type TreatmentAction = (typeof treatmentActions)[number];

/**
 * A local date and time in the record's zone (for `retry-at` and `next-in-chain-at`).
 *
 * @example
 * ```ts
 * import type { outbound, time } from 'dialdesk';
 * declare const date: time.LocalDate; // '2026-12-01', from time.parseDate or a state
 * declare const at: time.LocalTime; // '10:00', from time.parseTime or a state
 * const d: outbound.treatments.TreatmentDate = { date, time: at };
 * ```
 */
export interface TreatmentDate {
  /** Local date `YYYY-MM-DD`. */
  readonly date: LocalDate;
  /** Local time `HH:mm`. */
  readonly time: LocalTime;
}

/**
 * One step of a call result's treatment sequence.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const busyFirst: outbound.treatments.Treatment = { callResult: 'busy', sequence: 1, action: 'retry-in', cycleAttempts: 3, intervalMinutes: 10, incrementMinutes: 5, date: null, group: null };
 * ```
 */
export interface Treatment {
  /** The call result it applies to. */
  readonly callResult: CallResult;
  /** Its number in the result's sequence, from 1, consecutive. */
  readonly sequence: number;
  /** What it does. */
  readonly action: TreatmentAction;
  /** How many times the step applies before the next one (at least 1). */
  readonly cycleAttempts: number;
  /** Delay in minutes for `retry-in` and `next-in-chain-after` (0 otherwise is fine). */
  readonly intervalMinutes: number;
  /** Minutes added to the delay on each later cycle of a `retry-in`. */
  readonly incrementMinutes: number;
  /** Local date and time for `retry-at` and `next-in-chain-at`, else `null`. */
  readonly date: TreatmentDate | null;
  /** Agent group for `assign-to-group`, else `null`. */
  readonly group: string | null;
}

/**
 * The treatments of a calling list with its maximum number of attempts per record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const busyFirst: outbound.treatments.Treatment;
 * const list: outbound.treatments.TreatmentList = { maxAttempts: 5, treatments: [busyFirst] };
 * ```
 */
export interface TreatmentList {
  /** No record is dialled more than this many times (at least 1). */
  readonly maxAttempts: number;
  /** The steps, any order; sequences are per call result. */
  readonly treatments: readonly Treatment[];
}

/**
 * Codes of the treatment functions:
 * - `invalid-treatments`: a malformed list (`details.path` names the culprit: a sequence not consecutive
 *   from 1, a next-in-chain step that is not last, a missing date or group, a cycle below 1...).
 * - `invalid-record`: the record or a record of the chain is not an `OutboundRecord` (as `parseRecord`
 *   makes it, or its JSON); `error.path` is `$.record...` or `$.chain[i]...`.
 * - `invalid-call-result`: the result given is not a call result name.
 * - `invalid-instant`: `at` is not an epoch-millisecond instant.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.treatments.TreatmentCode = 'invalid-treatments';
 * ```
 */
export type TreatmentCode =
  | 'invalid-treatments'
  | 'invalid-record'
  | 'invalid-call-result'
  | 'invalid-instant'
  | 'invalid-options'
  | 'invalid-history'
  | 'invalid-preset'
  | 'invalid-date';

/**
 * The treatment step applied: its sequence number, which cycle of it, and its action.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const s: outbound.treatments.AppliedStep = { sequence: 1, cycle: 2, action: 'retry-in' };
 * ```
 */
export interface AppliedStep {
  /** Sequence number. */
  readonly sequence: number;
  /** Cycle of that step, from 1. */
  readonly cycle: number;
  /** The action. */
  readonly action: TreatmentAction;
}

/**
 * When and which number the next dial is.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.treatments.NextDial = { at: 1_764_003_600_000, dialSchedTime: 1_764_003_600, handle: 101, chainN: 0, phone: '5550100', movedIntoWindow: false, movedByPolicy: [] };
 * ```
 */
export interface NextDial {
  /** The instant, epoch ms UTC. */
  readonly at: number;
  /** The same in UTC epoch seconds (the record's `dial_sched_time`). */
  readonly dialSchedTime: number;
  /** Handle of the record to dial (another record of the chain for next-in-chain). */
  readonly handle: number;
  /** Its `chain_n`. */
  readonly chainN: number;
  /** Its number. */
  readonly phone: string;
  /** True when the treatment's time fell outside the daily window and was moved to its next opening. */
  readonly movedIntoWindow: boolean;
  /** The contact-policy rules (row ids) that moved the dial later; empty without a policy or when none did. */
  readonly movedByPolicy: readonly string[];
}

/**
 * Why a record gets no further attempt:
 * - `no-treatment`: no treatment for that result; the record is left updated.
 * - `treatments-exhausted`: the result's sequence is used up.
 * - `max-attempts`: the list's maximum attempts is reached.
 * - `chain-exhausted`: next in chain, but the chain has no further number (or none under the maximum).
 * - `agent-error`, `cancelled`: the treatment said so.
 * - `no-window`: the record's daily window never opens (a window that rounds to nothing).
 * - `policy-forbids`: the contact policy allows no call within a year (inside the daily window).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.treatments.FinishReason = 'max-attempts';
 * ```
 */
export type FinishReason = 'no-treatment' | 'treatments-exhausted' | 'max-attempts' | 'chain-exhausted' | 'agent-error' | 'cancelled' | 'no-window' | 'policy-forbids';

/**
 * The contact policy a schedule follows: preset ids (or presets) and the contact's past attempts
 * (before the one whose result is being applied; that one is added from the call result through
 * `contactPolicy.outcomeOf`). Optional holidays and `liveAgentGuaranteed` as in `contactPolicy.check`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.treatments.AttemptPolicy = { presets: ['us-fl'], history: [{ at: Date.UTC(2026, 10, 24, 14), outcome: 'no-answer' }] };
 * ```
 */
export interface AttemptPolicy {
  /** Preset ids or presets. */
  readonly presets: readonly (PresetId | Preset)[];
  /** The contact's past attempts, none after the current one. */
  readonly history: readonly Attempt[];
  /** Public holidays at the contact's location. */
  readonly holidays?: readonly string[];
  /** True when a live agent is guaranteed for the next call. */
  readonly liveAgentGuaranteed?: boolean;
}

/**
 * Options of `nextAttempt` and `attemptSchedule`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.treatments.NextAttemptOptions = { policy: { presets: ['fr'], history: [] } };
 * ```
 */
export interface NextAttemptOptions {
  /** When given, every scheduled dial is one the contact policy allows (moved later when needed). */
  readonly policy?: AttemptPolicy;
}

/**
 * What {@link nextAttempt} decides: the record after this result (attempts counted, call result and
 * treatment progress recorded, status and scheduled time set) and:
 * - `scheduled`: the next dial (`next`; for next-in-chain, `nextRecord` is the chain's record to dial);
 * - `assigned`: handed to another agent `group`;
 * - `finished`: no further attempt, with the `reason`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const outcome: outbound.treatments.AttemptOutcome;
 * if (outcome.kind === 'scheduled') console.log(new Date(outcome.next.at).toISOString(), outcome.next.phone);
 * else if (outcome.kind === 'finished') console.log(outcome.reason);
 * ```
 */
export type AttemptOutcome = ScheduledOutcome | AssignedOutcome | FinishedOutcome;

/**
 * The record will be dialled again (or the chain's next number).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const o: outbound.treatments.ScheduledOutcome;
 * o.next.handle === o.record.handle; // false for next-in-chain
 * ```
 */
export interface ScheduledOutcome {
  /** Discriminant. */
  readonly kind: 'scheduled';
  /** The record after this result. */
  readonly record: OutboundRecord;
  /** The step applied. */
  readonly step: AppliedStep;
  /** The next dial. */
  readonly next: NextDial;
  /** For next-in-chain: the chain's record to dial, with its `dialSchedTime` set; else `null`. */
  readonly nextRecord: OutboundRecord | null;
}

/**
 * The record goes to another agent group.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const o: outbound.treatments.AssignedOutcome;
 * o.group; // 'Collections B'
 * ```
 */
export interface AssignedOutcome {
  /** Discriminant. */
  readonly kind: 'assigned';
  /** The record after this result. */
  readonly record: OutboundRecord;
  /** The step applied. */
  readonly step: AppliedStep;
  /** The group. */
  readonly group: string;
}

/**
 * No further attempt.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const o: outbound.treatments.FinishedOutcome;
 * o.reason; // 'treatments-exhausted'
 * ```
 */
export interface FinishedOutcome {
  /** Discriminant. */
  readonly kind: 'finished';
  /** The record after this result. */
  readonly record: OutboundRecord;
  /** The step applied, or `null` when none did. */
  readonly step: AppliedStep | null;
  /** Why. */
  readonly reason: FinishReason;
}
