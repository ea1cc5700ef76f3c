import { accept, checkEnvelope, isInstant, ownField, refuse, refuseWith, type Step } from '../../core/internal.js';
import { countUp, draft, type Draft } from './copy.js';
import { emptyShards, lookup, put, remove } from './table.js';
import { normalizeConfig } from './config.js';
import type { PacingEvent } from './events.js';
import { initialStats, learnAgentWait, learnOutcome, learnTalk, learnWrap, moveGain, type GainHold } from './learn.js';
import { emptyLedger, recordLive, windowCounts } from './ledger.js';
import type { AgentRecord, Control, PacingState } from './state.js';
import { learning } from './predictive.js';
import { brakeOf, surplusOf } from './surplus.js';

/**
 * Error codes of the pacer, besides the common ones (`invalid-event`, `unknown-event`,
 * `invalid-instant`, `time-went-backwards`, `invalid-input`):
 *
 * - `invalid-config`: `start` was given a configuration it cannot use (`details.path` names the field).
 * - `unknown-agent`: a `connected` or `logged-out` for an agent that is not logged in.
 * - `unknown-call`: an `answered`, `no-contact`, `connected` or `abandoned` for a call the pacer does not
 *   track in the right phase (not ringing, or not waiting for an agent).
 * - `duplicate-call`: a `dialed` for a call id already in progress.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.pacingCodes.includes('unknown-call'); // true
 * ```
 */
export const pacingCodes = Object.freeze(['invalid-config', 'unknown-agent', 'unknown-call', 'duplicate-call'] as const);

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
 * The pacer emits no effects: the host asks {@link decide} how many calls to place. The type exists
 * so the pacer fits `core.Machine`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const none: outbound.pacing.PacingEffect[] = [];
 * ```
 */
export type PacingEffect = never;

/**
 * Starts a pacer for one campaign at instant `at`. Refuses an invalid configuration with
 * `invalid-config` (and the field path) or an invalid instant with `invalid-instant`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const step = outbound.pacing.start({ mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } }, Date.UTC(2026, 10, 24, 9));
 * if (step.ok) outbound.pacing.decide(step.state, step.state.lastAt); // { place: 0, reason: 'no-agents' }
 * ```
 */
