// Everything the areas build on: the public contract (./index.ts) and the internal helpers. Imported by
// path inside src only (`../core/internal.js`); never re-exported from a public entry.
export * from './index.js';
export { rejection } from './rejection.js';
export { accept, refuse, refuseWith, refuseStart } from './step.js';
export { isRecord, ownField, checkEnvelope, readEnvelope, type Envelope, type EnvelopeCode } from './guards.js';
export { deepFreeze } from './freeze.js';
export { requestId } from './requests.js';
export type { StepMachine } from './machine.js';
export * as d from './decode.js';
export { Problem, isProblem, describe, decode, rejectionOf, type Decoder } from './decode.js';
export { dialingModes, isDialingMode, requiresNegotiatedLogout, cfgDialModes, dialingModeOfCfg, type DialingMode } from './dialing-mode.js';
export { defineMachine, type MachineSpec } from './define.js';
export { rangeError } from './range-error.js';
export { selectorState, selectorAt, deeplyFrozen } from './selector-state.js';
