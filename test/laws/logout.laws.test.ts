import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

describe('logout.machine', () => {
  it('keeps the machine laws over sampled accepted sequences', () => {
    const cases = fc.sample(testing.logoutSequence(), { numRuns: 25, seed: 15 });
    const report = testing.checkMachineLaws(logout.machine, cases);
    expect(report.failures).toEqual([]);
    expect(report.transitions).toBeGreaterThan(100);
  });
});
