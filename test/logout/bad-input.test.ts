import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import { SECOND, T0, loggedIn, play, refused, request } from './fixtures.js';

const at = T0 + SECOND;

/** Bad events from JavaScript callers, with the code each must be refused with. */
const badEvents: [string, unknown, string][] = [
  ['null', null, 'invalid-event'],
  ['undefined', undefined, 'invalid-event'],
  ['a string', 'tick', 'invalid-event'],
  ['a number', 42, 'invalid-event'],
  ['an array', [{ type: 'tick', at }], 'invalid-event'],
  ['an object without type', { at }, 'invalid-event'],
  ['a numeric type', { type: 7, at }, 'invalid-event'],
  ['a missing at', { type: 'tick' }, 'invalid-instant'],
  ['a NaN at', { type: 'tick', at: Number.NaN }, 'invalid-instant'],
  ['a negative at', { type: 'tick', at: -1 }, 'invalid-instant'],
  ['an infinite at', { type: 'tick', at: Infinity }, 'invalid-instant'],
  ['a string at', { type: 'tick', at: String(at) }, 'invalid-instant'],
  ['a null at', { type: 'tick', at: null }, 'invalid-instant'],
  ['time going backwards', { type: 'tick', at: T0 - 1 }, 'time-went-backwards'],
  ['an unknown type', { type: 'logout', at }, 'unknown-event'],
  ['a __proto__ type', { type: '__proto__', at }, 'unknown-event'],
  ['a constructor type', { type: 'constructor', at }, 'unknown-event'],
  ['logout-requested without source', { type: 'logout-requested', at }, 'invalid-event'],
  ['logout-requested from elsewhere', { type: 'logout-requested', at, source: 'tray' }, 'invalid-event'],
  ['logout-delay without seconds', { type: 'logout-delay', at }, 'invalid-event'],
  ['logout-delay with NaN seconds', { type: 'logout-delay', at, seconds: Number.NaN }, 'invalid-event'],
  ['logout-delay with negative seconds', { type: 'logout-delay', at, seconds: -3 }, 'invalid-event'],
  ['logout-delay with string seconds', { type: 'logout-delay', at, seconds: '3' }, 'invalid-event'],
  ['logout-delay with infinite seconds', { type: 'logout-delay', at, seconds: Infinity }, 'invalid-event'],
  ['request-acknowledged with a numeric requestId', { type: 'request-acknowledged', at, requestId: 1 }, 'invalid-event'],
  ['campaign-changed without mode', { type: 'campaign-changed', at, running: true }, 'invalid-event'],
  ['campaign-changed with an unknown mode', { type: 'campaign-changed', at, mode: 'turbo', running: true }, 'invalid-event'],
  ['campaign-changed with running as a string', { type: 'campaign-changed', at, mode: 'predictive', running: 'yes' }, 'invalid-event'],
];

describe('bad input from JavaScript callers', () => {
  const states = {
    'logged in': loggedIn({ interactions: 1 }),
    'awaiting authorization': play(loggedIn({ interactions: 1 }), request(T0)).state,
  };

  for (const [name, state] of Object.entries(states)) {
    it.each(badEvents)(`${name}: %s is refused with its code and the same state, never thrown`, (_what, event, code) => {
      refused(state, event, code);
    });
  }

  it('names the offending field in the details', () => {
    const step = logout.machine.transition(loggedIn(), { type: 'logout-delay', at, seconds: -1 });
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.error.details).toEqual({ field: 'seconds', value: -1 });
    if (!step.ok) expect(step.error.path).toBe('$.seconds');
    const change = logout.machine.transition(loggedIn(), { type: 'campaign-changed', at, mode: 'predictive' } as logout.LogoutEvent);
    if (!change.ok) expect(change.error.details).toEqual({ field: 'running', value: undefined });
    if (!change.ok) expect(change.error.path).toBe('$.running');
  });

  it('ignores inherited fields: a source on the prototype is not a source', () => {
    const event = Object.create({ source: 'main-window' }) as Record<string, unknown>;
    event['type'] = 'logout-requested';
    event['at'] = at;
    refused(loggedIn(), event, 'invalid-event');
  });

  it('refuses a value that is not a logout state with invalid-state', () => {
    const good = loggedIn();
    for (const notAState of [
      null,
      undefined,
      'state',
      3,
      {},
      { ...good, version: 2 },
      { ...good, lastAt: '0' },
      { ...good, status: undefined },
      { ...good, campaign: null },
      { ...good, campaign: 'predictive' },
      { ...good, request: undefined },
    ]) {
      const step = logout.machine.transition(notAState as logout.LogoutState, { type: 'tick', at });
      expect(step.ok).toBe(false);
      expect(step.state).toBe(notAState);
      if (!step.ok) expect(step.error.code).toBe('invalid-state');
    }
  });

  // `transition` takes any value that passes its cheap structural check (only `restore` checks that the
  // fields agree), and it is total: a state whose status needs a request it does not have is answered
  // with a step, never a throw.
  it('never throws on a state that is waiting for, or authorized by, a request it does not have', () => {
    const events: logout.LogoutEvent[] = [
      { type: 'tick', at },
      { type: 'logout-requested', at, source: 'main-window' },
      { type: 'logout-delay', at, seconds: 0 },
      { type: 'request-acknowledged', at, requestId: 'logout-1' },
      { type: 'request-failed', at, requestId: 'logout-1', reason: 'No' },
      { type: 'message-dismissed', at },
      { type: 'interaction-started', at },
      { type: 'interaction-ended', at },
      { type: 'campaign-changed', at, mode: 'preview', running: false },
      { type: 'exit-anyway', at },
    ];
    for (const status of ['awaiting-authorization', 'authorized'] as const) {
      const inconsistent: logout.LogoutState = { ...loggedIn({ interactions: 1 }), status, request: null };
      for (const event of events) {
        const step = logout.machine.transition(inconsistent, event);
        if (!step.ok) {
          expect(logout.machine.codes).toContain(step.error.code);
          expect(step.state).toBe(inconsistent);
        }
      }
    }
  });

  it('leaves a JSON-parsed state from the caller unfrozen and unchanged while returning frozen states', () => {
    const saved = JSON.parse(JSON.stringify(play(loggedIn(), request(T0)).state)) as logout.LogoutState;
    const copy = structuredClone(saved);
    const step = logout.machine.transition(saved, { type: 'tick', at });
    expect(Object.isFrozen(saved)).toBe(false);
    expect(Object.isFrozen(saved.request)).toBe(false);
    expect(saved).toEqual(copy);
    expect(Object.isFrozen(step.state)).toBe(true);
    expect(Object.isFrozen(step.state.request)).toBe(true);
    expect(Object.isFrozen(step.state.campaign)).toBe(true);
  });
});
