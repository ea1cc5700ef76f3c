import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as dialdesk from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

// Every built-in machine keeps the laws of the contract over sampled accepted sequences. The list is the
// public catalogue `arbitraries.machines`, so a machine added there is checked here without an edit.
// `checkMachineLaws` delivers hostile events too (its `hostile` option defaults to true) and its `codes`
// law fails on any refusal whose code is not in `machine.codes`: that proves, per machine, that every
// code returned over the sampled sequences and the hostile events is in the list.

/** A machine on the contract, found by its shape wherever the package exports it (`logout.machine`, `genesys.gms.bridge`). */
function isMachine(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return typeof m.id === 'string' && Array.isArray(m.codes) && typeof m.start === 'function' && typeof m.transition === 'function' && typeof m.restore === 'function';
}

function exportedMachines(value: unknown, path: string, found: Map<string, unknown>, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (isMachine(child)) found.set(at, child);
    else exportedMachines(child, at, found, depth + 1);
  }
}

describe('arbitraries.machines', () => {
  it('lists every machine the package exports, once, logout and both Genesys bridges included', () => {
    const found = new Map<string, unknown>();
    exportedMachines(dialdesk, '', found);
    const listed = arbitraries.machines.map((e) => e.machine as unknown);
    expect(new Set(listed).size).toBe(listed.length);
    const missing = [...found].filter(([, m]) => !listed.includes(m)).map(([path]) => path);
    expect(missing).toEqual([]);
    expect([...found.keys()]).toEqual(expect.arrayContaining(['logout.machine', 'genesys.ocs.machine', 'genesys.gms.bridge']));
    expect(listed).toContain(dialdesk.logout.machine);
    expect(listed).toHaveLength(10);
  });
});

describe.each(arbitraries.machines.map((e) => ({ id: e.machine.id, ...e })))('$id', ({ machine, sequences }) => {
  it('keeps the machine laws over sampled accepted sequences and hostile events (codes from machine.codes)', () => {
    const cases = fc.sample(sequences as fc.Arbitrary<arbitraries.EventSequence<never, never>>, { numRuns: 15, seed: 15 });
    const report = testing.checkMachineLaws(machine as never, cases, { hostile: true });
    expect(report.failures).toEqual([]);
    expect(report.transitions).toBeGreaterThan(cases.length);
  });
});
