/**
 * Issue 18: Workspace's `webcallback.reschedule-queue`. Without it (the default) the desktop shows the
 * notification itself at the new time (a `wake`, then a `tick`); with it the server places the
 * rescheduled interaction in that queue and delivers it again (`callback-delivered`), and the machine
 * sets no timer. Either way a server delivery shows the notification once and a later tick does not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genesys, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';
import { NOW, NUMBERS, editing, refused, run, started, type State } from './helpers.js';

const M = 60_000;
const QUEUE = 'WebCallback Reschedule';
const start = Date.UTC(2026, 10, 25, 15); // 10:00 EST

function committed(state: State) {
  return run(editing(state), [
    { type: 'set-on', at: NOW, date: '2026-11-25' },
    { type: 'set-from', at: NOW, time: '10:00' },
    { type: 'close', at: NOW },
    { type: 'done', at: NOW + M },
  ]);
}

describe('webcallback: the notification at the new time, local or server-delivered (issue 18)', () => {
  it('with a reschedule queue, Done names the queue and sets no timer; the tick at the new time shows nothing', () => {
    const { state, effects } = committed(started({ config: { rescheduleQueue: QUEUE } }));
    expect(effects).toEqual([
      { type: 'send-request', request: expect.objectContaining({ kind: 'reschedule', requestId: 'webcallback-reschedule-1', start, rescheduleQueue: QUEUE }) as unknown },
    ]);
    expect(state.notification).toMatchObject({ status: 'armed', delivery: 'server', due: start });
    const acked = run(state, [
      { type: 'request-acknowledged', at: NOW + 2 * M, requestId: 'webcallback-reschedule-1' },
      { type: 'tick', at: start + 10 * M },
    ]);
    expect(acked.effects).toEqual([]);
    expect(acked.state.notification?.status).toBe('armed');
  });

  it('the server delivery shows the notification once, marked as server-delivered', () => {
    const { state } = committed(started({ config: { rescheduleQueue: QUEUE } }));
    const delivered = run(state, [
      { type: 'request-acknowledged', at: NOW + 2 * M, requestId: 'webcallback-reschedule-1' },
      { type: 'callback-delivered', at: start + 3 * M },
    ]);
    expect(delivered.effects).toEqual([
      { type: 'show-notification', requestId: 'webcallback-reschedule-1', interactionId: 'wc-1', start, end: start + 60 * M, number: NUMBERS[0], delivery: 'server' },
    ]);
    expect(delivered.state.notification?.status).toBe('shown');
    refused(delivered.state, { type: 'callback-delivered', at: start + 4 * M }, 'nothing-to-deliver');
    expect(run(delivered.state, [{ type: 'tick', at: start + 5 * M }]).effects).toEqual([]);
  });

  it('without a queue the local timer shows it, unless the server delivers first: then the timer shows nothing', () => {
    const local = committed(started());
    expect(local.effects.at(-1)).toEqual({ type: 'wake', at: start });
    const early = run(local.state, [{ type: 'callback-delivered', at: start - 5 * M }]);
    expect(early.effects).toMatchObject([{ type: 'show-notification', delivery: 'server' }]);
    expect(run(early.state, [{ type: 'tick', at: start }]).effects).toEqual([]);
  });

  it('refuses a delivery when nothing was rescheduled, and a bad queue name at start with its path', () => {
    refused(started(), { type: 'callback-delivered', at: NOW }, 'nothing-to-deliver');
    const bad = webcallback.machine.start({ ...{ at: NOW, zone: 'UTC', callback: { interactionId: 'x', numbers: ['1'], start: NOW + M, end: NOW + 2 * M } }, config: { rescheduleQueue: '' } });
    expect(!bad.ok && [bad.error.code, bad.error.path]).toEqual(['invalid-input', '$.config.rescheduleQueue']);
  });

  it('a refused request re-arms the earlier notification with its own delivery', () => {
    const first = committed(started({ config: { rescheduleQueue: QUEUE } }));
    const again = run(first.state, [
      { type: 'request-acknowledged', at: NOW + 2 * M, requestId: 'webcallback-reschedule-1' },
      { type: 'open', at: NOW + 3 * M },
      { type: 'set-reschedule', at: NOW + 3 * M, checked: true },
      { type: 'set-from', at: NOW + 3 * M, time: '11:00' },
      { type: 'close', at: NOW + 3 * M },
      { type: 'done', at: NOW + 4 * M },
    ]);
    const failed = run(again.state, [{ type: 'request-failed', at: NOW + 5 * M, requestId: 'webcallback-reschedule-2', reason: 'busy' }]);
    expect(failed.effects.map((e) => e.type)).toEqual(['cancel-notification']); // no wake: the server delivers
    expect(failed.state.notification).toMatchObject({ requestId: 'webcallback-reschedule-1', delivery: 'server', status: 'armed' });
    expect(failed.state.outcome).toMatchObject({ status: 'failed', reason: 'busy' });
  });

  it('takes its configuration from genesys.workspaceOptions', () => {
    const options = genesys.workspaceOptions({ 'webcallback.reschedule-queue': QUEUE });
    if (!options.ok) throw new Error(options.error.message);
    const { state } = committed(started({ config: { rescheduleQueue: options.value.webcallback.rescheduleQueue } }));
    expect(state.notification?.delivery).toBe('server');
  });

  it('keeps the machine laws with and without a queue (sampled sequences include deliveries)', () => {
    fc.assert(
      fc.property(arbitraries.webcallbackSequence({ maxEvents: 25 }), (sequence) => {
        const report = testing.checkMachineLaws(webcallback.machine, [sequence]);
        expect(report.failures).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
