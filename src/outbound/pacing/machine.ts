import { accept, defineMachine, describe, fail, ownField, readEnvelope, refuse, refuseWith, type Machine, type Result, type Step } from '../../core/internal.js';
import { d } from '../../core/internal.js';
import { SECOND } from '../../time/index.js';
import { countUp, draft, type Draft } from './copy.js';
import { emptyShards, lookup, put, remove } from './table.js';
import { readConfig, type PacingConfig } from './config.js';
import type { PacingEvent } from './events.js';
import { initialStats, learnAgentWait, learnOutcome, learnTalk, learnWrap, moveGain, type GainHold } from './learn.js';
import { addEntry, countWindow, emptyLedger } from './ledger.js';
import { dataOf, type AgentRecord, type Control, type PacerData, type PacingState } from './state.js';
import { learning } from './predictive.js';
import { restorePacer } from './restore.js';
import { isBranded, own } from './brand.js';
import { brakeOf, surplusOf } from './surplus.js';

/**
 * Every code the pacer machine refuses with (its `codes`):
 *
 * - `invalid-input`: `start` was not given an object `{ at, config }`.
 * - `invalid-instant`: `at` (of the input or an event) is not a supported instant.
 * - `invalid-config`: the configuration cannot be used (`path` names the field, such as `$.config.ratio`).
 * - `invalid-event`: an event that is not an object with a string `type`, or a field missing or mistyped.
 * - `unknown-event`: an event type the pacer does not know.
 * - `time-went-backwards`: an event earlier than the last one accepted.
 * - `unknown-agent`: a `connected` or `logged-out` for an agent that is not logged in.
 * - `unknown-call`: an `answered`, `no-contact`, `connected` or `abandoned` for a call the pacer does not
 *   track in the right phase (not ringing, or not waiting for an agent).
 * - `duplicate-call`: a `dialed` for a call id already in progress.
 * - `invalid-state`: `restore` (or a `transition` given a state the pacer did not make) found no saved pacer state.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.pacingCodes.includes('unknown-call'); // true
 * ```
 */
export const pacingCodes = Object.freeze([
  'invalid-input',
  'invalid-instant',
  'invalid-config',
  'invalid-event',
  'unknown-event',
  'time-went-backwards',
  'unknown-agent',
  'unknown-call',
  'duplicate-call',
  'invalid-state',
] as const);

/**
 * One of the {@link pacingCodes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.pacing.PacingCode = 'duplicate-call';
 * ```
 */
export type PacingCode = (typeof pacingCodes)[number];

/**
 * The pacer emits no effects: the host asks `decide(state, at)` how many calls to place (the
 * {@link Decision}, the pacer's dial request). The type exists so the pacer fits `core.Machine`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const none: outbound.pacing.PacingEffect[] = [];
 * ```
 */
export type PacingEffect = never;

/**
 * What the pacer starts from: the instant and the campaign's configuration.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const input: outbound.pacing.PacingInput = { at: Date.UTC(2026, 10, 24, 9), config: { mode: 'progressive', preset: 'us' } };
 * ```
 */
export interface PacingInput {
  /** The instant the pacer starts at, epoch milliseconds UTC. */
  readonly at: number;
  /** The pacer configuration. */
  readonly config: PacingConfig;
}

const startInput = d.object({ at: d.instant, config: d.unknownValue });

/** Starts a pacer: a fresh state, or a refusal with no state. */
function startPacer(input: PacingInput): Result<never, PacingCode> | Step<PacerData, PacingEffect> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid-input', `The input must be an object { at, config }, not ${describe(input)}.`, undefined, '$');
  }
  const read = d.run(startInput, input);
  if (read instanceof d.Problem) return fail(read.path === '$.at' ? 'invalid-instant' : 'invalid-input', read.message, undefined, read.path);
  const c = readConfig(read.config, '$.config');
  if (!c.ok) return c;
  const at = read.at;
  const state: PacerData = Object.freeze({
    version: 1,
    lastAt: at,
    config: c.value,
    agents: emptyShards<AgentRecord>(),
    ready: 0,
    talking: 0,
    wrapUp: 0,
    notReady: 0,
    ringing: emptyShards<number>(),
    ringingCount: 0,
    waiting: emptyShards<number>(),
    waitingCount: 0,
    ledger: emptyLedger(),
    stats: initialStats(),
    control: Object.freeze({ gain: 1, dialLevel: 1, lastAdjustAt: at }),
    totals: Object.freeze({ dialed: 0, answered: 0, noContact: 0, connected: 0, abandoned: 0 }),
  });
  return accept(own(state));
}

function countKey(status: AgentRecord['status']): 'ready' | 'talking' | 'wrapUp' | 'notReady' {
  return status === 'ready' ? 'ready' : status === 'talking' ? 'talking' : status === 'wrap-up' ? 'wrapUp' : 'notReady';
}

