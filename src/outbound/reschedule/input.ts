import { fail, isInstant, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { parseTime, weekdays, zone, type CallingHoursRule, type DstPolicy, type LocalDate, type LocalTime, type Weekday, type ZoneName, compileDateFormat } from '../../time/index.js';
import { readChainContactType } from './contact-type.js';
import type { ChainNumber } from '../reschedule-request.js';
import { LATEST_INSTANT, MAX_HORIZON_DAYS } from './zones.js';
import { readCallingHours, readHolidays, type CallingHoursPreset } from './calling-hours.js';
import { parseHistory, resolvePresets } from '../contact-policy/parse.js';
import type { Attempt, PolicyRule, Preset, PresetId } from '../contact-policy/types.js';

/**
 * Who decides between a personal and a campaign callback (an environment setting):
 * - `agent-choice`: the Personal Callback check box is shown and clear by default (a campaign
 *   callback: the record goes back to the calling queue); the agent may tick it;
 * - `always-personal`: the check box is shown, ticked and locked;
 * - `always-campaign`: the check box is hidden; every callback is a campaign callback.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const policy: outbound.reschedule.PersonalPolicy = 'always-personal';
 * ```
 */
export type PersonalPolicy = 'agent-choice' | 'always-personal' | 'always-campaign';

/**
 * Which zone the date and time the agent enters are read in: the agent's own zone (the default, as
 * the desktop shows its own clock) or the contact's zone. The number's From/Until window and the
 * calling hours are always judged in the contact's zone, whichever zone the entry is in.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const entry: outbound.reschedule.EntryZone = 'contact';
 * ```
 */
export type EntryZone = 'agent' | 'contact';

/**
 * Whether the outbound call is still connected (`live`) or has ended (`ended`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const call: outbound.reschedule.CallStatus = 'live';
 * ```
 */
export type CallStatus = 'live' | 'ended';

/**
 * What `machine.start` needs: the record, its chain, the two zones and the environment's options.
 * Only `at`, `recordHandle`, `chain`, `contactZone` and `agentZone` are required.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const input: outbound.reschedule.RescheduleInput = {
 *   at: Date.UTC(2026, 10, 24, 15, 7),
 *   recordHandle: 101,
 *   chain: [{ recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: '09:00', until: '20:00' }],
 *   contactZone: 'America/New_York',
 *   agentZone: 'Europe/London',
 *   personalPolicy: 'agent-choice',
 *   callingHours: 'us',
 * };
 * ```
 */
export interface RescheduleInput {
  /** When the Reschedule Callback view opens, epoch ms UTC. */
  readonly at: number;
  /** The handle of the record being called (the one to reschedule). */
  readonly recordHandle: number;
  /**
   * The contact's chain: every number the contact has, the current record's included. Checked (host input,
   * so From and Until are plain `HH:mm` strings); a handoff's `ChainNumber`s fit as they are.
   */
  readonly chain: readonly (Omit<ChainNumber, 'from' | 'until'> & {
    /** Start of the number's daily window, `HH:mm` in the contact's zone, or `null` for none. */
    readonly from: string | null;
    /** End of the window (exclusive), `HH:mm`, or `null` for none. */
    readonly until: string | null;
  })[];
  /** The contact's IANA zone (the record's `tz_dbid`): windows and calling hours are judged there. */
  readonly contactZone: string;
  /** The agent's IANA zone: today's date and the default entry zone. */
  readonly agentZone: string;
  /** Which zone the typed date and time are in; default `agent`. */
  readonly entryZone?: EntryZone;
  /** Personal or campaign callback; default `agent-choice`. */
  readonly personalPolicy?: PersonalPolicy;
  /** Whether the agent may add a new number (New Phone Number); default `false`. */
  readonly allowNewNumber?: boolean;
  /** The locale's short date pattern accepted besides `YYYY-MM-DD` (e.g. `MM/dd/yyyy`); default none. */
  readonly dateFormat?: string | null;
  /** The minute stepper's step: 1, 5, 15 or 30 minutes; default 30. */
  readonly stepMinutes?: number;
  /** The least time from now to the callback, whole minutes from 0 to 1440; default 1. */
  readonly minimumLeadMinutes?: number;
  /** How far ahead a callback may be, whole days from 1 to 366; default 30. */
  readonly horizonDays?: number;
  /**
   * The calling hours of the contact's location, judged in the contact's zone: a `dialdesk/time` preset
   * name (`us`, `ca`, `fr`), a rule (`time.CallingHoursRule`), or `null` (the default) for none.
   */
  readonly callingHours?: CallingHoursPreset | CallingHoursRule | null;
  /** Public holidays at the contact's location (local dates `YYYY-MM-DD`, checked); they close whole days under a rule with `closedOnHolidays` (the `fr` preset). */
  readonly holidays?: readonly string[];
  /**
   * A contact policy the callback time must satisfy: `outbound.contactPolicy` presets and the contact's
   * past attempts (none after `at`), judged in the contact's zone with `holidays`; default `null`.
   */
  readonly contactPolicy?: ContactPolicyInput | null;
  /** How a local time in a DST gap or overlap is read; default `compatible`. */
  readonly dstPolicy?: DstPolicy;
  /** Whether the call is still connected when the view opens; default `live`. */
  readonly call?: CallStatus;
  /** The calendar's first column; default `mon`. */
  readonly weekStartsOn?: Weekday;
}

/**
 * The validated input kept in the state: canonical zones and every default filled in.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const step = outbound.reschedule.machine.start({
 *   at: 0, recordHandle: 1, chain: [], contactZone: 'asia/calcutta', agentZone: 'UTC',
 * });
 * if (step.ok) step.state.config.contactZone; // 'Asia/Kolkata'
 * ```
 */
export interface RescheduleConfig {
  /** The record being rescheduled. */
  readonly recordHandle: number;
  /** The chain, sorted by `chainN`. */
  readonly chain: readonly ChainNumber[];
  /** Canonical contact zone. */
  readonly contactZone: ZoneName;
  /** Canonical agent zone. */
  readonly agentZone: ZoneName;
  /** Which zone the entry is read in. */
  readonly entryZone: EntryZone;
  /** Personal or campaign policy. */
  readonly personalPolicy: PersonalPolicy;
  /** Whether a new number may be added. */
  readonly allowNewNumber: boolean;
  /** The short date pattern, or `null`. */
  readonly dateFormat: string | null;
  /** Minute step (1, 5, 15 or 30). */
  readonly stepMinutes: number;
  /** Minimum lead in minutes. */
  readonly minimumLeadMinutes: number;
  /** Horizon in days. */
  readonly horizonDays: number;
  /** The calling-hours rule, or `null`. */
  readonly callingHours: CallingHoursRule | null;
  /** Public holidays at the contact's location. */
  readonly holidays: readonly LocalDate[];
  /** The contact policy's rows and history, or `null`. */
  readonly contactPolicy: CheckedContactPolicy | null;
  /** DST policy for the entered local time. */
  readonly dstPolicy: DstPolicy;
  /** The calendar's first column. */
  readonly weekStartsOn: Weekday;
}

/**
 * The contact policy a reschedule follows: preset ids (or presets) and the contact's past attempts.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.reschedule.ContactPolicyInput = { presets: ['fr'], history: [{ at: Date.UTC(2026, 10, 2, 10), outcome: 'refused' }] };
 * ```
 */
export interface ContactPolicyInput {
  /** Preset ids or presets. */
  readonly presets: readonly (PresetId | Preset)[];
  /** The contact's past attempts. */
  readonly history: readonly Attempt[];
  /** True when a live agent is guaranteed for the callback (lifts Ofcom's 72-hour rule). */
  readonly liveAgentGuaranteed?: boolean;
}

/**
 * A validated contact policy, as kept in the configuration.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.reschedule.CheckedContactPolicy = { rules: [], history: [], liveAgentGuaranteed: false };
 * ```
 */
export interface CheckedContactPolicy {
  /** The rows that apply (includes resolved). */
  readonly rules: readonly PolicyRule[];
  /** The history, sorted. */
  readonly history: readonly Attempt[];
  /** Whether a live agent is guaranteed. */
  readonly liveAgentGuaranteed: boolean;
}

function readContactPolicy(value: unknown, at: number): Result<CheckedContactPolicy | null, 'invalid-input'> {
  if (value === undefined || value === null) return ok(null);
  if (!isRecord(value)) return bad('contactPolicy', 'The contact policy is an object { presets, history }.', value);
  const rules = resolvePresets(ownField(value, 'presets'), '$.contactPolicy.presets');
  if (!rules.ok) return fail('invalid-input', rules.error.message, { field: 'contactPolicy', cause: rules.error.details }, '$.contactPolicy.presets');
  const history = parseHistory(ownField(value, 'history') ?? [], at, '$.contactPolicy.history');
  if (!history.ok) return fail('invalid-input', history.error.message, { field: 'contactPolicy', cause: history.error.details }, '$.contactPolicy.history');
  const guaranteed = ownField(value, 'liveAgentGuaranteed') ?? false;
  if (typeof guaranteed !== 'boolean') return bad('contactPolicy', 'liveAgentGuaranteed is a boolean.', guaranteed);
  return ok({ rules: rules.value, history: history.value, liveAgentGuaranteed: guaranteed });
}

const POLICIES: readonly string[] = ['agent-choice', 'always-personal', 'always-campaign'];
const DST: readonly string[] = ['compatible', 'earlier', 'later', 'reject'];
const STEPS: readonly number[] = [1, 5, 15, 30];

function bad(field: string, message: string, value: unknown): Result<never, 'invalid-input'> {
  return fail('invalid-input', message, { field, value }, field === 'input' ? '$' : `$.${field}`);
}

function wholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A whole number as kept in state: `-0` is 0 (JSON has no -0, so a state holding it would not round-trip). */
function zeroed(value: number): number {
  return value === 0 ? 0 : value;
}

function optional(input: Readonly<Record<string, unknown>>, key: string, fallback: unknown): unknown {
  const value = ownField(input, key);
  return value === undefined ? fallback : value;
}

function windowTime(value: unknown): LocalTime | null | undefined {
  if (value === null || value === undefined) return null;
  const t = parseTime(value);
  return t.ok ? t.value : undefined;
}

function readChainNumber(raw: unknown, index: number): Result<ChainNumber, 'invalid-input'> {
  const field = `chain[${index}]`;
  if (!isRecord(raw)) return bad(field, 'A chain number must be an object.', raw);
  const recordHandle = ownField(raw, 'recordHandle');
  const chainN = optional(raw, 'chainN', index);
  const phone = ownField(raw, 'phone');
  const contactType = readChainContactType(ownField(raw, 'contactType'));
  if (!wholeIn(recordHandle, 0, Number.MAX_SAFE_INTEGER)) return bad(`${field}.recordHandle`, 'A record handle is a non-negative integer.', recordHandle);
  if (!wholeIn(chainN, 0, Number.MAX_SAFE_INTEGER)) return bad(`${field}.chainN`, 'chain_n is a non-negative integer.', chainN);
  if (typeof phone !== 'string' || phone.trim() === '' || phone.length > 64) return bad(`${field}.phone`, 'A chain number needs its phone.', phone);
  if (contactType === null) return bad(`${field}.contactType`, 'A contact type is an OCS contact info type (a name, or its code 1 to 11).', ownField(raw, 'contactType'));
  const from = windowTime(ownField(raw, 'from'));
  const until = windowTime(ownField(raw, 'until'));
  if (from === undefined) return bad(`${field}.from`, 'From is a time HH:mm or null.', ownField(raw, 'from'));
  if (until === undefined) return bad(`${field}.until`, 'Until is a time HH:mm or null.', ownField(raw, 'until'));
  if ((from === null) !== (until === null) || (from !== null && from === until)) {
    return bad(`${field}.from`, 'Give both From and Until (and not equal), or neither.', { from, until });
  }
  return ok({ recordHandle: zeroed(recordHandle), chainN: zeroed(chainN), phone, contactType, from, until });
}

/** Validates a {@link RescheduleInput} and fills in the defaults. */
export function readInput(input: unknown): Result<{ readonly at: number; readonly config: RescheduleConfig; readonly call: CallStatus }, 'invalid-input'> {
  if (!isRecord(input)) return bad('input', 'The input must be an object.', input);
  const at = ownField(input, 'at');
  if (!isInstant(at) || at > LATEST_INSTANT) return bad('at', '`at` must be epoch milliseconds before the year 9999.', at);
  const recordHandle = ownField(input, 'recordHandle');
  if (!wholeIn(recordHandle, 0, Number.MAX_SAFE_INTEGER)) return bad('recordHandle', 'A record handle is a non-negative integer.', recordHandle);
  const rawChain = ownField(input, 'chain');
  if (!Array.isArray(rawChain) || rawChain.length > 100) return bad('chain', 'The chain is an array of at most 100 numbers.', rawChain);
  const chain: ChainNumber[] = [];
  for (const [index, raw] of (rawChain as unknown[]).entries()) {
    const entry = readChainNumber(raw, index);
    if (!entry.ok) return entry;
    if (chain.some((c) => c.recordHandle === entry.value.recordHandle)) return bad(`chain[${index}].recordHandle`, 'Record handles in a chain are unique.', entry.value.recordHandle);
    chain.push(entry.value);
  }
  chain.sort((a, b) => a.chainN - b.chainN);
  const contactZone = zone(ownField(input, 'contactZone'));
  if (!contactZone.ok) return bad('contactZone', contactZone.error.message, ownField(input, 'contactZone'));
  const agentZone = zone(ownField(input, 'agentZone'));
  if (!agentZone.ok) return bad('agentZone', agentZone.error.message, ownField(input, 'agentZone'));
  const entryZone = optional(input, 'entryZone', 'agent');
  if (entryZone !== 'agent' && entryZone !== 'contact') return bad('entryZone', 'entryZone is `agent` or `contact`.', entryZone);
  const personalPolicy = optional(input, 'personalPolicy', 'agent-choice');
  if (typeof personalPolicy !== 'string' || !POLICIES.includes(personalPolicy)) return bad('personalPolicy', 'Unknown personal callback policy.', personalPolicy);
  const allowNewNumber = optional(input, 'allowNewNumber', false);
  if (typeof allowNewNumber !== 'boolean') return bad('allowNewNumber', 'allowNewNumber is a boolean.', allowNewNumber);
  const dateFormat = optional(input, 'dateFormat', null);
  if (dateFormat !== null) {
    const compiled = compileDateFormat(dateFormat);
    if (!compiled.ok) return fail('invalid-input', compiled.error.message, compiled.error.details, '$.dateFormat');
  }
  const stepMinutes = optional(input, 'stepMinutes', 30);
  if (typeof stepMinutes !== 'number' || !STEPS.includes(stepMinutes)) return bad('stepMinutes', 'The minute step is 1, 5, 15 or 30.', stepMinutes);
  const minimumLeadMinutes = optional(input, 'minimumLeadMinutes', 1);
  if (!wholeIn(minimumLeadMinutes, 0, 1440)) return bad('minimumLeadMinutes', 'The minimum lead is 0 to 1440 whole minutes.', minimumLeadMinutes);
  const horizonDays = optional(input, 'horizonDays', 30);
  if (!wholeIn(horizonDays, 1, MAX_HORIZON_DAYS)) return bad('horizonDays', `The horizon is 1 to ${MAX_HORIZON_DAYS} whole days.`, horizonDays);
  const callingHours = readCallingHours(ownField(input, 'callingHours'));
  if (!callingHours.ok) return callingHours;
  const holidays = readHolidays(ownField(input, 'holidays'));
  if (!holidays.ok) return holidays;
  const contactPolicy = readContactPolicy(ownField(input, 'contactPolicy'), at);
  if (!contactPolicy.ok) return contactPolicy;
  const dstPolicy = optional(input, 'dstPolicy', 'compatible');
  if (typeof dstPolicy !== 'string' || !DST.includes(dstPolicy)) return bad('dstPolicy', 'The DST policy is compatible, earlier, later or reject.', dstPolicy);
  const weekStartsOn = optional(input, 'weekStartsOn', 'mon');
  if (typeof weekStartsOn !== 'string' || !(weekdays as readonly string[]).includes(weekStartsOn)) return bad('weekStartsOn', 'weekStartsOn is mon to sun.', weekStartsOn);
  const call = optional(input, 'call', 'live');
  if (call !== 'live' && call !== 'ended') return bad('call', 'call is `live` or `ended`.', call);
  const config: RescheduleConfig = {
    recordHandle: zeroed(recordHandle),
    chain,
    contactZone: contactZone.value,
    agentZone: agentZone.value,
    entryZone,
    personalPolicy: personalPolicy as PersonalPolicy,
    allowNewNumber,
    dateFormat: dateFormat as string | null,
    stepMinutes,
    minimumLeadMinutes: zeroed(minimumLeadMinutes),
    horizonDays,
    callingHours: callingHours.value,
    holidays: holidays.value,
    contactPolicy: contactPolicy.value,
    dstPolicy: dstPolicy as DstPolicy,
    weekStartsOn: weekStartsOn as Weekday,
  };
  return ok({ at, config, call });
}
