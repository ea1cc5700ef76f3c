/**
 * THE adapter table of the fuzzer: every machine it drives, in one shape. When every machine is a
 * `{ id, codes, start, transition, restore }` object (DESIGN §2), each row becomes
 * `{ ...machine, sequences: testing.xSequence() }`; until then a row adapts what the area exports
 * (`codes` and `restore` are left out where the area has none yet, and their laws are skipped).
 */
import type fc from 'fast-check';
import { callback, genesys, logout, outbound, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/arbitraries/index.js';


/** A machine as the fuzzer sees it: untyped in, untyped out. */
export interface FuzzMachine {
  readonly id: string;
  /** Every refusal code it may give (when the area publishes the list). */
  readonly codes?: readonly string[];
  readonly start: (input: unknown) => { readonly ok: boolean; readonly state?: unknown; readonly error?: { readonly code: unknown } };
  readonly transition: (state: unknown, event: unknown) => { readonly ok: boolean; readonly state: unknown; readonly error?: { readonly code: unknown } };
  /** Rebuilds a state from JSON (when the area has one). */
  readonly restore?: (json: unknown) => { readonly ok: boolean; readonly value?: unknown };
  /** Inputs and accepted event sequences (`dialdesk/testing`). */
  readonly sequences: (maxEvents: number) => fc.Arbitrary<testing.EventSequence<testing.TimedInput, unknown>>;
}

type AnyArbitrary = fc.Arbitrary<testing.EventSequence<testing.TimedInput, unknown>>;
const seq = <T>(a: fc.Arbitrary<T>): AnyArbitrary => a as unknown as AnyArbitrary;
const untyped = <F>(f: F): never => f as never;

/** A machine on the DESIGN §2 contract, as the fuzzer sees it. */
function contract(m: { readonly id: string; readonly codes: readonly string[]; readonly start: unknown; readonly transition: unknown; readonly restore: unknown }, sequences: FuzzMachine['sequences']): FuzzMachine {
  return { id: m.id, codes: m.codes, start: untyped(m.start), transition: untyped(m.transition), restore: untyped(m.restore), sequences };
}

/** Every machine of the package. */
export const fuzzMachines: readonly FuzzMachine[] = [
  contract(logout.machine, (maxEvents) => seq(testing.logoutSequence({ maxEvents }))),
  contract(callback.dialog.machine, (maxEvents) => seq(testing.callbackDialogSequence({ maxEvents }))),
  contract(callback.lifecycle.machine, (maxEvents) => seq(testing.callbackLifecycleSequence({ maxEvents }))),
  contract(webcallback.machine, (maxEvents) => seq(testing.webcallbackSequence({ maxEvents }))),
  contract(outbound.campaigns.machine, (maxEvents) => seq(testing.campaignsSequence({ maxEvents }))),
  contract(outbound.interaction.machine, (maxEvents) => seq(testing.interactionSequence({ maxEvents }))),
  contract(outbound.reschedule.machine, (maxEvents) => seq(testing.rescheduleSequence({ maxEvents }))),
  contract(outbound.pacing.machine, (maxEvents) => seq(testing.pacingSequence({ maxEvents }))),
  contract(genesys.ocs.machine, (maxEvents) => seq(testing.ocsBridgeSequence({ maxEvents }))),
  contract(genesys.gms.bridge, (maxEvents) => seq(testing.gmsBridgeSequence({ maxEvents }))),
];
