import { accept, checkEnvelope, isInstant, ownField, refuse, refuseWith, type Step } from '../../core/index.js';
import { emptyShards, lookup, put, remove } from './table.js';
import { normalizeConfig } from './config.js';
import type { PacingEvent } from './events.js';
import { initialStats, learnAgentWait, learnOutcome, learnTalk, learnWrap, moveGain } from './learn.js';
import { emptyLedger, recordLive, windowCounts } from './ledger.js';
import type { AgentRecord, Control, PacingState } from './state.js';
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

type Counts = Pick<PacingState, 'ready' | 'talking' | 'wrapUp' | 'notReady'>;

function countKey(status: AgentRecord['status']): keyof Counts {
  return status === 'ready' ? 'ready' : status === 'talking' ? 'talking' : status === 'wrap-up' ? 'wrapUp' : 'notReady';
}

/** Moves an agent to a new status (or out), learning talk and wrap-up times on the way. */
function setAgent(state: PacingState, agentId: string, status: AgentRecord['status'] | 'logged-out', at: number): PacingState {
  const prev = lookup(state.agents, agentId);
  if (prev !== undefined && prev.status === status) return { ...state, lastAt: at };
  let stats = state.stats;
  if (prev !== undefined) {
    const seconds = (at - prev.since) / 1000;
    if (prev.status === 'talking') {
      stats = learnTalk(stats, seconds);
      if (status === 'ready') stats = learnWrap(stats, 0);
    } else if (prev.status === 'wrap-up') {
      stats = learnWrap(stats, seconds);
    }
  }
  const counts: Record<keyof Counts, number> = { ready: state.ready, talking: state.talking, wrapUp: state.wrapUp, notReady: state.notReady };
  if (prev !== undefined) counts[countKey(prev.status)] -= 1;
  let agents: PacingState['agents'];
  if (status === 'logged-out') agents = remove(state.agents, agentId);
  else {
    counts[countKey(status)] += 1;
    agents = put(state.agents, agentId, Object.freeze({ status, since: at }));
  }
  return { ...state, ...counts, agents, stats, lastAt: at };
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
  return Object.freeze({ ...control, dialLevel: level, lastAdjustAt: at });
}

function finish(state: PacingState, at: number): Step<PacingState, PacingEffect> {
  const control = adjustLevel(state, at);
  return accept(Object.freeze(control === state.control ? state : { ...state, control }));
}

/** Whether the compliance brake is slowing the predictive plan now (the gain loop then holds still). */
function braking(state: PacingState, at: number): boolean {
  if (state.config.mode !== 'predictive') return false;
  const rule = state.config.compliance;
  return brakeOf(surplusOf(windowCounts(state.ledger, rule.window, at), rule)) < 1;
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
      return finish({ ...state, lastAt: at }, at);
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
      return finish(setAgent(state, agentId, status, at), at);
    }
    case 'dialed': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return refuse(state, 'invalid-event', '`callId` must be a non-empty string.', { field: 'callId' });
      if (lookup(state.ringing, callId) !== undefined || lookup(state.waiting, callId) !== undefined) {
        return refuse(state, 'duplicate-call', `Call ${callId} is already in progress.`, { callId });
      }
      return finish(
        {
          ...state,
          lastAt: at,
          ringing: put(state.ringing, callId, at),
          ringingCount: state.ringingCount + 1,
          totals: Object.freeze({ ...state.totals, dialed: state.totals.dialed + 1 }),
        },
        at,
      );
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
      const base: PacingState = {
        ...state,
        lastAt: at,
        ringing: remove(state.ringing, callId),
        ringingCount: state.ringingCount - 1,
        stats: learnOutcome(state.stats, live, (at - dialedAt) / 1000),
      };
      if (!live) return finish({ ...base, totals: Object.freeze({ ...state.totals, noContact: state.totals.noContact + 1 }) }, at);
      return finish(
        {
          ...base,
          waiting: put(state.waiting, callId, at),
          waitingCount: state.waitingCount + 1,
          ledger: recordLive(state.ledger, 'answer', at),
          totals: Object.freeze({ ...state.totals, answered: state.totals.answered + 1 }),
        },
        at,
      );
    }
    case 'connected':
    case 'abandoned': {
      const callId = idOf(e, 'callId');
      if (callId === undefined) return refuse(state, 'invalid-event', '`callId` must be a non-empty string.', { field: 'callId' });
      if (lookup(state.waiting, callId) === undefined) return refuse(state, 'unknown-call', `Call ${callId} is not waiting for an agent.`, { callId });
      const base: PacingState = { ...state, lastAt: at, waiting: remove(state.waiting, callId), waitingCount: state.waitingCount - 1 };
      if (event.type === 'abandoned') {
        return finish(
          {
            ...base,
            ledger: recordLive(state.ledger, 'abandon', at),
            control: moveGain(state.control, state.config, state.stats, 'abandoned', null, braking(state, at)),
            totals: Object.freeze({ ...state.totals, abandoned: state.totals.abandoned + 1 }),
          },
          at,
        );
      }
      const agentId = idOf(e, 'agentId');
      if (agentId === undefined) return refuse(state, 'invalid-event', '`agentId` must be a non-empty string.', { field: 'agentId' });
      const agent = lookup(state.agents, agentId);
      if (agent === undefined) return refuse(state, 'unknown-agent', `Agent ${agentId} is not logged in.`, { agentId });
      const waited = agent.status === 'ready' ? (at - agent.since) / 1000 : null;
      const stats = waited === null ? state.stats : learnAgentWait(state.stats, waited);
      const moved = setAgent({ ...base, stats }, agentId, 'talking', at);
      return finish(
        {
          ...moved,
          control: moveGain(state.control, state.config, stats, 'connected', waited, braking(state, at)),
          totals: Object.freeze({ ...state.totals, connected: state.totals.connected + 1 }),
        },
        at,
      );
    }
    default:
      return refuse(state, 'unknown-event', `Unknown event type: ${String((event as { type: unknown }).type)}.`, { type: (event as { type: unknown }).type });
  }
}
