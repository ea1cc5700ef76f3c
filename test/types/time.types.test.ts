// Type tests for dialdesk/time: checked by `tsc` in `npm run typecheck`; a broken expectation fails it.
import { describe, expectTypeOf, it } from 'vitest';
import type { callback, core, logout, outbound, time, webcallback } from '../../src/index.js';

describe('time types', () => {
  it('time arrives as the shared tick: machines with a clock take it, the callback dialog does not', () => {
    expectTypeOf<core.TickEvent>().toMatchTypeOf<logout.LogoutEvent>();
    expectTypeOf<core.TickEvent>().toMatchTypeOf<webcallback.WebCallbackEvent>();
    expectTypeOf<core.TickEvent>().toMatchTypeOf<outbound.reschedule.RescheduleEvent>();
    expectTypeOf<core.TickEvent>().not.toMatchTypeOf<callback.dialog.DialogEvent>();
    expectTypeOf<core.TickEvent>().not.toMatchTypeOf<outbound.campaigns.CampaignsEvent>();
    // @ts-expect-error a tick carries its instant as epoch milliseconds, not as a date string
    const bad: core.TickEvent = { type: 'tick', at: '2026-11-24T14:00:00Z' };
    void bad;
  });

  it('a wall time needs its zone; policies, steps and step units are closed unions', () => {
    // @ts-expect-error a local date and time mean nothing without a zone
    const noZone: time.WallTime = { date: '2026-03-08', time: '02:30' };
    void noZone;
    expectTypeOf<time.DstPolicy>().toEqualTypeOf<'compatible' | 'earlier' | 'later' | 'reject'>();
    // @ts-expect-error `nearest` is not a DST policy
    const policy: time.DstPolicy = 'nearest';
    void policy;
    expectTypeOf<time.MinuteStep>().toEqualTypeOf<1 | 5 | 15 | 30>();
    expectTypeOf<Parameters<typeof time.stepTime>[1]>().toEqualTypeOf<'hour' | 'minute'>();
  });

  it('a resolution narrows on `ok`: the instant, or a rejection with a time error code', () => {
    const describeResult = (r: core.Result<time.Resolved, time.TimeCode>): string => {
      if (r.ok) {
        expectTypeOf(r.value.at).toBeNumber();
        return r.value.time;
      }
      expectTypeOf(r.error.code).toEqualTypeOf<time.TimeCode>();
      // @ts-expect-error a refusal has no value
      void r.value;
      return r.error.code;
    };
    expectTypeOf(describeResult).returns.toBeString();
    expectTypeOf<ReturnType<typeof time.resolve>>().toEqualTypeOf<core.Result<time.Resolved, time.TimeCode>>();
  });

  it('the kind of a resolved wall time is exhaustively switchable', () => {
    const label = (kind: time.WallTimeKind): string => {
      switch (kind) {
        case 'normal':
          return 'exists once';
        case 'gap':
          return 'moved forward';
        case 'overlap':
          return 'earlier of two';
        default: {
          const unreachable: never = kind;
          return unreachable;
        }
      }
    };
    expectTypeOf(label).returns.toBeString();
    expectTypeOf<time.Weekday>().toEqualTypeOf<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>();
  });
});
