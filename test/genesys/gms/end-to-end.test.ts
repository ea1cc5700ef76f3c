import { describe, expect, it } from 'vitest';
import type { callback } from '../../../src/index.js';
import { FakeGms } from './fake-gms.js';
import { Host } from './host.js';

const at = Date.UTC(2026, 10, 24, 14); // 09:00 in New York
const open = { from: Date.UTC(2026, 10, 24, 14), until: Date.UTC(2026, 10, 24, 22) };
const input: callback.dialog.DialogInput = {
  at,
  origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
  types: [
    { id: 'asap', label: 'Immediate', kind: 'immediate' },
    { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' },
    { id: 'preview', label: 'Delayed (Agent Preview)', kind: 'delayed-agent-preview', offerType: 'combined-scheduled-and-asap' },
  ],
  defaultType: 'scheduled',
  zones: ['America/New_York'],
  defaultZone: 'America/New_York',
  numbers: ['+15551230001'],
};

function setup(): Host {
  return new Host(new FakeGms('cb-desk', open), at, { serviceName: 'cb-desk', api: 'v1' });
}

/** Opens the dialog, picks the slot at `start`, presses OK; returns the new callback's id. */
function schedule(host: Host, start: number): string {
  const d = host.openDialog(input);
  expect(d.availability.status).toBe('loaded');
  host.dialogEvent({ type: 'choose-slot', at: host.now, start });
  const closed = host.dialogEvent({ type: 'ok', at: host.now });
  expect(closed).toMatchObject({ phase: 'closed', outcome: 'committed', error: null });
  const id = [...host.lifecycles.keys()].at(-1);
  if (id === undefined) throw new Error('nothing created');
  return id;
}

describe('genesys.gms end to end against a fake GMS', () => {
  it('schedules, reschedules, and follows a callback to completion', () => {
    const host = setup();
    const slot = Date.UTC(2026, 10, 24, 15, 30);
    const id = schedule(host, slot);
    expect(host.gms.records.get(id)).toMatchObject({ _customer_number: '+15551230001', _desired_time: '2026-11-24T15:30:00.000Z', _callback_state: 'SCHEDULED' });
    expect(host.lifecycles.get(id)).toMatchObject({ status: 'scheduled', desiredAt: slot });

    const later = Date.UTC(2026, 10, 24, 17, 5);
    expect(host.lifecycleEvent(id, { type: 'reschedule', at: host.now, desiredAt: later }).ok).toBe(true);
    expect(host.lifecycles.get(id)).toMatchObject({ desiredAt: later, pending: null, error: null });
    expect(host.gms.records.get(id)?._desired_time).toBe('2026-11-24T17:05:00.000Z');

    host.gms.advance(id, 'QUEUED');
    host.poll(id, 1);
    host.gms.advance(id, 'PROCESSING');
    host.poll(id, 2);
    expect(host.lifecycles.get(id)?.status).toBe('processing');
    host.gms.advance(id, 'COMPLETED', 'AGENT_CONNECTED');
    host.poll(id, 3);
    expect(host.lifecycles.get(id)).toMatchObject({ status: 'completed', reason: 'agent-connected' });
    expect(host.lifecycles.get(id)?.history.map((h) => h.status)).toEqual(['scheduled', 'queued', 'processing', 'completed']);
    expect(host.log).toContain('PUT /genesys/1/service/callback/cb-desk/gms-1 -> 200');
  });

  it('cancels a scheduled callback', () => {
    const host = setup();
    const id = schedule(host, Date.UTC(2026, 10, 24, 16));
    expect(host.lifecycleEvent(id, { type: 'cancel', at: host.now }).ok).toBe(true);
    expect(host.lifecycles.get(id)).toMatchObject({ status: 'completed', reason: 'cancelled' });
    expect(host.gms.records.get(id)).toMatchObject({ _callback_state: 'COMPLETED', _callback_reason: 'CANCELLED' });
  });

  it('shows the server refusing a reschedule outside business hours as a typed refusal', () => {
    const host = setup();
    const id = schedule(host, Date.UTC(2026, 10, 24, 16));
    host.lifecycleEvent(id, { type: 'reschedule', at: host.now, desiredAt: Date.UTC(2026, 10, 25, 3) });
    expect(host.lifecycles.get(id)).toMatchObject({ status: 'scheduled', desiredAt: Date.UTC(2026, 10, 24, 16), error: { code: 'desired-time-outside-business-hours' } });
  });

  it('shows a full bucket on OK as the dialog error, and the agent picks another slot', () => {
    const host = setup();
    const slot = Date.UTC(2026, 10, 24, 15);
    schedule(host, slot);
    schedule(host, slot);
    // The grid shows the bucket full (GMS v1 availability reports 0 left).
    const d = host.openDialog(input);
    expect(d.availability.slots.find((s) => s.start === slot)?.remaining).toBe(0);
    // Fill the bucket behind the dialog's back, then press OK on it.
    host.dialogEvent({ type: 'choose-slot', at: host.now, start: Date.UTC(2026, 10, 24, 15, 10) });
    host.gms.records.set('x1', { _id: 'x1', _customer_number: '1', _desired_time: '2026-11-24T15:10:00.000Z', _callback_state: 'SCHEDULED' });
    host.gms.records.set('x2', { _id: 'x2', _customer_number: '2', _desired_time: '2026-11-24T15:10:00.000Z', _callback_state: 'SCHEDULED' });
    const failed = host.dialogEvent({ type: 'ok', at: host.now });
    expect(failed.phase).toBe('selecting');
    expect(failed.error).toMatchObject({ code: 'time-slot-full' });
  });

  it('books an immediate callback with no desired time, and refuses a second one for a queued number', () => {
    const host = setup();
    host.openDialog({ ...input, defaultType: 'asap' });
    expect(host.dialogEvent({ type: 'ok', at: host.now })).toMatchObject({ phase: 'closed', outcome: 'committed' });
    const id = [...host.lifecycles.keys()][0] as string;
    expect(host.gms.records.get(id)).toMatchObject({ _callback_state: 'QUEUED' });
    expect(host.gms.records.get(id)?._desired_time).toBeUndefined();
    host.openDialog({ ...input, defaultType: 'asap' });
    expect(host.dialogEvent({ type: 'ok', at: host.now }).error).toMatchObject({ code: 'duplicate-in-queue' });
  });

  const reasons: readonly (readonly [string, callback.lifecycle.CompletionReason, number | null])[] = [
    ['CANCELLED', 'cancelled', null],
    ['AGENT_CONNECTED', 'agent-connected', null],
    ['NOT_AVAILABLE', 'not-available', null],
    ['FAIL_TIMEOUT_TTL', 'time-to-live-expired', null],
    ['FAIL_TARGET_NOT_FOUND', 'target-not-found', null],
    ['FAIL_INTERACTION_DELETED', 'interaction-deleted', null],
    ['FAIL_NO_CUSTOMER_NUMBER', 'no-customer-number', null],
    ['FAIL_USER_NO_CONFIRM', 'customer-not-confirmed', null],
    ['FAIL_QUEUEING', 'queueing-failed', null],
    ['FAIL_AGENT_CONNECT', 'agent-connect-failed', null],
    ['FAIL_CALL_TO_CUSTOMER', 'customer-call-failed', null],
    ['FAIL_USER_UNREACHABLE', 'customer-call-failed', null],
    ['AGENT_PREVIEW_CANCEL_AFTER_1REJECTS', 'agent-preview-rejected', 1],
    ['AGENT_PREVIEW_CANCEL_AFTER_12REJECTS', 'agent-preview-rejected', 12],
    ['FAIL_LOAD_MESSAGE_FILE', 'message-file-not-loaded', null],
    ['FAIL_IXN_UNKNOWN_MEDIA_TYPE', 'unsupported-media', null],
    ['FAIL_ERROR', 'failed', null],
  ];
  it.each(reasons)('follows a callback completed with %s to the machine reason %s', (wire, reason, rejects) => {
    const host = setup();
    const id = schedule(host, Date.UTC(2026, 10, 24, 18));
    host.gms.advance(id, 'COMPLETED', wire);
    host.poll(id, 1);
    expect(host.lifecycles.get(id)).toMatchObject({ status: 'completed', reason, rejects });
  });

  it('fails a request the server never answers at its deadline', async () => {
    const { genesys } = await import('../../../src/index.js');
    const m = genesys.gms.bridge;
    const s0 = m.start({ at, service: { serviceName: 'cb-desk' }, timeoutMs: 5_000 });
    if (!s0.ok) throw new Error('start');
    const sent = m.transition(s0.state, { type: 'send', at, effect: { type: 'send-request', request: { kind: 'cancel', requestId: 'cancel-1', callbackId: 'gms-9' } } });
    expect(sent.effects).toContainEqual({ type: 'wake', at: at + 5_000 });
    expect(m.transition(sent.state, { type: 'tick', at: at + 4_999 }).effects).toEqual([]);
    const late = m.transition(sent.state, { type: 'tick', at: at + 5_000 });
    expect(late.effects).toMatchObject([{ type: 'lifecycle-event', callbackId: 'gms-9', event: { type: 'request-failed', requestId: 'cancel-1', reason: { code: 'request-timed-out' } } }]);
    const stale = m.transition(late.state, { type: 'response', at: at + 6_000, requestId: 'cancel-1', status: 200, body: null });
    expect(stale).toMatchObject({ ok: false, error: { code: 'unknown-request' } });
    expect(stale.state).toBe(late.state);
  });
});
