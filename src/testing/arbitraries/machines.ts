import type fc from 'fast-check';
import type { Machine } from '../../core/machine.js';
import { machine as logout } from '../../logout/machine.js';
import { machine as webcallback } from '../../webcallback/machine.js';
import { machine as callbackDialog } from '../../callback/dialog-machine.js';
import { machine as callbackLifecycle } from '../../callback/lifecycle-machine.js';
import { machine as campaigns } from '../../outbound/campaigns/machine.js';
import { machine as interaction } from '../../outbound/interaction/machine.js';
import { machine as reschedule } from '../../outbound/reschedule/machine.js';
import { machine as pacing } from '../../outbound/pacing/machine.js';
import { machine as ocsBridge } from '../../genesys/ocs/bridge.js';
import { bridge as gmsBridge } from '../../genesys/gms/bridge.js';
import type { EventSequence } from './sequence.js';
import { logoutSequence } from './logout-sequence.js';
import { webcallbackSequence } from './webcallback-sequence.js';
import { callbackDialogSequence } from './callback-dialog-sequence.js';
import { callbackLifecycleSequence } from './callback-lifecycle-sequence.js';
import { campaignsSequence } from './campaigns-sequence.js';
import { interactionSequence } from './interaction-sequence.js';
import { rescheduleSequence } from './reschedule-sequence.js';
import { pacingSequence } from './pacing-sequence.js';
import { ocsBridgeSequence } from './ocs-bridge-sequence.js';
import { gmsBridgeSequence } from './gms-bridge-sequence.js';

/**
 * One built-in machine with the arbitrary of its accepted event sequences (an entry of {@link machines}).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * const entry: arbitraries.MachineEntry<logout.LogoutInput, logout.LogoutState, logout.LogoutEvent, logout.LogoutEffect, logout.LogoutCode> = {
 *   machine: logout.machine,
 *   sequences: arbitraries.logoutSequence(),
 * };
 * ```
 */
export interface MachineEntry<I, S, E, X, C extends string> {
  /** The machine (`logout.machine`, `outbound.pacing.machine`, `genesys.gms.bridge`, ...). */
  readonly machine: Machine<I, S, E, X, C>;
  /** Its input and event sequences, every event accepted. */
  readonly sequences: fc.Arbitrary<EventSequence<I, E>>;
}

function entry<I, S, E, X, C extends string>(machine: Machine<I, S, E, X, C>, sequences: fc.Arbitrary<EventSequence<I, E>>): MachineEntry<I, S, E, X, C> {
  return Object.freeze({ machine, sequences });
}

/**
 * The catalogue of every built-in machine with its accepted-sequence arbitrary, in the order of the
 * areas: logout, web callback, callback dialog and lifecycle, outbound campaigns, interaction,
 * reschedule and pacing, then the Genesys adapters' bridges (`genesys.ocs.machine`,
 * `genesys.gms.bridge`). A suite that iterates it checks a machine added later without being told.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 *
 * for (const { machine, sequences } of arbitraries.machines) {
 *   const cases = fc.sample(sequences as fc.Arbitrary<arbitraries.EventSequence<never, never>>, { numRuns: 2, seed: 1 });
 *   testing.assertMachineLaws(machine as never, cases);
 * }
 * ```
 */
export const machines = Object.freeze([
  entry(logout, logoutSequence()),
  entry(webcallback, webcallbackSequence()),
  entry(callbackDialog, callbackDialogSequence()),
  entry(callbackLifecycle, callbackLifecycleSequence()),
  entry(campaigns, campaignsSequence()),
  entry(interaction, interactionSequence()),
  entry(reschedule, rescheduleSequence()),
  entry(pacing, pacingSequence()),
  entry(ocsBridge, ocsBridgeSequence()),
  entry(gmsBridge, gmsBridgeSequence()),
] as const);
