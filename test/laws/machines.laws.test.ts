import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, outbound, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

// Every built-in machine keeps the laws of the contract over sampled accepted sequences.
const machines = [
  { machine: webcallback.machine, sequences: testing.webcallbackSequence() },
  { machine: callback.dialog.machine, sequences: testing.callbackDialogSequence() },
  { machine: callback.lifecycle.machine, sequences: testing.callbackLifecycleSequence() },
  { machine: outbound.campaigns.machine, sequences: testing.campaignsSequence() },
] as const;

describe.each(machines)('$machine.id', ({ machine, sequences }) => {
  it('keeps the machine laws over sampled accepted sequences', () => {
    const cases = fc.sample(sequences as fc.Arbitrary<testing.EventSequence<never, never>>, { numRuns: 15, seed: 15 });
    const report = testing.checkMachineLaws(machine as never, cases);
    expect(report.failures).toEqual([]);
  });
});
