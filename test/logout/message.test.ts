import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import { SECOND, T0, accepted, authorized, dismissed, ended, loggedIn, play, refused, request, started, tick } from './fixtures.js';

const SHOW = (deadline: number) => ({ type: 'show-message', message: 'awaiting-logout-authorization', requestId: 'logout-1', deadline });

describe('the awaiting-authorization system message', () => {
  it('shows when logout is asked while an interaction is being received', () => {
    const step = accepted(loggedIn({ interactions: 1 }), request(T0));
    expect(step.effects).toEqual([
      { type: 'send-request', request: { kind: 'logout', requestId: 'logout-1', source: 'main-window' } },
      SHOW(T0 + 30 * SECOND),
      { type: 'wake', at: T0 + 30 * SECOND },
    ]);
    expect(step.state.request).toMatchObject({ message: 'shown', messageShownAt: T0 });
  });

  it('does not show when no interaction is being received', () => {
    const { state, effects } = play(loggedIn(), request(T0));
    expect(effects.map((e) => e.type)).not.toContain('show-message');
    expect(state.request?.message).toBe('none');
    expect(logout.messages(state, T0)).toEqual([]);
  });

  it('shows when an interaction is delivered during the wait, which is tracked', () => {
    const { state } = play(loggedIn(), request(T0));
    const step = accepted(state, started(T0 + 3 * SECOND));
    expect(step.effects).toEqual([SHOW(T0 + 30 * SECOND)]);
    expect(step.state.interactions).toBe(1);
    expect(step.state.request).toMatchObject({ message: 'shown', messageShownAt: T0 + 3 * SECOND, deliveredDuringWait: 1 });
    const second = accepted(step.state, started(T0 + 4 * SECOND));
    expect(second.effects).toEqual([]);
    expect(second.state.request?.deliveredDuringWait).toBe(2);
  });

  it('can be dismissed; it does not come back for later interactions', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0));
    const step = accepted(state, dismissed(T0 + SECOND));
    expect(step.effects).toEqual([]);
    expect(step.state.request?.message).toBe('dismissed');
    refused(step.state, dismissed(T0 + 2 * SECOND), 'no-message');
    const more = accepted(step.state, started(T0 + 3 * SECOND));
    expect(more.effects).toEqual([]);
    expect(more.state.request?.message).toBe('dismissed');
  });

  it('cannot be dismissed when it is not on screen', () => {
    refused(loggedIn(), dismissed(T0), 'no-message');
    refused(play(loggedIn(), request(T0)).state, dismissed(T0), 'no-message');
  });

  it('after dismissal, My Messages and the status tooltip keep the remaining time', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), dismissed(T0 + SECOND));
    const now = T0 + 5 * SECOND + 300;
    expect(logout.statusTooltip(state, now)).toBe('Awaiting logoff authorization: 0:25 remaining');
    expect(logout.messages(state, now)).toEqual([
      {
        id: 'logout-1/awaiting-authorization',
        kind: 'awaiting-authorization',
        requestId: 'logout-1',
        at: T0,
        text: 'Awaiting logoff authorization: 0:25 remaining',
        remainingMs: 24_700,
        countdown: '0:25',
      },
    ]);
  });

  it('is hidden on authorization, and both views confirm it', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), ended(T0 + SECOND));
    const step = accepted(state, authorized(T0 + 6 * SECOND));
    expect(step.effects).toEqual([
      { type: 'hide-message', requestId: 'logout-1' },
      { type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'server' },
    ]);
    expect(step.state.request?.message).toBe('hidden');
    expect(logout.statusTooltip(step.state, T0 + 6 * SECOND)).toBe('Logoff authorized: logged off');
    expect(logout.messages(step.state, T0 + 6 * SECOND).map((m) => [m.kind, m.text, m.at])).toEqual([
      ['awaiting-authorization', 'Awaiting logoff authorization', T0],
      ['logout-authorized', 'Logoff authorized', T0 + 6 * SECOND],
    ]);
  });

  it('is not hidden again if the agent already dismissed it', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), dismissed(T0 + SECOND), ended(T0 + 2 * SECOND));
    const step = accepted(state, tick(T0 + 30 * SECOND));
    expect(step.effects.map((e) => e.type)).toEqual(['log-out']);
    expect(step.state.request?.message).toBe('dismissed');
  });

  it('is hidden when the request expires, and My Messages says the agent is still logged in', () => {
    const { state } = play(loggedIn({ interactions: 1, authorizeAtDeadline: false }), request(T0));
    const step = accepted(state, tick(T0 + 30 * SECOND));
    expect(step.effects).toEqual([
      { type: 'hide-message', requestId: 'logout-1' },
      { type: 'send-request', request: { kind: 'cancel-logout', requestId: 'logout-1' } },
    ]);
    expect(logout.statusTooltip(step.state, T0 + 30 * SECOND)).toBe('Logoff was not authorized in time: you are still logged in');
    expect(logout.messages(step.state, T0 + 30 * SECOND).map((m) => m.kind)).toEqual(['awaiting-authorization', 'logout-not-authorized']);
  });
});

