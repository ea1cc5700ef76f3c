import fc from 'fast-check';
import type { StepMachine } from '../../src/core/internal.js';
import { describe, expect, it } from 'vitest';
import { callback, genesys, logout, outbound, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

interface Case {
  readonly name: string;
  readonly machine: StepMachine<never, unknown, never, unknown>;
  readonly sequences: fc.Arbitrary<arbitraries.EventSequence<{ readonly at: number }, { readonly type: string; readonly at: number }>>;
  /** Event types that must show up in a sample: the arbitrary reaches deep into the machine. */
  readonly reaches: readonly string[];
}

const cases: readonly Case[] = [
  { name: 'logout', machine: logout.machine, sequences: arbitraries.logoutSequence(), reaches: ['logout-requested', 'logout-delay', 'request-acknowledged', 'request-failed', 'message-dismissed', 'campaign-changed'] },
  { name: 'callback dialog', machine: callback.dialog.machine, sequences: arbitraries.callbackDialogSequence(), reaches: ['set-reschedule', 'show-month', 'request-acknowledged', 'request-failed', 'choose-slot', 'ok', 'dismissed'] },
  { name: 'callback lifecycle', machine: callback.lifecycle.machine, sequences: arbitraries.callbackLifecycleSequence(), reaches: ['processing', 'completed', 'cancel', 'reschedule', 'request-acknowledged', 'request-failed'] },
  { name: 'web callback', machine: webcallback.machine, sequences: arbitraries.webcallbackSequence(), reaches: ['set-on', 'set-from', 'done', 'request-acknowledged', 'callback-delivered', 'close'] },
  { name: 'campaigns', machine: outbound.campaigns.machine, sequences: arbitraries.campaignsSequence(), reaches: ['login', 'campaign-started', 'campaign-mode-changed', 'dismiss-warning', 'campaign-unloaded'] },
  { name: 'interaction', machine: outbound.interaction.machine, sequences: arbitraries.interactionSequence(), reaches: ['preview-record', 'accept', 'dial', 'call-ended', 'mark-processed', 'request-acknowledged', 'chained-records', 'scheduled-call', 'record-removed', 'tick'] },
  { name: 'reschedule', machine: outbound.reschedule.machine, sequences: arbitraries.rescheduleSequence(), reaches: ['type-date', 'choose-number', 'confirm-new-number', 'done', 'request-acknowledged'] },
  { name: 'pacer', machine: outbound.pacing.machine, sequences: arbitraries.pacingSequence(), reaches: ['agent', 'dialed', 'answered', 'no-contact', 'connected', 'abandoned', 'tick'] },
  // The bridges have few event types: test/testing/bridge-sequences.property.test.ts judges their depth by effects.
  { name: 'OCS bridge', machine: genesys.ocs.machine, sequences: arbitraries.ocsBridgeSequence(), reaches: ['send', 'send-logout', 'send-session', 'user-event', 'cometd', 'tick'] },
  { name: 'GMS bridge', machine: genesys.gms.bridge, sequences: arbitraries.gmsBridgeSequence(), reaches: ['send', 'response', 'tick'] },
] as unknown as readonly Case[];

describe.each(cases)('$name sequences', ({ machine, sequences, reaches }) => {
  it('every event is accepted from the state reached, `at` increases, states stay frozen JSON', () => {
    fc.assert(
      fc.property(sequences, ({ input, events }) => {
        const story = testing.run(machine, input as never, events as never[]);
        expect(story.start.ok).toBe(true);
        expect(story.refusals).toEqual([]);
        let at = input.at;
        for (const step of story.steps) {
          expect(step.accepted).toBe(true);
          expect((step.event as { at: number }).at).toBeGreaterThan(at);
          at = (step.event as { at: number }).at;
        }
        expect(testing.checkJsonRoundTrip(story.state).ok).toBe(true);
        expect(testing.isDeeplyFrozen(story.state)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('reaches deep into the machine: a sample holds each key event', () => {
    const seen = new Set(fc.sample(sequences, { numRuns: 300, seed: 11 }).flatMap((s) => s.events.map((e) => e.type)));
    for (const type of reaches) expect(seen, type).toContain(type);
  }, 60_000);
});

describe('acceptedEvents', () => {
  it('keeps only events the machine accepts: a candidate that is always refused never appears', () => {
    const sequences = arbitraries.acceptedEvents(
      logout.machine,
      fc.constant({ at: 0, campaign: { mode: 'predictive' as const, running: true } }),
      (_state, at): logout.LogoutEvent[] => [{ type: 'tick', at }, { type: 'interaction-ended', at }],
    );
    fc.assert(
      fc.property(sequences, ({ events }) => {
        expect(events.every((e) => e.type === 'tick')).toBe(true);
      }),
    );
  });

  it('shrinks to a sequence that is still accepted', () => {
    const sequences = arbitraries.logoutSequence({ maxEvents: 40 });
    const failure = fc.check(fc.property(sequences, ({ events }) => !events.some((e) => e.type === 'request-acknowledged')), { seed: 3, numRuns: 500 });
    expect(failure.failed).toBe(true);
    const [smallest] = failure.counterexample as [arbitraries.EventSequence<logout.LogoutInput, logout.LogoutEvent>];
    expect(testing.run(logout.machine, smallest.input, smallest.events).refusals).toEqual([]);
    expect(smallest.events.at(-1)?.type).toBe('request-acknowledged');
  });
});
