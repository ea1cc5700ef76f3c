/**
 * `outbound.contactPolicy`: compliance as data. Presets of cited rules per jurisdiction (calling hours,
 * attempt limits, quiet periods, abandonment limits, ring minimums) and a pure check of one contact's
 * history against them. Not legal advice: see the Compliance guide.
 *
 * @module contactPolicy
 */
export {
  outcomes,
  codes,
  type Outcome,
  type Attempt,
  type Source,
  type Span,
  type CallingHoursRow,
  type MaxAttemptsRow,
  type QuietAfterRow,
  type AbandonmentRow,
  type RingMinimumRow,
  type PolicyRule,
  type Preset,
  type PresetId,
  type CheckOptions,
  type Blocking,
  type Verdict,
  type ContactPolicyCode,
} from './types.js';
export { presets } from './presets.js';
export { check } from './check.js';
export { outcomeOf } from './outcome-of.js';
export { pacingRules, type PacingRules } from './pacing.js';
