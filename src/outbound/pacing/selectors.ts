import { SECOND } from '../../time/index.js';
import { selectorAt, selectorState } from '../../core/internal.js';
import { machine } from './machine.js';
import { countWindow, headroomFor, type AbandonWindow } from './ledger.js';
import { dataOf, type AgentRecord, type PacingState } from './state.js';
import type { Shards } from './table.js';

/**
 * A logged-in agent as the pacer sees it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const a: outbound.pacing.PacingAgent = { agentId: 'a1', since: 1_000, seconds: 4 };
 * ```
 */
export interface PacingAgent {
  /** The agent's id. */
  readonly agentId: string;
  /** When the agent entered the status, epoch milliseconds UTC. */
  readonly since: number;
  /** Seconds in the status at the instant asked (0 when that instant is before `since`). */
  readonly seconds: number;
}

/**
 * The logged-in agents by status, each list longest in the status first (then by id).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const none: outbound.pacing.AgentsByStatus = { ready: [], talking: [], wrapUp: [], notReady: [] };
 * ```
 */
export interface AgentsByStatus {
  /** Agents waiting for a call. */
  readonly ready: readonly PacingAgent[];
  /** Agents on a call. */
  readonly talking: readonly PacingAgent[];
  /** Agents in wrap-up after a call. */
  readonly wrapUp: readonly PacingAgent[];
  /** Agents logged in but not ready (a break). */
  readonly notReady: readonly PacingAgent[];
}

/**
 * A call that is ringing: when it was dialed and the earliest instant the host may give it up
 * unanswered (the configuration's ring minimum after the dial).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.RingingCall = { callId: 'c1', dialedAt: 0, ringsUntil: 15_000 };
 * ```
 */
export interface RingingCall {
  /** The call's id. */
  readonly callId: string;
  /** When it was dialed, epoch milliseconds UTC. */
  readonly dialedAt: number;
  /** `dialedAt` plus `config.minRingSeconds`: the host must not give the call up unanswered before this instant. */
  readonly ringsUntil: number;
}

/**
 * A live answer waiting for an agent: when it was answered and the instant it counts as abandoned if
 * no agent has taken it (`config.abandonAfterSeconds` after the answer).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.WaitingCall = { callId: 'c1', answeredAt: 9_000, abandonAt: 11_000 };
 * ```
 */
export interface WaitingCall {
  /** The call's id. */
  readonly callId: string;
  /** When it was answered, epoch milliseconds UTC. */
  readonly answeredAt: number;
  /** `answeredAt` plus `config.abandonAfterSeconds`: connect it before this instant or it is abandoned. */
  readonly abandonAt: number;
}

/**
 * The calls in progress: ringing, and answered live waiting for an agent (each list oldest first, then by id).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const none: outbound.pacing.CallsInProgress = { ringing: [], waiting: [] };
 * ```
 */
export interface CallsInProgress {
  /** Calls ringing. */
  readonly ringing: readonly RingingCall[];
  /** Live answers waiting for an agent. */
  readonly waiting: readonly WaitingCall[];
}

/**
 * The abandonment ledger's figures in the compliance window at an instant.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const f: outbound.pacing.Abandonment = { window: '30d', limit: 0.03, answers: 100, abandons: 1, rate: 0.01, headroom: 2 };
 * ```
 */
export interface Abandonment {
  /** The window the rate is measured over. */
  readonly window: AbandonWindow;
  /** The largest rate the compliance rule allows. */
  readonly limit: number;
  /** Live answers in the window. */
  readonly answers: number;
  /** Abandons in the window. */
  readonly abandons: number;
  /** `abandons / answers`, 0 with no answers. */
  readonly rate: number;
  /** How many more abandons the window can take and stay within the limit. */
  readonly headroom: number;
}

/** The state a pacing selector reads (internal): see `selectorState` (the pacer's own states are a look-up). */
export function pacingState(fn: string, state: unknown): PacingState {
  return selectorState(machine, `outbound.pacing.${fn}`, state);
}