/** Moves an agent to a new status (or out) in a draft, learning talk and wrap-up times on the way. */
function setAgent(d: Draft, agentId: string, status: AgentRecord['status'] | 'logged-out', at: number): void {
  const prev = lookup(d.agents, agentId);
  if (prev !== undefined && prev.status === status) return;
  if (prev !== undefined) {
    const seconds = (at - prev.since) / SECOND;
    if (prev.status === 'talking') {
      d.stats = learnTalk(d.stats, seconds);
      if (status === 'ready') d.stats = learnWrap(d.stats, 0);
    } else if (prev.status === 'wrap-up') {
      d.stats = learnWrap(d.stats, seconds);
    }
    d[countKey(prev.status)] -= 1;
  }
  if (status === 'logged-out') d.agents = remove(d.agents, agentId);
  else {
    d[countKey(status)] += 1;
    d.agents = put(d.agents, agentId, Object.freeze({ status, since: at }));
  }
}

/** The adaptive baseline's periodic dial-level move. */
function adjustLevel(state: PacerData, at: number): Control {
  const { config, control } = state;
  const intervalMs = config.intervalSeconds * SECOND;
  if (config.mode !== 'adaptive' || at - control.lastAdjustAt < intervalMs) return control;
  const active = state.ready + state.talking;
  let level = control.dialLevel;
  if (active > 0) level += (state.ready - state.waitingCount) / active;
  const drop = countWindow(state.ledger, config.compliance.window, at);
  if (drop.answers > 0 && drop.rate > config.dropTarget) level = config.onDrop === 'halve' ? level / 2 : 1;
  level = level < 1 ? 1 : level > config.maxLinesPerAgent ? config.maxLinesPerAgent : level;
  return Object.freeze({ gain: control.gain, dialLevel: level, lastAdjustAt: at });
}

/** Completes a draft: the adaptive level's periodic move, then frozen and accepted. */
function finish(d: Draft, at: number): Step<PacerData, PacingEffect> {
  d.control = adjustLevel(d, at);
  return accept(Object.freeze(d));
}

/**
 * Below this brake the gain loop may only come down: the brake is doing most of the work, and a gain
 * climbing meanwhile would dial hard when the surplus recovers. Between it and 1 both loops move, which
 * keeps them from parking the surplus far above the brake's set point.
 */
const GAIN_HOLD_BRAKE = 0.5;

/** What the predictive gain loop must hold back now (anti-windup, see `moveGain`). */
function gainHold(state: PacingState, at: number): GainHold {
  if (state.config.mode !== 'predictive') return 'none';
  if (learning(state)) return 'all';
  const rule = state.config.compliance;
  return brakeOf(surplusOf(countWindow(state.ledger, rule.window, at), rule)) < GAIN_HOLD_BRAKE ? 'up' : 'none';
}

/** The longest agent id, call id or call result the pacer takes (a longer one is refused, not stored). */
const MAX_ID = 200;

function idOf(event: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = ownField(event, key);
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID ? v : undefined;
}

function badId(state: PacerData, key: 'agentId' | 'callId'): Step<PacerData, PacingEffect> {
  return refuse(state, 'invalid-event', `$.${key} must be a string of 1 to ${MAX_ID} characters.`, undefined, `$.${key}`);
}

/**
 * Applies one event (the machine's `transition`, after `defineMachine` has read the event into a plain
 * copy and made sure the state is one the pacer made or restored). A malformed event, an unknown type
 * or a call or agent in the wrong phase is refused with a code and a JSON path.
 */