export function start(config: unknown, at: number): Step<PacingState, PacingEffect> {
  const placeholder = Object.freeze({ version: 1 }) as unknown as PacingState;
  if (!isInstant(at)) return refuse(placeholder, 'invalid-instant', '`at` must be a finite, non-negative epoch-millisecond number.', { at });
  const c = normalizeConfig(config);
  if (!c.ok) return refuseWith(placeholder, c.error);
  const state: PacingState = Object.freeze({
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
  return accept(state);
}

function countKey(status: AgentRecord['status']): 'ready' | 'talking' | 'wrapUp' | 'notReady' {
  return status === 'ready' ? 'ready' : status === 'talking' ? 'talking' : status === 'wrap-up' ? 'wrapUp' : 'notReady';
}

/** Moves an agent to a new status (or out) in a draft, learning talk and wrap-up times on the way. */
function setAgent(d: Draft, agentId: string, status: AgentRecord['status'] | 'logged-out', at: number): void {
  const prev = lookup(d.agents, agentId);
  if (prev !== undefined && prev.status === status) return;
  if (prev !== undefined) {
    const seconds = (at - prev.since) / 1000;
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
function adjustLevel(state: PacingState, at: number): Control {
  const { config, control } = state;
  const intervalMs = config.intervalSeconds * 1000;
  if (config.mode !== 'adaptive' || at - control.lastAdjustAt < intervalMs) return control;
  const active = state.ready + state.talking;
  let level = control.dialLevel;
  if (active > 0) level += (state.ready - state.waitingCount) / active;
  const drop = windowCounts(state.ledger, config.compliance.window, at);
  if (drop.answers > 0 && drop.rate > config.dropTarget) level = config.onDrop === 'halve' ? level / 2 : 1;
  level = level < 1 ? 1 : level > config.maxLinesPerAgent ? config.maxLinesPerAgent : level;
  return Object.freeze({ gain: control.gain, dialLevel: level, lastAdjustAt: at });
}

/** Completes a draft: the adaptive level's periodic move, then frozen and accepted. */
function finish(d: Draft, at: number): Step<PacingState, PacingEffect> {
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
  return brakeOf(surplusOf(windowCounts(state.ledger, rule.window, at), rule)) < GAIN_HOLD_BRAKE ? 'up' : 'none';
}

function idOf(event: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = ownField(event, key);
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * Applies one event. Pure and total: a malformed event, an unknown type or a call or agent in the
 * wrong phase is refused with a code (see {@link pacingCodes}) and the same state object.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * let s = outbound.pacing.start({ mode: 'progressive' }, 0);
 * if (s.ok) s = outbound.pacing.transition(s.state, { type: 'agent', at: 1_000, agentId: 'a1', status: 'ready' });
 * if (s.ok) outbound.pacing.decide(s.state, 1_000); // { place: 1, reason: 'progressive' }
 * ```
 */
export function transition(state: PacingState, event: PacingEvent): Step<PacingState, PacingEffect> {
  const bad = checkEnvelope(event, state.lastAt);
  if (bad !== undefined) return refuseWith(state, bad);
  const e = event as unknown as Readonly<Record<string, unknown>>;
  const at = event.at;
  switch (event.type) {
    case 'tick':
      return finish(draft(state, at), at);
    case 'agent': {
      const agentId = idOf(e, 'agentId');
      const status = ownField(e, 'status');
      if (agentId === undefined) return refuse(state, 'invalid-event', '`agentId` must be a non-empty string.', { field: 'agentId' });
      if (status !== 'ready' && status !== 'talking' && status !== 'wrap-up' && status !== 'not-ready' && status !== 'logged-out') {
        return refuse(state, 'invalid-event', '`status` must be ready, talking, wrap-up, not-ready or logged-out.', { field: 'status', value: status });
      }
      if (status === 'logged-out' && lookup(state.agents, agentId) === undefined) {
        return refuse(state, 'unknown-agent', `Agent ${agentId} is not logged in.`, { agentId });
      }
      const d = draft(state, at);
      setAgent(d, agentId, status, at);
      return finish(d, at);
    }
    case 'dialed': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return refuse(state, 'invalid-event', '`callId` must be a non-empty string.', { field: 'callId' });
      if (lookup(state.ringing, callId) !== undefined || lookup(state.waiting, callId) !== undefined) {
        return refuse(state, 'duplicate-call', `Call ${callId} is already in progress.`, { callId });
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
      if (callId === undefined) return refuse(state, 'invalid-event', '`callId` must be a non-empty string.', { field: 'callId' });
      if (event.type === 'no-contact' && typeof ownField(e, 'result') !== 'string') {
        return refuse(state, 'invalid-event', '`result` must be a string.', { field: 'result' });
      }
      const dialedAt = lookup(state.ringing, callId);
      if (dialedAt === undefined) return refuse(state, 'unknown-call', `Call ${callId} is not ringing.`, { callId });
      const live = event.type === 'answered';
      const d = draft(state, at);
      d.ringing = remove(state.ringing, callId);
      d.ringingCount -= 1;
      d.stats = learnOutcome(state.stats, live, (at - dialedAt) / 1000);
      if (!live) {
        d.totals = countUp(state.totals, 'noContact');
        return finish(d, at);
      }
      d.waiting = put(state.waiting, callId, at);
      d.waitingCount += 1;
      d.ledger = recordLive(state.ledger, 'answer', at);
      d.totals = countUp(state.totals, 'answered');
      return finish(d, at);
    }
    case 'connected':
    case 'abandoned': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return refuse(state, 'invalid-event', '`callId` must be a non-empty string.', { field: 'callId' });
      if (lookup(state.waiting, callId) === undefined) return refuse(state, 'unknown-call', `Call ${callId} is not waiting for an agent.`, { callId });
      if (event.type === 'abandoned') {
        const d = draft(state, at);
        d.waiting = remove(state.waiting, callId);
        d.waitingCount -= 1;
        d.ledger = recordLive(state.ledger, 'abandon', at);
        d.control = moveGain(state.control, state.config, state.stats, 'abandoned', null, gainHold(state, at));
        d.totals = countUp(state.totals, 'abandoned');
        return finish(d, at);
      }
      const agentId = idOf(e, 'agentId');
      if (agentId === undefined) return refuse(state, 'invalid-event', '`agentId` must be a non-empty string.', { field: 'agentId' });
      const agent = lookup(state.agents, agentId);
      if (agent === undefined) return refuse(state, 'unknown-agent', `Agent ${agentId} is not logged in.`, { agentId });
      const waited = agent.status === 'ready' ? (at - agent.since) / 1000 : null;
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
      return refuse(state, 'unknown-event', `Unknown event type: ${String((event as { type: unknown }).type)}.`, { type: (event as { type: unknown }).type });
  }
}
