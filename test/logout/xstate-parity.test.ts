/**
 * The benchmark compares dialdesk logout with an XState v5 formulation of the same behaviour
 * (bench/logout-xstate.ts). This keeps that comparison honest: over random well-formed event sequences
 * delivered by a punctual host (a tick at the deadline before anything later), both machines agree on
 * status, data and effects after every event, and an event dialdesk refuses leaves XState unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xstart, xstatus, xtransition, type XSnapshot } from '../../bench/logout-xstate.js';
import { logout, outbound } from '../../src/index.js';
import { T0 } from './fixtures.js';

type Event = logout.LogoutEvent;
type Make = (at: number, pending: string) => Event;

/** Weighted towards what happens around a negotiated logout; campaign changes are rarer. */
const make: fc.Arbitrary<Make> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Make>((at) => ({ type: 'tick', at })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<logout.LogoutSource>('main-window', 'voice-channel')
      .map<Make>((source) => (at) => ({ type: 'logout-requested', at, source })),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }).map<Make>((seconds) => (at) => ({ type: 'logout-delay', at, seconds })) },
  { weight: 2, arbitrary: fc.constant<Make>((at, requestId) => ({ type: 'request-acknowledged', at, requestId })) },
  { weight: 2, arbitrary: fc.constant<Make>((at) => ({ type: 'message-dismissed', at })) },
  { weight: 3, arbitrary: fc.constant<Make>((at) => ({ type: 'interaction-started', at })) },
  { weight: 3, arbitrary: fc.constant<Make>((at) => ({ type: 'interaction-ended', at })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...outbound.dialingModes), fc.boolean())
      .map<Make>(([mode, running]) => (at) => ({ type: 'campaign-changed', at, mode, running })),
  },
);

describe('the XState formulation used by the benchmark', () => {
  it('agrees with dialdesk logout on random well-formed sequences', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1_000, max: 30_000 }),
        fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 20_000 })), make), { maxLength: 40 }),
        (authorizeAtDeadline, maxDelayMs, script) => {
          const first = logout.machine.start({ at: T0, campaign: { mode: 'predictive', running: true }, maxDelayMs, authorizeAtDeadline });
          if (!first.ok) throw new Error(first.error.code);
          let state = first.state;
          const { version: _v, status: _s, ...context } = state;
          let snapshot: XSnapshot = xstart(context);
          let now = T0;
          const deliver = (event: Event): void => {
            const step = logout.machine.transition(state, event);
            const x = xtransition(snapshot, event);
            if (step.ok) {
              expect(x.effects).toEqual(step.effects);
            } else {
              expect(x.snapshot.context).toEqual(snapshot.context);
              expect(x.effects).toEqual([]);
            }
            state = step.state;
            snapshot = x.snapshot;
            const { version: _version, status, ...data } = state;
            expect(xstatus(snapshot)).toBe(status);
            expect(snapshot.context).toEqual(data);
          };
          for (const [dt, build] of script) {
            if (state.status === 'logged-out') break;
            now += dt;
            const event = build(now, state.request?.id ?? 'logout-1');
            const deadline = state.request?.deadline;
            if (event.type !== 'tick' && state.status === 'awaiting-authorization' && deadline !== undefined && now >= deadline) {
              deliver({ type: 'tick', at: now });
            }
            deliver(event);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
