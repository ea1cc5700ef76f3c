import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const { contactPolicy } = outbound;
type Attempt = outbound.contactPolicy.Attempt;
type PresetId = outbound.contactPolicy.PresetId;
const H = 3_600_000;
const DAY = 24 * H;

// Zones with DST (both hemispheres, a 30-minute shift, a midnight transition) and without.
const zones = ['America/New_York', 'Europe/Paris', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
const ids: readonly PresetId[] = ['us', 'us-debt', 'us-fl', 'ca', 'fr', 'uk'];

// Instants around the 2026 DST transitions (March and October/November, both hemispheres).
const atArb = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 2, 5), max: Date.UTC(2026, 3, 10) }),
  fc.integer({ min: Date.UTC(2026, 8, 25), max: Date.UTC(2026, 10, 8) }),
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
);
const outcomeArb = fc.constantFrom(...contactPolicy.outcomes);
const scenario = fc.record({
  at: atArb,
  zone: fc.constantFrom(...zones),
  presets: fc.subarray([...ids], { minLength: 1 }),
  // Attempts up to 70 days back, denser in the last few days.
  offsets: fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 70 * DAY }), fc.integer({ min: 0, max: 3 * DAY })), outcomeArb), { maxLength: 14 }),
  guaranteed: fc.boolean(),
});

function run(history: readonly Attempt[], presets: readonly (PresetId | outbound.contactPolicy.Preset)[], zone: string, at: number, guaranteed: boolean): outbound.contactPolicy.Verdict {
  const r = contactPolicy.check(history, { presets, zone, at, liveAgentGuaranteed: guaranteed });
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.value;
}

function historyOf(at: number, offsets: readonly (readonly [number, outbound.contactPolicy.Outcome])[]): Attempt[] {
  return offsets.map(([o, outcome]) => ({ at: at - o, outcome }));
}

describe('contactPolicy.check properties', () => {
  it('earliest is allowed and nothing before it is; allowed means earliest is the instant itself', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), (s, fractions) => {
        const history = historyOf(s.at, s.offsets);
        const v = run(history, s.presets, s.zone, s.at, s.guaranteed);
        expect(v.allowed).toBe(v.blocking.length === 0);
        if (v.allowed) expect(v.earliest).toBe(s.at);
        if (v.earliest === null) return;
        const later = run(history, s.presets, s.zone, v.earliest, s.guaranteed);
        expect(later.allowed).toBe(true);
        const span = v.earliest - s.at;
        if (span === 0) return;
        for (const t of [s.at, v.earliest - 1, ...fractions.map((f) => s.at + Math.floor(f * span))]) {
          if (t >= v.earliest) continue;
          expect(run(history, s.presets, s.zone, t, s.guaranteed).allowed).toBe(false);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('never allows what a single rule forbids, and names every such rule', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const history = historyOf(s.at, s.offsets);
        const all = run(history, s.presets, s.zone, s.at, s.guaranteed);
        const blocked = new Set(all.blocking.map((b) => b.rule));
        for (const id of s.presets) {
          for (const row of contactPolicy.presets[id].rules) {
            const single: outbound.contactPolicy.Preset = { id: 'single', name: '', includes: [], rules: [row] };
            const one = run(history, [single], s.zone, s.at, s.guaranteed);
            if (!one.allowed) {
              expect(all.allowed).toBe(false);
              expect(blocked.has(row.id)).toBe(true);
            }
            if (one.earliest === null) expect(all.earliest).toBe(null);
            else if (all.earliest !== null) expect(all.earliest).toBeGreaterThanOrEqual(one.earliest);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('composition is monotone: adding presets never allows more', () => {
    fc.assert(
      fc.property(scenario, fc.subarray([...ids]), (s, more) => {
        const history = historyOf(s.at, s.offsets);
        const small = run(history, s.presets, s.zone, s.at, s.guaranteed);
        const big = run(history, [...s.presets, ...more], s.zone, s.at, s.guaranteed);
        if (big.allowed) expect(small.allowed).toBe(true);
        if (small.earliest === null) expect(big.earliest).toBe(null);
        else if (big.earliest !== null) expect(big.earliest).toBeGreaterThanOrEqual(small.earliest);
        const smallRules = new Set(small.blocking.map((b) => b.rule));
        for (const r of smallRules) expect(big.blocking.map((b) => b.rule)).toContain(r);
      }),
      { numRuns: 80 },
    );
  });
});
