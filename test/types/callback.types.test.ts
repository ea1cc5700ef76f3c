// Type tests for dialdesk/callback: checked by `tsc` in `npm run typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import type { callback, core, logout, webcallback } from '../../src/index.js';

describe('callback types', () => {
  it("the dialog's transition takes dialog events only", () => {
    expectTypeOf<logout.LogoutDelayEvent>().not.toMatchTypeOf<callback.dialog.DialogEvent>();
    expectTypeOf<webcallback.DoneEvent>().not.toMatchTypeOf<callback.dialog.DialogEvent>();
    expectTypeOf<{ type: 'choose-slot'; at: number; start: number }>().toMatchTypeOf<callback.dialog.DialogEvent>();
    // @ts-expect-error a slot is chosen by its start instant, not by a label
    const bad: callback.dialog.DialogEvent = { type: 'choose-slot', at: 0, start: '10:00 AM' };
    void bad;
  });

  it("the dialog's effects are exhaustively switchable", () => {
    const kind = (effect: callback.dialog.DialogEffect): string => {
      if (effect.type === 'close') return effect.outcome;
      const request = effect.request;
      switch (request.kind) {
        case 'availability':
          return request.date;
        case 'schedule':
          return request.requestId;
        case 'reschedule':
          return request.callbackId ?? '';
        default: {
          const unreachable: never = request;
          return unreachable;
        }
      }
    };
    expectTypeOf(kind).returns.toBeString();
  });

  it('the dialog fits the shared contract; origins and grid cells narrow', () => {
    expectTypeOf<typeof callback.dialog.machine>().toMatchTypeOf<
      core.Machine<callback.dialog.DialogInput, callback.dialog.DialogState, callback.dialog.DialogEvent, callback.dialog.DialogEffect, string>
    >();
    const originLabel = (origin: callback.dialog.Origin): string =>
      origin.kind === 'reschedule' ? origin.callbackId : origin.kind === 'interaction' ? origin.media : origin.contactId;
    expectTypeOf(originLabel).returns.toBeString();
    expectTypeOf<callback.GridCell['reason']>().toEqualTypeOf<callback.CellReason | null>();
  });

  it('the machines refuse with their own code unions, and the area union holds them all', () => {
    expectTypeOf<callback.dialog.DialogCode>().toMatchTypeOf<callback.CallbackCode>();
    expectTypeOf<callback.lifecycle.LifecycleCode>().toMatchTypeOf<callback.CallbackCode>();
    expectTypeOf<'time-too-soon'>().toMatchTypeOf<callback.dialog.DialogCode>();
    expectTypeOf<'too-soon'>().not.toMatchTypeOf<callback.CallbackCode>();
    expectTypeOf<callback.dialog.CommitButton['problem']>().toEqualTypeOf<core.FieldError<callback.dialog.DialogField, callback.dialog.DialogCode> | null>();
  });
});
