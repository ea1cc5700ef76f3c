import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import { SECOND, T0, accepted, authorized, delay, loggedIn, play, refused, request, tick } from './fixtures.js';

describe('when logout is negotiated', () => {
  it.each(['progressive', 'predictive', 'progressive-with-seizing', 'predictive-with-seizing'] as const)(
    'a running %s campaign makes logout wait for authorization',
    (mode) => {
      const step = accepted(loggedIn({ campaign: { mode, running: true } }), request(T0 + SECOND));
      expect(step.state.status).toBe('awaiting-authorization');
      expect(step.effects).toEqual([
        { type: 'send-request', request: { kind: 'logout', requestId: 'logout-1', source: 'main-window' } },
        { type: 'wake', at: T0 + 31 * SECOND },
      ]);
    },
  );

  it.each([
    ['preview', true],
    ['push-preview', true],
    ['power', true],
    ['predictive-gvp', true],
    ['predictive', false],
    ['progressive', false],
  ] as const)('a %s campaign (running: %s) logs out immediately', (mode, running) => {
    const step = accepted(loggedIn({ campaign: { mode, running } }), request(T0 + SECOND, 'voice-channel'));
    expect(step.state.status).toBe('logged-out');
    expect(step.state.loggedOutAt).toBe(T0 + SECOND);
    expect(step.state.request).toBeNull();
    expect(step.effects).toEqual([{ type: 'log-out', source: 'voice-channel', requestId: null, authorizedBy: null }]);
  });

  it('records the request with an absolute deadline from the configured maximum', () => {
    const { state } = play(loggedIn({ maxDelayMs: 45_000 }), request(T0 + 2 * SECOND, 'voice-channel'));
    expect(state.requestCount).toBe(1);
    expect(state.request).toEqual({
      id: 'logout-1',
      source: 'voice-channel',
      requestedAt: T0 + 2 * SECOND,
      deadline: T0 + 47 * SECOND,
      deadlineSetBy: 'configuration',
      deliveredDuringWait: 0,
      message: 'none',
      messageShownAt: null,
      outcome: 'pending',
      resolvedAt: null,
      authorizedBy: null,
      failure: null,
    });
  });
});

describe('a second request while one is pending', () => {
  it('is refused with logout-pending and changes nothing, from either source', () => {
    const { state } = play(loggedIn(), request(T0));
    refused(state, request(T0 + SECOND), 'logout-pending');
    refused(state, request(T0 + SECOND, 'voice-channel'), 'logout-pending');
  });

  it('names the pending request in the refusal details', () => {
    const { state } = play(loggedIn(), request(T0));
    const step = logout.machine.transition(state, request(T0 + SECOND));
    expect(!step.ok && step.error.details).toEqual({ requestId: 'logout-1' });
  });

  it('is refused with logout-already-authorized once authorized but waiting for an interaction to end', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), authorized(T0 + SECOND));
    expect(state.status).toBe('authorized');
    refused(state, request(T0 + 2 * SECOND), 'logout-already-authorized');
    const step = logout.machine.transition(state, request(T0 + 2 * SECOND));
    expect(!step.ok && step.error.details).toEqual({ requestId: 'logout-1' });
  });
});

describe('authorization by the server', () => {
  it('logs the agent out with the final log-out effect', () => {
    const { state } = play(loggedIn(), request(T0));
    const step = accepted(state, { type: 'request-acknowledged', at: T0 + 4 * SECOND, requestId: 'logout-1' });
    expect(step.state.status).toBe('logged-out');
    expect(step.state.loggedOutAt).toBe(T0 + 4 * SECOND);
    expect(step.state.request).toMatchObject({ outcome: 'authorized', authorizedBy: 'server', resolvedAt: T0 + 4 * SECOND });
    expect(step.effects).toEqual([{ type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'server' }]);
  });

  it('never comes before a request', () => {
    const state = loggedIn();
    refused(state, authorized(T0 + SECOND), 'no-logout-request');
    refused(state, delay(T0 + SECOND, 5), 'no-logout-request');
  });

  it('must name the pending request when it names one', () => {
    const { state } = play(loggedIn(), request(T0));
    refused(state, { type: 'request-acknowledged', at: T0 + SECOND, requestId: 'logout-7' }, 'unknown-request');
    refused(state, { type: 'logout-delay', at: T0 + SECOND, seconds: 3, requestId: 'logout-7' }, 'unknown-request');
    const step = logout.machine.transition(state, { type: 'request-acknowledged', at: T0 + SECOND, requestId: 'logout-7' });
    expect(!step.ok && step.error).toMatchObject({ details: { pending: 'logout-1' }, path: '$.requestId' });
  });

  it('is refused once already authorized', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), authorized(T0 + SECOND));
    refused(state, authorized(T0 + 2 * SECOND), 'logout-already-authorized');
    refused(state, delay(T0 + 2 * SECOND, 1), 'logout-already-authorized');
    // A late failure of the request the server already authorized changes nothing either.
    refused(state, { type: 'request-failed', at: T0 + 2 * SECOND, requestId: 'logout-1', reason: 'late' }, 'logout-already-authorized');
  });
});