function transitionPacer(state: PacerData, event: PacingEvent): Step<PacerData, PacingEffect> {
  const envelope = readEnvelope(event, state.lastAt);
  if ('code' in envelope) return refuseWith(state, envelope);
  const e = event as unknown as Readonly<Record<string, unknown>>;
  const at = envelope.at;
  switch (envelope.type) {
    case 'tick':
      return finish(draft(state, at), at);
    case 'agent': {
      const agentId = idOf(e, 'agentId');
      const status = ownField(e, 'status');
      if (agentId === undefined) return badId(state, 'agentId');
      if (status !== 'ready' && status !== 'talking' && status !== 'wrap-up' && status !== 'not-ready' && status !== 'logged-out') {
        return refuse(state, 'invalid-event', `$.status must be ready, talking, wrap-up, not-ready or logged-out, not ${describe(status)}.`, undefined, '$.status');
      }
      if (status === 'logged-out' && lookup(state.agents, agentId) === undefined) {
        return refuse(state, 'unknown-agent', 'The agent is not logged in.', undefined, '$.agentId');
      }
      const d = draft(state, at);
      setAgent(d, agentId, status, at);
      return finish(d, at);
    }
    case 'dialed': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return badId(state, 'callId');
      if (lookup(state.ringing, callId) !== undefined || lookup(state.waiting, callId) !== undefined) {
        return refuse(state, 'duplicate-call', 'A call with this id is already in progress.', undefined, '$.callId');
      }
      const d = draft(state, at);
      d.ringing = put(state.ringing, callId, at);
      d.ringingCount += 1;
      d.totals = countUp(state.totals, 'dialed');
      return finish(d, at);
    }
    case 'answered':
    case 'no-contact': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return badId(state, 'callId');
      const noContact = envelope.type === 'no-contact';
      if (noContact) {
        const result = ownField(e, 'result');
        if (typeof result !== 'string' || result.length > MAX_ID) {
          return refuse(state, 'invalid-event', `$.result must be a string of at most ${MAX_ID} characters, not ${describe(result)}.`, undefined, '$.result');
        }
      }
      const falsePositive = noContact ? (ownField(e, 'amdFalsePositive') ?? false) : false;
      if (typeof falsePositive !== 'boolean') {
        return refuse(state, 'invalid-event', `$.amdFalsePositive must be a boolean, not ${describe(falsePositive)}.`, undefined, '$.amdFalsePositive');
      }
      const dialedAt = lookup(state.ringing, callId);
      if (dialedAt === undefined) return refuse(state, 'unknown-call', 'No call with this id is ringing.', undefined, '$.callId');
      const live = !noContact;
      const d = draft(state, at);
      d.ringing = remove(state.ringing, callId);
      d.ringingCount -= 1;
      d.stats = learnOutcome(state.stats, live, (at - dialedAt) / SECOND);
      if (!live) {
        d.totals = countUp(state.totals, 'noContact');
        // A live person AMD hung up on: a live answer abandoned, where the rule counts it (Ofcom).
        if (falsePositive && state.config.amdFalsePositives === 'abandoned') d.ledger = addEntry(addEntry(state.ledger, 'answer', at), 'abandon', at);
        return finish(d, at);
      }
      d.waiting = put(state.waiting, callId, at);
      d.waitingCount += 1;
      d.ledger = addEntry(state.ledger, 'answer', at);
      d.totals = countUp(state.totals, 'answered');
      return finish(d, at);
    }
    case 'connected':
    case 'abandoned': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return badId(state, 'callId');
      if (lookup(state.waiting, callId) === undefined) return refuse(state, 'unknown-call', 'No call with this id is waiting for an agent.', undefined, '$.callId');
      if (envelope.type === 'abandoned') {
        const d = draft(state, at);
        d.waiting = remove(state.waiting, callId);
        d.waitingCount -= 1;
        d.ledger = addEntry(state.ledger, 'abandon', at);
        d.control = moveGain(state.control, state.config, state.stats, 'abandoned', null, gainHold(state, at));
        d.totals = countUp(state.totals, 'abandoned');
        return finish(d, at);
      }
      const agentId = idOf(e, 'agentId');
      if (agentId === undefined) return badId(state, 'agentId');
      const agent = lookup(state.agents, agentId);
      if (agent === undefined) return refuse(state, 'unknown-agent', 'The agent is not logged in.', undefined, '$.agentId');
      const waited = agent.status === 'ready' ? (at - agent.since) / SECOND : null;
      const d = draft(state, at);
      d.waiting = remove(state.waiting, callId);
      d.waitingCount -= 1;
      if (waited !== null) d.stats = learnAgentWait(state.stats, waited);
      d.control = moveGain(state.control, state.config, d.stats, 'connected', waited, gainHold(state, at));
      setAgent(d, agentId, 'talking', at);
      d.totals = countUp(state.totals, 'connected');
      return finish(d, at);
    }
    default:
      return refuse(state, 'unknown-event', `The pacer has no event of this type (${describe(envelope.type)}).`, undefined, '$.type');
  }
}

/**
 * The predictive pacer as a machine (`outbound.pacing.machine`, id `outbound.pacing`): `start({ at, config })`
 * builds the pacer of one campaign (progressive, power, predictive or the adaptive baseline), `transition`
 * takes what the host reports (agent status, dialed, answered, no-contact, connected, abandoned, `tick`),
 * `restore` checks a saved state. It emits no effects: the host asks `decide(state, at)` how many calls to
 * place, and reads agents, calls and the abandonment figures through `agents`, `calls` and `abandonment`.
 * Codes: {@link pacingCodes}.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const { machine, decide } = outbound.pacing;
 * const started = machine.start({ at: 0, config: { mode: 'progressive', preset: 'us' } });
 * if (started.ok) {
 *   const step = machine.transition(started.state, { type: 'agent', at: 1_000, agentId: 'a1', status: 'ready' });
 *   decide(step.state, 1_000); // { place: 1, reason: 'progressive', minRingSeconds: 15 }
 * }
 * ```
 */
export const machine: Machine<PacingInput, PacingState, PacingEvent, PacingEffect, PacingCode> = defineMachine<PacingInput, PacingState, PacingEvent, PacingEffect, PacingCode>({
  id: 'outbound.pacing',
  codes: pacingCodes,
  start: startPacer as (input: PacingInput) => Step<PacingState, PacingEffect>,
  transition: (state, event) => transitionPacer(dataOf(state), event),
  restore: restorePacer,
  owns: isBranded,
});

