// Type tests for dialdesk/logout: checked by `tsc` in `npm run typecheck`; a broken expectation fails it.
import { describe, expectTypeOf, it } from 'vitest';
import type * as logoutModule from '../../src/logout/index.js';
import type { core, logout, webcallback } from '../../src/index.js';

describe('logout types', () => {
  it('its transition takes logout events only', () => {
    expectTypeOf<webcallback.OpenEvent>().not.toMatchTypeOf<logout.LogoutEvent>();
    expectTypeOf<{ type: 'choose-slot'; at: number; start: number }>().not.toMatchTypeOf<logout.LogoutEvent>();
    expectTypeOf<{ type: 'logout-requested'; at: number; source: 'main-window' }>().toMatchTypeOf<logout.LogoutEvent>();
    // @ts-expect-error the source must be one of the two logout entry points
    const bad: logout.LogoutRequestedEvent = { type: 'logout-requested', at: 0, source: 'status-bar' };
    void bad;
  });

  it('its effects are exhaustively switchable', () => {
    const describeEffect = (effect: logout.LogoutEffect): string => {
      switch (effect.type) {
        case 'send-request':
          return effect.request.kind === 'logout' ? effect.request.source : effect.request.requestId;
        case 'show-message':
          return String(effect.deadline);
        case 'hide-message':
          return effect.requestId;
        case 'wake':
          return String(effect.at);
        case 'log-out':
          return effect.source;
        case 'logout-failed':
          return effect.message;
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    };
    expectTypeOf(describeEffect).returns.toBeString();
  });

  it('its machine fits the shared contract and its status is a closed union', () => {
    expectTypeOf<typeof logoutModule.machine>().toMatchTypeOf<
      core.Machine<logout.LogoutInput, logout.LogoutState, logout.LogoutEvent, logout.LogoutEffect, logout.LogoutCode>
    >();
    expectTypeOf<logout.LogoutState['status']>().toEqualTypeOf<'logged-in' | 'awaiting-authorization' | 'authorized' | 'logged-out'>();
    expectTypeOf<logout.LogoutCode>().toMatchTypeOf<string>();
  });
});