function byTime<T extends { readonly at: number; readonly id: string }>(a: T, b: T): number {
  return a.at !== b.at ? a.at - b.at : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function listed<V>(table: Shards<V>, at: (v: V) => number): { readonly id: string; readonly at: number; readonly value: V }[] {
  const out: { id: string; at: number; value: V }[] = [];
  for (const shard of table) {
    for (let i = 0; i < shard.ids.length; i += 1) {
      const value = shard.values[i] as V;
      out.push({ id: shard.ids[i] ?? '', at: at(value), value });
    }
  }
  return out.sort(byTime);
}

/**
 * The logged-in agents by status at `at`, each with how long it has been in its status.
 *
 * @throws RangeError when `state` is not a pacing state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const { machine } = outbound.pacing;
 * const s = machine.start({ at: 0, config: { mode: 'progressive' } });
 * if (s.ok) {
 *   const step = machine.transition(s.state, { type: 'agent', at: 1_000, agentId: 'a1', status: 'ready' });
 *   outbound.pacing.agents(step.state, 5_000).ready; // [{ agentId: 'a1', since: 1_000, seconds: 4 }]
 * }
 * ```
 */
export function agents(state: PacingState, at: number): AgentsByStatus {
  state = pacingState('agents', state);
  at = selectorAt(state.lastAt, at);
  const out: Record<AgentRecord['status'], PacingAgent[]> = { ready: [], talking: [], 'wrap-up': [], 'not-ready': [] };
  for (const { id, value } of listed(dataOf(state).agents, (a) => a.since)) {
    out[value.status].push({ agentId: id, since: value.since, seconds: at > value.since ? (at - value.since) / SECOND : 0 });
  }
  return { ready: out.ready, talking: out.talking, wrapUp: out['wrap-up'], notReady: out['not-ready'] };
}

/**
 * The calls in progress at `at`: ringing (with the instant the ring minimum allows giving up) and
 * answered live waiting for an agent (with the instant they count as abandoned).
 *
 * @throws RangeError when `state` is not a pacing state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const { machine } = outbound.pacing;
 * const s = machine.start({ at: 0, config: { mode: 'progressive', preset: 'us' } });
 * if (s.ok) {
 *   const step = machine.transition(s.state, { type: 'dialed', at: 1_000, callId: 'c1' });
 *   outbound.pacing.calls(step.state, 2_000).ringing; // [{ callId: 'c1', dialedAt: 1_000, ringsUntil: 16_000 }]
 * }
 * ```
 */
export function calls(state: PacingState, at: number): CallsInProgress {
  void at; // the calls do not depend on the instant asked; the parameter keeps every selector `(state, at)`
  const data = dataOf(pacingState('calls', state));
  const ring = data.config.minRingSeconds * SECOND;
  const grace = data.config.abandonAfterSeconds * SECOND;
  return {
    ringing: listed(data.ringing, (t) => t).map((c) => ({ callId: c.id, dialedAt: c.at, ringsUntil: c.at + ring })),
    waiting: listed(data.waiting, (t) => t).map((c) => ({ callId: c.id, answeredAt: c.at, abandonAt: c.at + grace })),
  };
}

/**
 * The abandonment figures of the compliance window at `at`: live answers, abandons, the rate, the
 * limit and the headroom left.
 *
 * @throws RangeError when `state` is not a pacing state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.pacing.machine.start({ at: 0, config: { mode: 'progressive', preset: 'uk' } });
 * if (s.ok) outbound.pacing.abandonment(s.state, 0); // { window: '24h', limit: 0.03, answers: 0, abandons: 0, rate: 0, headroom: 0 }
 * ```
 */
export function abandonment(state: PacingState, at: number): Abandonment {
  state = pacingState('abandonment', state);
  at = selectorAt(state.lastAt, at);
  const rule = state.config.compliance;
  const c = countWindow(state.ledger, rule.window, at);
  return { window: rule.window, limit: rule.abandonRate, answers: c.answers, abandons: c.abandons, rate: c.rate, headroom: headroomFor(c.answers, c.abandons, rule.abandonRate) };
}
