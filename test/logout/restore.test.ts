import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import { SECOND, T0, authorized, isDeeplyFrozen, loggedIn, play, request, started } from './fixtures.js';

const saved = (state: logout.LogoutState): Record<string, unknown> => JSON.parse(JSON.stringify(state)) as Record<string, unknown>;

describe('logout.restore', () => {
  const states = {
    'logged in': loggedIn(),
    awaiting: play(loggedIn({ interactions: 1 }), request(T0)).state,
    authorized: play(loggedIn({ interactions: 1 }), request(T0), authorized(T0 + SECOND)).state,
    expired: play(loggedIn({ authorizeAtDeadline: false }), request(T0), { type: 'tick', at: T0 + 40 * SECOND }).state,
    'logged out': play(loggedIn(), request(T0), authorized(T0 + SECOND)).state,
  };

  it.each(Object.entries(states))('restores a saved %s state as an equal, deeply frozen state', (_name, state) => {
    const restored = logout.machine.restore(saved(state));
    expect(restored).toEqual({ ok: true, value: state });
    if (restored.ok) expect(isDeeplyFrozen(restored.value)).toBe(true);
  });

  it('restores a state that then behaves like the original', () => {
    const state = play(loggedIn(), request(T0), started(T0 + SECOND)).state;
    const restored = logout.machine.restore(saved(state));
    if (!restored.ok) throw new Error(restored.error.code);
    const event = authorized(T0 + 2 * SECOND);
    expect(logout.machine.transition(restored.value, event)).toEqual(logout.machine.transition(state, event));
  });

  const awaiting = saved(states.awaiting);
  const request0 = awaiting['request'] as Record<string, unknown>;
  const broken: [string, unknown, string][] = [
    ['null', null, 'state'],
    ['a string', '{}', 'state'],
    ['another version', { ...awaiting, version: 2 }, 'version'],
    ['an unknown status', { ...awaiting, status: 'away' }, 'status'],
    ['a NaN lastAt', { ...awaiting, lastAt: Number.NaN }, 'lastAt'],
    ['an unknown mode', { ...awaiting, campaign: { mode: 'turbo', running: true } }, 'campaign.mode'],
    ['a zero maxDelayMs', { ...awaiting, maxDelayMs: 0 }, 'maxDelayMs'],
    ['a string authorizeAtDeadline', { ...awaiting, authorizeAtDeadline: 'yes' }, 'authorizeAtDeadline'],
    ['negative interactions', { ...awaiting, interactions: -1 }, 'interactions'],
    ['a request id out of step with the counter', { ...awaiting, requestCount: 3 }, 'requestCount'],
    ['a malformed request id', { ...awaiting, request: { ...request0, id: 'x' } }, 'requestCount'],
    ['a numeric request id', { ...awaiting, request: { ...request0, id: 1 } }, 'request.id'],
    ['a string deadline', { ...awaiting, request: { ...request0, deadline: '30' } }, 'request.deadline'],
    ['a shown message without its instant', { ...awaiting, request: { ...request0, messageShownAt: null } }, 'request.messageShownAt'],
    ['a pending request with an authorizer', { ...awaiting, request: { ...request0, authorizedBy: 'server' } }, 'request.authorizedBy'],
    ['awaiting without a request', { ...awaiting, request: null, requestCount: 0 }, 'status'],
    ['logged out without an instant', { ...saved(states['logged out']), loggedOutAt: null }, 'status'],
  ];
  it.each(broken)('refuses %s with invalid-state naming the field', (_name, value, field) => {
    const result = logout.machine.restore(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-state');
      expect(result.error.path).toBe(field === 'state' ? '$' : `$.${field}`);
    }
  });
});
