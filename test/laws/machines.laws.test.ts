import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, outbound, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

// Every built-in machine keeps the laws of the contract over sampled accepted sequences.
const machines = [
  { machine: webcallback.machine, sequences: arbitraries.webcallbackSequence() },
  { machine: callback.dialog.machine, sequences: arbitraries.callbackDialogSequence() },
  { machine: callback.lifecycle.machine, sequences: arbitraries.callbackLifecycleSequence() },
  { machine: outbound.campaigns.machine, sequences: arbitraries.campaignsSequence() },
  { machine: outbound.interaction.machine, sequences: arbitraries.interactionSequence() },
  { machine: outbound.reschedule.machine, sequences: arbitraries.rescheduleSequence() },
  { machine: outbound.pacing.machine, sequences: arbitraries.pacingSequence() },
] as const;

describe.each(machines)('$machine.id', ({ machine, sequences }) => {
  it('keeps the machine laws over sampled accepted sequences', () => {
    const cases = fc.sample(sequences as fc.Arbitrary<arbitraries.EventSequence<never, never>>, { numRuns: 15, seed: 15 });
    const report = testing.checkMachineLaws(machine as never, cases);
    expect(report.failures).toEqual([]);
  });
});
