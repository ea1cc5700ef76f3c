import { describe, expect, it } from 'vitest';
import { webcallback } from '../../src/index.js';
import { NOW, NUMBERS, editing, input, refused, run, started } from './helpers.js';

const M = 60_000;
const H = 3_600_000;

describe('webcallback.start', () => {
  it('shows the current schedule in the agent zone, view closed, check box unticked', () => {
    const s = started();
    expect(s.view).toMatchObject({ open: false, ticked: false, set: false, month: { year: 2026, month: 11 } });
    expect(s.view.draft).toEqual({ on: '2026-11-24', from: '09:00', durationMinutes: 60, to: NUMBERS[0] });
    expect(s.config).toEqual(webcallback.defaultConfig);
    expect(Object.isFrozen(s.view.draft)).toBe(true);
    expect(webcallback.button(s, 0)).toBe('reschedule');
  });

  it.each([
    ['zone', { zone: 'Mars/Olympus' }, 'unknown-zone'],
    ['at', { at: -1 }, 'invalid-instant'],
    ['no numbers', { callback: { interactionId: 'x', numbers: [], start: 0, end: 1 } }, 'invalid-input'],
    ['end before start', { callback: { interactionId: 'x', numbers: ['1'], start: 10, end: 5 } }, 'invalid-input'],
    ['number not listed', { callback: { interactionId: 'x', numbers: ['1'], start: 0, end: H, number: '2' } }, 'invalid-input'],
    ['min above max', { config: { minDurationMinutes: 60, maxDurationMinutes: 30 } }, 'invalid-input'],
    ['bad policy', { config: { policy: 'guess' as never } }, 'invalid-input'],
  ])('refuses %s', (_name, overrides, code) => {
    const step = webcallback.machine.start(input(overrides));
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.error.code).toBe(code);
  });

  it('refuses non-object input without throwing', () => {
    expect(webcallback.machine.start(null as never).ok).toBe(false);
    expect(webcallback.machine.start('x' as never).ok).toBe(false);
  });
});

