/**
 * `dialdesk/outbound` simulator: a seeded discrete-event simulation of a campaign shift that drives
 * the pacer exactly as a host would, and reports occupancy, abandonment, waits and throughput.
 *
 * @module sim
 */
export { simulate, defaultStrategy, type RunOptions } from './run.js';
export {
  defaultScenario,
  parseScenario,
  type Scenario,
  type Distribution,
  type FixedDistribution,
  type ExponentialDistribution,
  type LognormalDistribution,
  type UniformDistribution,
  type NonLiveOutcome,
  type AmdSettings,
  type HitRatePoint,
  type StaffChange,
  type Breaks,
} from './scenario.js';
export type { SimReport, AbandonFigures, WaitFigures, TimelinePoint, PresetRate } from './report.js';