describe('interactions', () => {
  it('are counted; ending one that did not start is refused', () => {
    refused(loggedIn(), ended(T0), 'no-interaction');
    const { state } = play(loggedIn(), started(T0), started(T0), ended(T0 + SECOND));
    expect(state.interactions).toBe(1);
  });

  it('in progress at authorization delay the final logout until the last one ends', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), started(T0 + SECOND));
    const auth = accepted(state, authorized(T0 + 5 * SECOND));
    expect(auth.state.status).toBe('authorized');
    expect(auth.effects).toEqual([{ type: 'hide-message', requestId: 'logout-1' }]);
    expect(logout.remainingMs(auth.state, T0 + 5 * SECOND)).toBeNull();
    expect(logout.statusTooltip(auth.state, T0 + 5 * SECOND)).toBe(
      'Logoff authorized: you will be logged off when the current interactions end',
    );
    const first = accepted(auth.state, ended(T0 + 8 * SECOND));
    expect(first.state.status).toBe('authorized');
    expect(first.effects).toEqual([]);
    expect(logout.statusTooltip(first.state, T0 + 8 * SECOND)).toBe(
      'Logoff authorized: you will be logged off when the current interaction ends',
    );
    expect(logout.messages(first.state, T0 + 8 * SECOND)[1]?.text).toBe(
      'Logoff authorized; you will be logged off when the current interaction ends',
    );
    const last = accepted(first.state, ended(T0 + 9 * SECOND));
    expect(last.state.status).toBe('logged-out');
    expect(last.state.loggedOutAt).toBe(T0 + 9 * SECOND);
    expect(last.effects).toEqual([{ type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'server' }]);
  });

  it('may still start after authorization, and are waited for too', () => {
    const { state } = play(loggedIn({ interactions: 1 }), request(T0), authorized(T0 + SECOND), started(T0 + 2 * SECOND));
    expect(state.interactions).toBe(2);
    expect(play(state, ended(T0 + 3 * SECOND)).state.status).toBe('authorized');
  });
});

describe('campaign changes', () => {
  const change = (at: number, mode: logout.LogoutCampaign['mode'], running: boolean): logout.LogoutEvent => ({
    type: 'campaign-changed',
    at,
    mode,
    running,
  });

  it('decide whether a later logout is negotiated', () => {
    const stopped = play(loggedIn(), change(T0, 'predictive', false)).state;
    expect(stopped.campaign).toEqual({ mode: 'predictive', running: false });
    expect(accepted(stopped, request(T0 + SECOND)).state.status).toBe('logged-out');
    const startedAgain = play(stopped, change(T0 + SECOND, 'progressive', true)).state;
    expect(accepted(startedAgain, request(T0 + 2 * SECOND)).state.status).toBe('awaiting-authorization');
  });

  it('between predictive and progressive keep a pending request waiting', () => {
    const { state } = play(loggedIn(), request(T0), change(T0 + SECOND, 'progressive', true));
    expect(state.status).toBe('awaiting-authorization');
    expect(state.campaign.mode).toBe('progressive');
  });

  it('authorize a pending request when the campaign stops dialing for the agent', () => {
    const { state } = play(loggedIn(), request(T0));
    const stop = accepted(state, change(T0 + 2 * SECOND, 'predictive', false));
    expect(stop.state.status).toBe('logged-out');
    expect(stop.effects).toEqual([{ type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'campaign' }]);
    const preview = accepted(state, change(T0 + 2 * SECOND, 'preview', true));
    expect(preview.state.request?.authorizedBy).toBe('campaign');
    expect(logout.messages(preview.state, T0 + 2 * SECOND).map((m) => m.text)).toEqual([
      'Logoff authorized: the campaign no longer dials for you',
    ]);
  });
});