describe('the Reschedule Callback view', () => {
  it('fields are not editable until the view is open and the check box ticked', () => {
    const s = started();
    refused(s, { type: 'set-from', at: NOW, time: '10:00' }, 'event-not-allowed');
    const open = run(s, [{ type: 'open', at: NOW }]).state;
    refused(open, { type: 'set-from', at: NOW, time: '10:00' }, 'not-rescheduling');
    refused(open, { type: 'open', at: NOW }, 'event-not-allowed');
    refused(s, { type: 'close', at: NOW }, 'event-not-allowed');
  });

  it('On: typed or picked, malformed and past days refused, the calendar follows', () => {
    const s = editing(started());
    refused(s, { type: 'set-on', at: NOW, date: '2026-02-30' }, 'invalid-date');
    refused(s, { type: 'set-on', at: NOW, date: '11/25/2026' }, 'invalid-date');
    refused(s, { type: 'set-on', at: NOW, date: '2026-11-23' }, 'time-in-past');
    const next = run(s, [{ type: 'set-on', at: NOW, date: '2026-12-03', via: 'picked' }]).state;
    expect(next.view.draft.on).toBe('2026-12-03');
    expect(next.view.month).toEqual({ year: 2026, month: 12 });
    const shown = run(next, [{ type: 'show-month', at: NOW, year: 2027, month: 1 }]).state;
    expect(shown.view.month).toEqual({ year: 2027, month: 1 });
    refused(shown, { type: 'show-month', at: NOW, year: 2027, month: 13 }, 'invalid-month');
  });

  it('today in the agent zone, not in UTC, decides what day has passed', () => {
    // 03:00Z on the 25th is still the 24th in New York: the 24th has not passed there.
    const at = Date.UTC(2026, 10, 25, 3);
    const s = editing(started({ at }), at);
    expect(run(s, [{ type: 'set-on', at, date: '2026-11-24' }]).state.view.draft.on).toBe('2026-11-24');
  });

  it('From and Till give the duration; Till earlier than From crosses midnight', () => {
    const s = editing(started());
    const a = run(s, [
      { type: 'set-from', at: NOW, time: '22:00' },
      { type: 'set-till', at: NOW, time: '01:30' },
    ]).state;
    expect(a.view.draft.durationMinutes).toBe(210);
    const f = webcallback.fields(a, NOW);
    expect(f).toMatchObject({ from: '22:00', till: '01:30', tillNextDay: true, tillDayOffset: 1, durationLabel: '3 h 30 min' });
    expect(f.end! - f.start!).toBe(210 * M);
    refused(a, { type: 'set-till', at: NOW, time: '22:05' }, 'duration-out-of-bounds');
    refused(a, { type: 'set-till', at: NOW, time: '22:00' }, 'duration-out-of-bounds');
    refused(a, { type: 'set-till', at: NOW, time: '24:00' }, 'invalid-time');
  });

  it('changing From keeps Till while the window stays in bounds, else keeps the duration', () => {
    const s = editing(started()); // 09:00–10:00
    const earlier = run(s, [{ type: 'set-from', at: NOW, time: '08:30' }]).state;
    expect(webcallback.fields(earlier, NOW)).toMatchObject({ till: '10:00', durationMinutes: 90 });
    const past = run(s, [{ type: 'set-from', at: NOW, time: '11:00' }]).state;
    expect(webcallback.fields(past, NOW)).toMatchObject({ till: '12:00', durationMinutes: 60 });
    const same = run(s, [{ type: 'set-from', at: NOW, time: '10:00' }]).state;
    expect(webcallback.fields(same, NOW)).toMatchObject({ till: '11:00', durationMinutes: 60 });
    const tooShort = run(s, [{ type: 'set-from', at: NOW, time: '09:50' }]).state;
    expect(webcallback.fields(tooShort, NOW)).toMatchObject({ till: '10:50', durationMinutes: 60 });
  });

  it('duration: whole minutes within the bounds', () => {
    const s = editing(started());
    refused(s, { type: 'set-duration', at: NOW, minutes: 14 }, 'duration-out-of-bounds');
    refused(s, { type: 'set-duration', at: NOW, minutes: 481 }, 'duration-out-of-bounds');
    refused(s, { type: 'set-duration', at: NOW, minutes: 30.5 }, 'invalid-duration');
    const ok = run(s, [{ type: 'set-duration', at: NOW, minutes: 480 }]).state;
    expect(webcallback.fields(ok, NOW).till).toBe('17:00');
  });

  it('To: only the contact numbers', () => {
    const s = editing(started());
    refused(s, { type: 'set-to', at: NOW, number: '+15559999999' }, 'unknown-number');
    refused(s, { type: 'set-to', at: NOW, number: 42 as never }, 'unknown-number');
    expect(run(s, [{ type: 'set-to', at: NOW, number: NUMBERS[1]! }]).state.view.draft.to).toBe(NUMBERS[1]);
  });

  it('X with valid values marks the button Rescheduled; reopening and editing unsets it', () => {
    const s = editing(started());
    const closed = run(s, [{ type: 'set-from', at: NOW, time: '11:00' }, { type: 'close', at: NOW }]);
    expect(closed.effects).toEqual([]);
    expect(webcallback.button(closed.state, 0)).toBe('rescheduled');
    const reopened = run(closed.state, [{ type: 'open', at: NOW }]).state;
    expect(webcallback.button(reopened, 0)).toBe('rescheduled');
    const edited = run(reopened, [{ type: 'set-duration', at: NOW, minutes: 30 }]).state;
    expect(webcallback.button(edited, 0)).toBe('reschedule');
  });

  it('X with invalid values keeps them, leaves the button, and says why', () => {
    const at = Date.UTC(2026, 10, 24, 15); // 10:00 EST: the scheduled 09:00 has passed
    const s = editing(started({ at }), at);
    const closed = run(s, [{ type: 'close', at }]);
    expect(closed.state.view).toMatchObject({ open: false, set: false });
    expect(closed.state.view.draft.from).toBe('09:00');
    expect(closed.effects).toEqual([{ type: 'show-errors', errors: [expect.objectContaining({ field: 'from', code: 'time-in-past' })] }]);
    expect(webcallback.button(closed.state, 0)).toBe('reschedule');
    expect(webcallback.commitButton(closed.state, at)).toMatchObject({ enabled: false, reason: 'reschedule-not-set' });
    refused(closed.state, { type: 'done', at }, 'reschedule-not-set');
  });

  it('unticking abandons the new values', () => {
    const s = editing(started());
    const edited = run(s, [{ type: 'set-from', at: NOW, time: '15:00' }, { type: 'set-to', at: NOW, number: NUMBERS[1]! }]).state;
    const abandoned = run(edited, [{ type: 'set-reschedule', at: NOW, checked: false }, { type: 'close', at: NOW }]).state;
    expect(abandoned.view.draft).toEqual(started().view.draft);
    expect(webcallback.button(abandoned, 0)).toBe('reschedule');
    refused(abandoned, { type: 'done', at: NOW }, 'reschedule-not-set');
  });

  it('minimum lead: too soon is refused at Done', () => {
    const s = editing(started({ config: { minLeadMinutes: 90 } }));
    const closed = run(s, [{ type: 'close', at: NOW }]);
    expect(closed.effects[0]).toMatchObject({ type: 'show-errors', errors: [{ code: 'time-too-soon' }] });
  });
});

