import { HOUR, SECOND } from '../../time/index.js';
import type { PacingState } from '../pacing/index.js';
import type { SimEvent } from './events.js';
import { EventQueue } from './heap.js';
import { seeded, type Random } from './random.js';
import type { Scenario } from './scenario.js';
import type { Slice } from './summary.js';

/** A simulated agent; `index` is its place in {@link SimState.agents}, `id` what the pacer sees. */
export interface SimAgent {
  readonly index: number;
  readonly id: string;
  status: 'ready' | 'talking' | 'wrap-up' | 'not-ready' | 'out';
  readySince: number;
  pendingBreak: boolean;
  pendingLogout: boolean;
}

/** A call still in progress (ringing, or answered and waiting for an agent). */
export interface SimCall {
  readonly id: string;
  /** An answering machine connected to an agent (AMD off): the agent spends `machineSeconds` on it. */
  readonly machine: boolean;
  answeredAt: number;
  waiting: boolean;
}

/** Agents by what they are doing now, kept in step with every status change. */
export interface Headcount {
  /** Talking or in wrap-up. */
  busy: number;
  /** Logged in (any status but out). */
  logged: number;
  /** Ready, talking or in wrap-up: what a call can be connected to. */
  available: number;
  /** Dialed and not yet connected, abandoned or ended. */
  inProgress: number;
  /** Connected calls not yet ended. */
  talking: number;
}

/** What the report counts. */
export interface Totals {
  dials: number;
  connects: number;
  answered: number;
  abandoned: number;
  amdFalsePositives: number;
  /** Answering machines connected to an agent (AMD off), and those of them abandoned. */
  machineAnswers: number;
  machineAbandons: number;
  peakLines: number;
  /** Agent-milliseconds busy, logged in, and talking. */
  busyMs: number;
  loggedMs: number;
  talkMs: number;
}

/** The whole mutable state of one simulated shift, passed to every handler. */
export interface SimState {
  readonly scenario: Scenario;
  readonly rnd: Random;
  /** Start and end of the shift, epoch ms. */
  readonly t0: number;
  readonly end: number;
  /** Length of a timeline slice, ms. */
  readonly sliceMs: number;
  readonly slices: Slice[];
  /** How long an answered call waits for an agent before it is abandoned, ms (the pacer's rule). */
  readonly graceMs: number;
  /** Sum of the non-live outcomes' shares (they are weights). */
  readonly shareTotal: number;
  readonly tickMs: number;
  readonly queue: EventQueue<SimEvent>;
  readonly agents: SimAgent[];
  /** Indexes of ready agents with no call, longest ready first. */
  readonly ready: Set<number>;
  /** Numbers of answered calls waiting for an agent, oldest first. */
  readonly waiting: Set<number>;
  /** Calls in progress by number (a call leaves when it connects or ends). */
  readonly calls: Map<number, SimCall>;
  /** How often `decide` gave each reason. */
  readonly reasons: Record<string, number>;
  readonly customerWaits: number[];
  readonly agentWaits: number[];
  readonly heads: Headcount;
  readonly totals: Totals;
  pacer: PacingState;
  /** The instant being simulated. */
  now: number;
  /** Up to where busy and logged-in time have been counted. */
  countedTo: number;
  /** Last whole percent reported to `onProgress`. */
  lastPercent: number;
}

/** A fresh shift: nobody logged in yet, nothing queued. */
export function createState(scenario: Scenario, pacer: PacingState, seed: number, sliceCount: number): SimState {
  const t0 = scenario.startAt;
  const end = t0 + scenario.shiftHours * HOUR;
  return {
    scenario,
    rnd: seeded(seed),
    t0,
    end,
    sliceMs: (end - t0) / sliceCount,
    slices: Array.from({ length: sliceCount }, () => ({ busy: 0, logged: 0, answered: 0, abandoned: 0 })),
    graceMs: pacer.config.abandonAfterSeconds * SECOND,
    shareTotal: scenario.nonLive.reduce((sum, o) => sum + o.share, 0),
    tickMs: scenario.decideEverySeconds * SECOND,
    queue: new EventQueue<SimEvent>(),
    agents: [],
    ready: new Set(),
    waiting: new Set(),
    calls: new Map(),
    reasons: {},
    customerWaits: [],
    agentWaits: [],
    heads: { busy: 0, logged: 0, available: 0, inProgress: 0, talking: 0 },
    totals: { dials: 0, connects: 0, answered: 0, abandoned: 0, amdFalsePositives: 0, machineAnswers: 0, machineAbandons: 0, peakLines: 0, busyMs: 0, loggedMs: 0, talkMs: 0 },
    pacer,
    now: t0,
    countedTo: t0,
    lastPercent: -1,
  };
}

/** Removes and returns the first (oldest) member of an insertion-ordered set. */
export function takeFirst(set: Set<number>): number | undefined {
  const first = set.values().next();
  if (first.done === true) return undefined;
  set.delete(first.value);
  return first.value;
}
