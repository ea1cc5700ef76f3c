import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

const campaign = { mode: 'predictive', running: true } as const;

function waiting(exitOnError?: boolean): logout.LogoutState {
  const started = logout.machine.start({ at: 0, campaign, interactions: 1, ...(exitOnError === undefined ? {} : { exitOnError }) });
  if (!started.ok) throw new Error('start refused');
  const step = logout.machine.transition(started.state, { type: 'logout-requested', at: 1_000, source: 'main-window' });
  if (!step.ok) throw new Error('request refused');
  return step.state;
}

describe('logout: the error path (server refuses or fails the request)', () => {
  it('keeps the agent logged in, hides the countdown and says why, what the tooltip is and what comes next', () => {
    const step = logout.machine.transition(waiting(), { type: 'request-failed', at: 2_000, requestId: 'logout-1', reason: 'Campaign is not loaded' });
    expect(step.ok).toBe(true);
    expect(step.state.status).toBe('logged-in');
    expect(step.state.request?.outcome).toBe('failed');
    expect(step.effects).toEqual([
      { type: 'hide-message', requestId: 'logout-1' },
      { type: 'logout-failed', requestId: 'logout-1', message: 'Campaign is not loaded', tooltip: 'Logoff failed: Campaign is not loaded (try again)', next: ['retry'] },
    ]);
    expect(logout.statusTooltip(step.state, 3_000)).toBe('Logoff failed: Campaign is not loaded (try again)');
    expect(logout.messages(step.state, 3_000).map((m) => m.kind)).toEqual(['awaiting-authorization', 'logout-failed']);
  });

  it('without exitOnError (the default) the agent may only try again', () => {
    const failed = logout.machine.transition(waiting(), { type: 'request-failed', at: 2_000 , requestId: 'logout-1'}).state;
    const exit = logout.machine.transition(failed, { type: 'exit-anyway', at: 3_000 });
    expect(exit.ok).toBe(false);
    if (!exit.ok) expect(exit.error.code).toBe('exit-not-allowed');
    expect(exit.state).toBe(failed);
    const retry = logout.machine.transition(failed, { type: 'logout-requested', at: 3_000, source: 'voice-channel' });
    expect(retry.ok && retry.state.status).toBe('awaiting-authorization');
    expect(retry.state.request?.id).toBe('logout-2');
  });

  it('exit anyway needs a failed request, even with exitOnError: not before any request, not after one expired', () => {
    const idle = logout.machine.start({ at: 0, campaign, exitOnError: true });
    if (!idle.ok) throw new Error('start refused');
    const never = logout.machine.transition(idle.state, { type: 'exit-anyway', at: 1_000 });
    expect(!never.ok && never.error.code).toBe('exit-not-allowed');
    const started = logout.machine.start({ at: 0, campaign, exitOnError: true, authorizeAtDeadline: false });
    if (!started.ok) throw new Error('start refused');
    const asked = logout.machine.transition(started.state, { type: 'logout-requested', at: 1_000, source: 'main-window' });
    const expired = logout.machine.transition(asked.state, { type: 'tick', at: 1_000 + asked.state.maxDelayMs });
    expect(expired.state.request?.outcome).toBe('expired');
    const exit = logout.machine.transition(expired.state, { type: 'exit-anyway', at: 2_000 + asked.state.maxDelayMs });
    expect(!exit.ok && exit.error.code).toBe('exit-not-allowed');
    expect(exit.state).toBe(expired.state);
  });

  it('with exitOnError the agent may exit anyway: the host logs out', () => {
    const failed = logout.machine.transition(waiting(true), { type: 'request-failed', at: 2_000 , requestId: 'logout-1'});
    expect(failed.effects.at(-1)).toMatchObject({ type: 'logout-failed', message: 'The logoff request failed', next: ['retry', 'exit-anyway'] });
    const exit = logout.machine.transition(failed.state, { type: 'exit-anyway', at: 3_000 });
    expect(exit.ok).toBe(true);
    expect(exit.state.status).toBe('logged-out');
    expect(exit.effects).toEqual([{ type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: null }]);
  });

  it('refuses a failure with no request pending, for another request, and a non-string message', () => {
    const idle = logout.machine.start({ at: 0, campaign });
    if (!idle.ok) throw new Error('start refused');
    expect(logout.machine.transition(idle.state, { type: 'request-failed', at: 1 , requestId: 'logout-1'}).ok).toBe(false);
    const w = waiting();
    const other = logout.machine.transition(w, { type: 'request-failed', at: 2_000, requestId: 'logout-9' });
    expect(!other.ok && other.error.code).toBe('unknown-request');
    const bad = logout.machine.transition(w, { type: 'request-failed', at: 2_000, requestId: 'logout-1', reason: 42 } as never);
    expect(!bad.ok && bad.error.code).toBe('invalid-event');
  });

  it('round-trips a failed state through restore and refuses a failure text on an unfailed request', () => {
    const failed = logout.machine.transition(waiting(true), { type: 'request-failed', at: 2_000, requestId: 'logout-1', reason: 'x' }).state;
    const back = logout.machine.restore(JSON.parse(JSON.stringify(failed)));
    expect(back.ok && back.value).toEqual(failed);
    const forged = JSON.parse(JSON.stringify(waiting())) as { request: { failure: string | null } };
    forged.request.failure = 'nope';
    const refused = logout.machine.restore(forged);
    expect(!refused.ok && refused.error.path).toBe('$.request.failure');
    const noFlag = JSON.parse(JSON.stringify(failed)) as Record<string, unknown>;
    delete noFlag.exitOnError;
    expect(logout.machine.restore(noFlag).ok).toBe(false);
  });

  it('keeps the machine laws along the error path', () => {
    const start = { at: 0, campaign, interactions: 1, exitOnError: true };
    const events = [
      { type: 'logout-requested', at: 1_000, source: 'main-window' },
      { type: 'request-failed', at: 2_000, requestId: 'logout-1', reason: 'busy' },
      { type: 'logout-requested', at: 3_000, source: 'main-window' },
      { type: 'request-failed', at: 4_000 , requestId: 'logout-1'},
      { type: 'exit-anyway', at: 5_000 },
    ];
    const report = testing.checkMachineLaws(logout.machine, [{ input: start, events } as never]);
    expect(report.failures).toEqual([]);
  });
});