describe('Done, the acknowledgement and the notification', () => {
  function committed() {
    const s = editing(started());
    return run(s, [
      { type: 'set-on', at: NOW, date: '2026-11-25' },
      { type: 'set-from', at: NOW, time: '10:00' },
      { type: 'set-to', at: NOW, number: NUMBERS[1]! },
      { type: 'close', at: NOW },
      { type: 'done', at: NOW + M },
    ]);
  }
  const start = Date.UTC(2026, 10, 25, 15); // 10:00 EST
  const end = start + 60 * M; // the duration kept (Till 11:00 was within bounds)

  it('commits the request and a wake at the new start', () => {
    const { state, effects } = committed();
    expect(effects).toEqual([
      { type: 'send-request', request: { kind: 'reschedule', requestId: 'webcallback-reschedule-1', interactionId: 'wc-1', start, end, number: NUMBERS[1], rescheduleQueue: null } },
      { type: 'wake', at: start },
    ]);
    expect(state.pending).toMatchObject({ requestId: 'webcallback-reschedule-1', start, end });
    expect(webcallback.button(state, 0)).toBe('rescheduled');
    expect(webcallback.commitButton(state, NOW).reason).toBe('request-pending');
  });

  it('Done refuses values that have passed since the view was closed', () => {
    const s = editing(started());
    const closed = run(s, [{ type: 'close', at: NOW }]).state;
    refused(closed, { type: 'done', at: Date.UTC(2026, 10, 24, 14, 30) }, 'time-in-past');
  });

  it('acknowledgement; a tick before the due time does nothing; the notification shows once', () => {
    const { state } = committed();
    refused(state, { type: 'request-acknowledged', at: NOW + M, requestId: 'nope' }, 'unknown-request');
    const acked = run(state, [{ type: 'request-acknowledged', at: NOW + 2 * M, requestId: 'webcallback-reschedule-1' }]).state;
    expect(acked.scheduled).toEqual({ start, end, number: NUMBERS[1] });
    expect(acked.outcome?.status).toBe('acknowledged');
    const early = run(acked, [{ type: 'tick', at: start - 1 }]);
    expect(early.effects).toEqual([]);
    const due = run(early.state, [{ type: 'tick', at: start }]);
    expect(due.effects).toEqual([
      { type: 'show-notification', requestId: 'webcallback-reschedule-1', interactionId: 'wc-1', start, end, number: NUMBERS[1], delivery: 'local' },
    ]);
    expect(run(due.state, [{ type: 'tick', at: start + 5 }]).effects).toEqual([]);
  });

  it('rescheduling again cancels the earlier notification and wakes at the new start', () => {
    const { state } = committed();
    const again = run(state, [
      { type: 'request-acknowledged', at: NOW + 2 * M, requestId: 'webcallback-reschedule-1' },
      { type: 'open', at: NOW + 3 * M },
      { type: 'set-reschedule', at: NOW + 3 * M, checked: true },
      { type: 'set-from', at: NOW + 3 * M, time: '16:00' },
      { type: 'close', at: NOW + 3 * M },
      { type: 'done', at: NOW + 3 * M },
    ]);
    const newStart = Date.UTC(2026, 10, 25, 21);
    expect(again.effects).toEqual([
      { type: 'cancel-notification', requestId: 'webcallback-reschedule-1', interactionId: 'wc-1', due: start },
      expect.objectContaining({ type: 'send-request', request: expect.objectContaining({ requestId: 'webcallback-reschedule-2', start: newStart }) as unknown }),
      { type: 'wake', at: newStart },
    ]);
    expect(run(again.state, [{ type: 'tick', at: start }]).effects).toEqual([]);
  });

  it('a server error restores the earlier schedule and its notification', () => {
    const first = committed();
    const acked = run(first.state, [{ type: 'request-acknowledged', at: NOW + 2 * M, requestId: 'webcallback-reschedule-1' }]).state;
    const second = run(acked, [
      { type: 'open', at: NOW + 3 * M },
      { type: 'set-reschedule', at: NOW + 3 * M, checked: true },
      { type: 'set-duration', at: NOW + 3 * M, minutes: 30 },
      { type: 'close', at: NOW + 3 * M },
      { type: 'done', at: NOW + 3 * M },
    ]).state;
    const failed = run(second, [{ type: 'request-failed', at: NOW + 4 * M, requestId: 'webcallback-reschedule-2', code: 'busy' }]);
    expect(failed.effects).toEqual([
      { type: 'cancel-notification', requestId: 'webcallback-reschedule-2', interactionId: 'wc-1', due: start },
      { type: 'wake', at: start },
    ]);
    expect(failed.state.scheduled).toEqual(acked.scheduled);
    expect(failed.state.notification).toEqual(acked.notification);
    expect(failed.state.outcome).toMatchObject({ status: 'failed', code: 'busy' });
    expect(webcallback.button(failed.state, 0)).toBe('reschedule');
    expect(run(failed.state, [{ type: 'tick', at: start }]).effects).toMatchObject([{ type: 'show-notification', requestId: 'webcallback-reschedule-1' }]);
  });
});

describe('the envelope', () => {
  it('refuses unknown events, bad instants and time going backwards', () => {
    const s = started();
    refused(s, { type: 'nope', at: NOW } as never, 'unknown-event');
    refused(s, { type: 'tick', at: NOW - 1 }, 'time-went-backwards');
    refused(s, { type: 'tick', at: Number.NaN }, 'invalid-instant');
    refused(s, null as never, 'invalid-event');
    const open = run(s, [{ type: 'open', at: NOW }]).state;
    const sneaky = JSON.parse(`{"type":"set-reschedule","at":${NOW},"__proto__":{"checked":true}}`) as never;
    refused(open, sneaky, 'invalid-event');
  });
});
