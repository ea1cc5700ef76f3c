// Type tests for dialdesk/webcallback: checked by `tsc` in `npm run typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import type * as webcallbackModule from '../../src/webcallback/index.js';
import type { callback, core, logout, webcallback } from '../../src/index.js';

describe('webcallback types', () => {
  it('its transition takes web callback events only', () => {
    expectTypeOf<logout.LogoutRequestedEvent>().not.toMatchTypeOf<webcallback.WebCallbackEvent>();
    expectTypeOf<Extract<callback.dialog.DialogEvent, { type: 'ok' }>>().not.toMatchTypeOf<webcallback.WebCallbackEvent>();
    expectTypeOf<{ type: 'set-from'; at: number; time: string }>().toMatchTypeOf<webcallback.WebCallbackEvent>();
  });

  it('its effects are exhaustively switchable', () => {
    const kind = (effect: webcallback.WebCallbackEffect): string => {
      switch (effect.type) {
        case 'send-request':
        case 'show-notification':
        case 'cancel-notification':
        case 'show-errors':
          return effect.type;
        case 'wake':
          return String(effect.at);
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    };
    expectTypeOf(kind).returns.toBeString();
  });

  it('its machine fits the shared contract; the outcome narrows on status', () => {
    expectTypeOf<typeof webcallbackModule.machine>().toMatchTypeOf<
      core.Machine<webcallback.WebCallbackInput, webcallback.WebCallbackState, webcallback.WebCallbackEvent, webcallback.WebCallbackEffect, webcallback.WebCallbackCode>
    >();
    expectTypeOf<webcallback.Notification['status']>().toEqualTypeOf<'armed' | 'shown'>();
    expectTypeOf<NonNullable<webcallback.WebCallbackState['outcome']>['status']>().toEqualTypeOf<'acknowledged' | 'failed'>();
  });
});
