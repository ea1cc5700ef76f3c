import { bench, describe } from 'vitest';
import { webcallback } from '../src/index.js';

const at = Date.UTC(2026, 10, 24, 13);
const started = webcallback.machine.start({
  at,
  zone: 'America/New_York',
  callback: { interactionId: 'wc-1', numbers: ['+15551230001', '+15551230002'], start: at + 3_600_000, end: at + 7_200_000 },
});
if (!started.ok) throw new Error(started.error.code);
let editing = started.state;
for (const e of [
  { type: 'open', at },
  { type: 'set-reschedule', at, checked: true },
] as const) editing = webcallback.machine.transition(editing, e).state;

const times = Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`);
let i = 0;

describe('webcallback', () => {
  bench('transition: set-from (resolve in the zone, keep Till or duration)', () => {
    webcallback.machine.transition(editing, { type: 'set-from', at, time: times[i++ % times.length]! });
  });

  bench('selector: fields (window, labels, validation)', () => {
    webcallback.fields(editing, at);
  });

  bench('clockFace with arc', () => {
    webcallback.clockFace(times[i++ % times.length], 90);
  });

  bench('a whole reschedule: start, open, tick, On, From, Till, X, Done, ack, tick at due', () => {
    const first = webcallback.machine.start({
      at,
      zone: 'Europe/Paris',
      callback: { interactionId: 'wc-2', numbers: ['+33123456789'], start: at + 3_600_000, end: at + 7_200_000 },
    });
    if (!first.ok) throw new Error(first.error.code);
    let s = first.state;
    const events: webcallback.WebCallbackEvent[] = [
      { type: 'open', at },
      { type: 'set-reschedule', at, checked: true },
      { type: 'set-on', at, date: '2026-11-25' },
      { type: 'set-from', at, time: '10:00' },
      { type: 'set-till', at, time: '11:30' },
      { type: 'close', at },
      { type: 'done', at },
      { type: 'request-acknowledged', at, requestId: 'webcallback-reschedule-1' },
      { type: 'tick', at: Date.UTC(2026, 10, 25, 9) },
    ];
    for (const e of events) s = webcallback.machine.transition(s, e).state;
  });
});