describe('the delay announced by the server', () => {
  it('sets an absolute deadline from its seconds and arms a wake there', () => {
    const { state } = play(loggedIn(), request(T0));
    const step = accepted(state, delay(T0 + 2 * SECOND, 12));
    expect(step.state.request).toMatchObject({ deadline: T0 + 14 * SECOND, deadlineSetBy: 'server' });
    expect(step.effects).toEqual([{ type: 'wake', at: T0 + 14 * SECOND }]);
  });

  it('accepts fractions of a second', () => {
    const { state } = play(loggedIn(), request(T0), delay(T0, 2.5));
    expect(state.request?.deadline).toBe(T0 + 2500);
  });

  it('never lengthens the wait beyond the current deadline (the configured maximum bounds it)', () => {
    const { state } = play(loggedIn(), request(T0), delay(T0 + SECOND, 10));
    const step = accepted(state, delay(T0 + 2 * SECOND, 60));
    expect(step.state.request?.deadline).toBe(T0 + 11 * SECOND);
    expect(step.effects).toEqual([]);
    expect(step.state.lastAt).toBe(T0 + 2 * SECOND);
  });

  it('of 0 seconds ends the wait now', () => {
    const { state } = play(loggedIn(), request(T0));
    const step = accepted(state, delay(T0 + 3 * SECOND, 0));
    expect(step.state.status).toBe('logged-out');
    expect(step.effects).toEqual([{ type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'deadline' }]);
  });
});

describe('the deadline', () => {
  it('authorizes the logout when it passes (the default)', () => {
    const { state } = play(loggedIn(), request(T0));
    const early = accepted(state, tick(T0 + 29 * SECOND));
    expect(early.state.status).toBe('awaiting-authorization');
    expect(early.effects).toEqual([{ type: 'wake', at: T0 + 30 * SECOND }]);
    const due = accepted(early.state, tick(T0 + 30 * SECOND));
    expect(due.state.status).toBe('logged-out');
    expect(due.effects).toEqual([{ type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'deadline' }]);
  });

  it('lets the request expire when authorizeAtDeadline is off: the agent stays logged in and may ask again', () => {
    const { state } = play(loggedIn({ authorizeAtDeadline: false }), request(T0));
    const due = accepted(state, tick(T0 + 31 * SECOND));
    expect(due.state.status).toBe('logged-in');
    expect(due.state.request).toMatchObject({ outcome: 'expired', resolvedAt: T0 + 31 * SECOND, authorizedBy: null });
    expect(due.effects).toEqual([{ type: 'send-request', request: { kind: 'cancel-logout', requestId: 'logout-1' } }]);
    refused(due.state, authorized(T0 + 32 * SECOND), 'no-logout-request');
    const again = accepted(due.state, request(T0 + 40 * SECOND));
    expect(again.effects[0]).toEqual({ type: 'send-request', request: { kind: 'logout', requestId: 'logout-2', source: 'main-window' } });
  });

  it('is acted on by any later event exactly as a punctual tick would have done', () => {
    const { state } = play(loggedIn({ authorizeAtDeadline: false }), request(T0));
    const late = request(T0 + 35 * SECOND, 'voice-channel');
    const punctual = play(state, tick(T0 + 30 * SECOND), late);
    const direct = accepted(state, late);
    expect(direct.state).toEqual({ ...punctual.state });
    expect(direct.effects).toEqual(punctual.effects);
    expect(direct.effects.map((e) => e.type)).toEqual(['send-request', 'send-request', 'wake']);
  });

  it('makes a late server authorization moot but does not apply on a refusal', () => {
    const { state } = play(loggedIn(), request(T0));
    // The deadline authorized the logout first, so the server's answer is refused and nothing changes;
    // the host's tick then carries out the deadline.
    refused(state, authorized(T0 + 40 * SECOND), 'event-not-allowed');
    expect(accepted(state, tick(T0 + 40 * SECOND)).state.status).toBe('logged-out');
  });

  it('is restored exactly from JSON (an absolute instant, not a remaining duration)', () => {
    const { state } = play(loggedIn(), request(T0), delay(T0 + SECOND, 20));
    const restored = JSON.parse(JSON.stringify(state)) as logout.LogoutState;
    const step = accepted(restored, tick(T0 + 5 * SECOND));
    expect(step.effects).toEqual([{ type: 'wake', at: T0 + 21 * SECOND }]);
    expect(logout.remainingMs(step.state, T0 + 5 * SECOND)).toBe(16 * SECOND);
  });
});

describe('ticks', () => {
  it('are accepted while logged in and only move lastAt', () => {
    const state = loggedIn();
    const step = accepted(state, tick(T0 + SECOND));
    expect(step.effects).toEqual([]);
    expect(step.state).toEqual({ ...state, lastAt: T0 + SECOND });
  });

  it('at the same instant return the same state', () => {
    const state = loggedIn();
    expect(accepted(state, tick(T0)).state).toBe(state);
  });

  it('at the same instant while awaiting authorization return the same state and arm the same wake', () => {
    const { state } = play(loggedIn(), request(T0));
    const step = accepted(state, tick(T0));
    expect(step.state).toBe(state);
    expect(step.effects).toEqual([{ type: 'wake', at: state.request?.deadline }]);
  });
});

describe('logged-out is terminal', () => {
  it('refuses every event but tick with event-not-allowed, and a tick changes nothing', () => {
    const { state } = play(loggedIn({ campaign: { mode: 'preview', running: true } }), request(T0));
    expect(state.status).toBe('logged-out');
    const later = T0 + SECOND;
    const events: logout.LogoutEvent[] = [
      request(later),
      authorized(later),
      delay(later, 1),
      { type: 'message-dismissed', at: later },
      { type: 'interaction-started', at: later },
      { type: 'interaction-ended', at: later },
      { type: 'campaign-changed', at: later, mode: 'predictive', running: true },
    ];
    for (const event of events) refused(state, event, 'event-not-allowed');
    const step = logout.machine.transition(state, request(later));
    expect(!step.ok && step.error.details).toEqual({ status: 'logged-out' });
    const ticked = logout.machine.transition(state, tick(later));
    expect(ticked.ok && ticked.state.status).toBe('logged-out');
  });
});
