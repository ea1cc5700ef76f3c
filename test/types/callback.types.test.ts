// Type tests for dialdesk/callback: checked by `tsc` in `npm run typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import type { StepMachine } from '../../src/core/internal.js';
import type { callback, core, logout, webcallback } from '../../src/index.js';

describe('callback types', () => {
  it("the dialog's transition takes dialog events only", () => {
    expectTypeOf<logout.LogoutAuthorizedEvent>().not.toMatchTypeOf<callback.DialogEvent>();
    expectTypeOf<webcallback.DoneEvent>().not.toMatchTypeOf<callback.DialogEvent>();
    expectTypeOf<{ type: 'choose-slot'; at: number; start: number }>().toMatchTypeOf<callback.DialogEvent>();
    // @ts-expect-error a slot is chosen by its start instant, not by a label
    const bad: callback.DialogEvent = { type: 'choose-slot', at: 0, start: '10:00 AM' };
    void bad;
  });

  it("the dialog's effects are exhaustively switchable", () => {
    const kind = (effect: callback.DialogEffect): string => {
      switch (effect.type) {
        case 'load-availability':
          return effect.date;
        case 'schedule-callback':
          return effect.requestId;
        case 'reschedule-callback':
          return effect.callbackId;
        case 'close':
          return effect.type;
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    };
    expectTypeOf(kind).returns.toBeString();
  });

  it('the dialog fits the shared contract; origins and grid cells narrow', () => {
    expectTypeOf(null as unknown as typeof callback.dialog).toMatchTypeOf<
      StepMachine<callback.DialogInput, callback.DialogState, callback.DialogEvent, callback.DialogEffect>
    >();
    const originLabel = (origin: callback.Origin): string =>
      origin.kind === 'reschedule' ? origin.callbackId : origin.kind === 'interaction' ? origin.media : origin.contactId;
    expectTypeOf(originLabel).returns.toBeString();
    expectTypeOf<callback.GridCell['reason']>().toEqualTypeOf<callback.CellReason | null>();
  });
});
