import { describe, expect, it } from 'vitest';
import { callback } from '../../src/index.js';

const at = Date.UTC(2026, 10, 24, 14);
const queued = () => {
  const s = callback.lifecycle.machine.start({ at, callbackId: 'cb-1', desiredAt: null, status: 'queued' });
  if (!s.ok) throw new Error(s.error.code);
  return s.state;
};

describe('callback lifecycle: completion reasons as GMS gives them', () => {
  it('keeps how many times the agent rejected the preview', () => {
    const step = callback.lifecycle.machine.transition(queued(), { type: 'completed', at: at + 1, reason: 'agent-preview-rejected', rejects: 3 });
    expect(step.ok && step.state).toMatchObject({ status: 'completed', reason: 'agent-preview-rejected', rejects: 3, dialResult: null });
  });
  it('keeps a dial result as a detail beside the reason', () => {
    const step = callback.lifecycle.machine.transition(queued(), { type: 'completed', at: at + 1, reason: 'customer-call-failed', dialResult: 'busy' });
    expect(step.ok && step.state).toMatchObject({ reason: 'customer-call-failed', dialResult: 'busy', rejects: null });
  });
  it.each([
    [{ reason: 'agent-preview-rejected' }],
    [{ reason: 'agent-preview-rejected', rejects: 0 }],
    [{ reason: 'agent-preview-rejected', rejects: 1.5 }],
    [{ reason: 'cancelled', rejects: 2 }],
    [{ reason: 'customer-call-failed', dialResult: 'fax' }],
    [{ reason: 'customer-busy' }],
    [{ reason: 'failed-to-connect' }],
  ])('refuses %j with the same state', (extra) => {
    const s = queued();
    const step = callback.lifecycle.machine.transition(s, { type: 'completed', at: at + 1, ...extra } as unknown as callback.lifecycle.LifecycleEvent);
    expect(step).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(step.state).toBe(s);
  });
  it('has one domain reason per GMS reason, and no dialdesk-only ones', () => {
    expect([...callback.lifecycle.completionReasons].sort()).toEqual(
      [
        'agent-connect-failed', 'agent-connected', 'agent-preview-rejected', 'cancelled', 'customer-call-failed', 'customer-not-confirmed', 'failed',
        'interaction-deleted', 'message-file-not-loaded', 'no-customer-number', 'not-available', 'queueing-failed', 'target-not-found',
        'time-to-live-expired', 'unsupported-media',
      ].sort(),
    );
  });
});
