/**
 * `dialdesk/outbound` pacing: the pacer machine (`machine`: progressive, power, predictive and the
 * adaptive baseline), its selectors (`decide`, `agents`, `calls`, `abandonment`), and the abandonment
 * ledger with its compliance checker.
 *
 * Guides: [Predictive pacing](../../../docs/guides/pacing.md), [Pacing grid results](../../../docs/results/pacing.md).
 *
 * @module pacing
 */
export type { AgentStatus, AgentEvent, DialedEvent, AnsweredEvent, NoContactEvent, ConnectedEvent, AbandonedEvent, PacingEvent } from './events.js';
export type {
  PacingConfig,
  ProgressiveConfig,
  PowerConfig,
  PredictiveConfig,
  AdaptiveConfig,
  CommonOptions,
  PredictiveTarget,
  BusyFactorTarget,
  AverageWaitTarget,
  NormalizedConfig,
} from './config.js';
export { normalizeConfig } from './config.js';
export type { PacingState, LearnedStats, Control, Totals } from './state.js';
export { machine, pacingCodes, type PacingCode, type PacingEffect, type PacingInput } from './machine.js';
export { agents, calls, abandonment, type AgentsByStatus, type PacingAgent, type CallsInProgress, type RingingCall, type WaitingCall, type Abandonment } from './selectors.js';
export { decide, progressiveCalls, lineCap, type Decision, type DecisionReason } from './decide.js';
export {
  emptyLedger,
  recordChecked,
  recordUnchecked,
  windowCounts,
  countMinutes,
  headroom,
  headroomOf,
  windowMinutes,
  type AbandonLedger,
  type AbandonWindow,
  type AbandonRule,
  type LedgerEntry,
  type WindowCounts,
} from './ledger.js';
export { abandonRules, checkCompliance, maxPeriodDays, complianceCodes, type ComplianceCode, type ComplianceReport, type EvaluatedWindow, type Period } from './compliance.js';
