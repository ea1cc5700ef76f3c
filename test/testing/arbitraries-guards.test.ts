// Issue 14: the public arbitraries (`dialdesk/testing/arbitraries`) refuse a garbage option with a
// RangeError naming the arbitrary and the option, before fast-check sees it; an option arbitrary that
// draws garbage throws that RangeError as the value is drawn. Never a TypeError deep inside fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as arbitraries from '../../src/testing/arbitraries/index.js';
import { documentedThrows } from '../fuzz/functions.js';
import { untyped, ymd } from '../time-values.js';

const throwingToString = {
  toString(): string {
    throw new Error('called');
  },
};
let deep: unknown = 1;
for (let i = 0; i < 100_000; i++) deep = [deep];

/** The message of the RangeError `f` throws (failing on any other outcome). */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    throw new Error(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : 'a non-error'}`, { cause: error });
  }
  throw new Error('returned instead of throwing');
}

const sequences = [
  'logoutSequence',
  'callbackDialogSequence',
  'callbackLifecycleSequence',
  'webcallbackSequence',
  'campaignsSequence',
  'interactionSequence',
  'rescheduleSequence',
  'pacingSequence',
  'ocsBridgeSequence',
  'gmsBridgeSequence',
] as const;

describe('sequence arbitraries', () => {
  for (const name of sequences) {
    const make = arbitraries[name] as (options?: unknown) => fc.Arbitrary<unknown>;
    it(`${name}: garbage options are a RangeError naming the option; the throw is documented`, () => {
      expect(refusal(() => make(null))).toBe(`testing.arbitraries.${name}: expected an options object, not null`);
      expect(refusal(() => make(deep))).toContain('not an array of 1 items');
      expect(refusal(() => make({ maxEvents: 1.5 }))).toContain('options.maxEvents to be an integer from 0 to 10000');
      expect(refusal(() => make({ maxEvents: throwingToString }))).toContain('options.maxEvents');
      expect(refusal(() => make({ maxEvents: 10n }))).toContain('a bigint');
      expect(refusal(() => make({ gaps: 5 }))).toContain('options.gaps to be a fast-check arbitrary');
      expect(documentedThrows.has(`testing:${name}`)).toBe(true);
    });
  }

  it('a gaps arbitrary that draws garbage throws the RangeError naming options.gaps as it is drawn', () => {
    const a = arbitraries.logoutSequence({ gaps: fc.constant(Number.NaN), maxEvents: 3 });
    expect(() => fc.sample(a, { numRuns: 5, seed: 1 })).toThrow(/testing\.arbitraries\.logoutSequence: expected options\.gaps to generate whole milliseconds/);
  });

  it('acceptedEvents refuses a machine, input or candidates that are not ones', () => {
    const input = fc.constant({ at: 0 });
    expect(refusal(() => arbitraries.acceptedEvents(null as never, input, () => []))).toMatch(/^testing\.arbitraries\.acceptedEvents: expected a machine/);
    expect(refusal(() => arbitraries.acceptedEvents({ start: () => 0, transition: () => 0 } as never, 'x' as never, () => []))).toContain('a fast-check arbitrary of inputs');
    expect(refusal(() => arbitraries.acceptedEvents({ start: () => 0, transition: () => 0 } as never, input, null as never))).toContain('a candidates function');
  });

  it('valid options still sample', () => {
    expect(fc.sample(arbitraries.logoutSequence({ maxEvents: 2, gaps: fc.integer({ min: 1, max: 10 }) }), { numRuns: 3, seed: 1 })).toHaveLength(3);
    expect(fc.sample(arbitraries.pacingSequence({ maxEvents: 0 }), { numRuns: 2, seed: 1 }).every((s) => s.events.length === 0)).toBe(true);
  });
});

describe('data arbitraries', () => {
  it('localDate: a range that is not one', () => {
    expect(refusal(() => arbitraries.localDate(null as never))).toBe('testing.arbitraries.localDate: expected range to be a date range { min, max }, not null');
    expect(refusal(() => arbitraries.localDate({ min: untyped('x') }))).toContain('range.min to be a date YYYY-MM-DD');
    expect(refusal(() => arbitraries.localDate({ min: ymd('2026-02-01'), max: ymd('2026-01-01') }))).toContain('range.max not before range.min');
  });

  it('wallTime: zones that are not an arbitrary, or draw a name that is not a zone', () => {
    expect(refusal(() => arbitraries.wallTime('UTC' as never))).toContain('testing.arbitraries.wallTime: expected zones to be a fast-check arbitrary');
    expect(() => fc.sample(arbitraries.wallTime(fc.constant('Mars/Olympus') as never), 1)).toThrow(/expected zones to generate IANA zone names, not a string of 12 characters/);
  });

  it('businessHours and untrustedBusinessHours name themselves and the option', () => {
    expect(refusal(() => arbitraries.businessHours({ zones: 'UTC' as never }))).toContain('testing.arbitraries.businessHours: expected options.zones');
    expect(refusal(() => arbitraries.untrustedBusinessHours({ horizonDays: 3 as never }))).toContain('testing.arbitraries.untrustedBusinessHours: expected options.horizonDays');
    expect(refusal(() => arbitraries.businessHours({ specialDates: { max: 7 as never } }))).toContain('options.specialDates.max');
  });

  it('availability payloads', () => {
    expect(refusal(() => arbitraries.gmsAvailability({ maxSlots: -1 }))).toContain('testing.arbitraries.gmsAvailability: expected options.maxSlots');
    expect(refusal(() => arbitraries.engagementAvailability(null as never))).toContain('testing.arbitraries.engagementAvailability');
    expect(refusal(() => arbitraries.untrustedGmsAvailability({ durationMin: 15 as never }))).toContain('testing.arbitraries.untrustedGmsAvailability: expected options.durationMin');
    expect(refusal(() => arbitraries.untrustedEngagementAvailability({ zones: null as never }))).toContain('untrustedEngagementAvailability');
    expect(() => fc.sample(arbitraries.gmsAvailability({ durationMin: fc.constant(0) }), 1)).toThrow(/options\.durationMin to generate whole minutes/);
  });

  it('records and chains', () => {
    expect(refusal(() => arbitraries.outboundRecordData({ handle: -1 }))).toContain('testing.arbitraries.outboundRecordData: expected options.handle');
    expect(refusal(() => arbitraries.untrustedRecordData({ chainN: Number.NaN }))).toContain('testing.arbitraries.untrustedRecordData: expected options.chainN');
    expect(refusal(() => arbitraries.outboundChain({ minLength: 4, maxLength: 2 }))).toContain('options.maxLength to be at least options.minLength');
    expect(refusal(() => arbitraries.outboundChain({ minLength: 11 }))).toContain('options.minLength');
    expect(fc.sample(arbitraries.outboundChain({ minLength: 7 }), { numRuns: 2, seed: 1 }).every((c) => c.length >= 7)).toBe(true);
    expect(fc.sample(arbitraries.outboundChain({ maxLength: 50 }), { numRuns: 2, seed: 1 }).every((c) => c.length <= 10)).toBe(true);
  });

  it('every arbitrary with options documents its RangeError', () => {
    for (const name of ['acceptedEvents', 'localDate', 'wallTime', 'transitionWallTimes', 'businessHours', 'untrustedBusinessHours', 'gmsAvailability', 'engagementAvailability', 'untrustedGmsAvailability', 'untrustedEngagementAvailability', 'outboundRecordData', 'untrustedRecordData', 'outboundChain']) {
      expect(documentedThrows.has(`testing:${name}`), name).toBe(true);
    }
  });
});
