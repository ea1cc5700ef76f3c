/**
 * Costs of the outbound reschedule machine: a whole reschedule session (tick, type, step, choose a
 * number, end the call, Done, acknowledgement), a single keystroke, and the selectors a UI calls on
 * each render (fields, calendar, Done button), with calling hours and a number window to check.
 * Prints figures, asserts nothing.
 */
import { bench, describe } from 'vitest';
import { outbound } from '../src/index.js';

const r = outbound.reschedule;
type Event = outbound.reschedule.RescheduleEvent;
const T0 = Date.UTC(2026, 10, 24, 15, 7);

const opened = r.machine.start({
  at: T0,
  recordHandle: 101,
  chain: [
    { recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: '09:00', until: '20:00' },
    { recordHandle: 102, chainN: 1, phone: '+16175550101', contactType: 'mobile', from: '08:00', until: '21:00' },
  ],
  contactZone: 'America/New_York',
  agentZone: 'Europe/London',
  dateFormat: 'dd/MM/yyyy',
  callingHours: 'us',
});
if (!opened.ok) throw new Error(opened.error.code);
const initial = opened.state;

const session: Event[] = [
  { type: 'set-reschedule', at: T0 + 1000, checked: true },
  { type: 'type-date', at: T0 + 2000, text: '25/11/2026' },
  { type: 'type-time', at: T0 + 3000, text: '19:00' },
  { type: 'step-time', at: T0 + 4000, part: 'minute', direction: 'up' },
  { type: 'choose-number', at: T0 + 5000, recordHandle: 102 },
  { type: 'show-month', at: T0 + 6000, year: 2026, month: 12 },
  { type: 'end-call', at: T0 + 7000 },
  { type: 'done', at: T0 + 8000 },
  { type: 'request-acknowledged', at: T0 + 9000, requestId: 'reschedule-1' },
];

function runSession(): void {
  let s = initial;
  for (const e of session) {
    const step = r.machine.transition(s, e);
    if (!step.ok) throw new Error(`${e.type}: ${step.error.code}`);
    s = step.state;
  }
}

let editing = initial;
for (const e of session.slice(0, 5)) editing = r.machine.transition(editing, e).state;
const at = T0 + 10_000;

describe('outbound.reschedule', () => {
  bench('a whole session (9 events, Done with every rule)', runSession);
  bench('one keystroke in the time field', () => {
    r.machine.transition(editing, { type: 'type-time', at, text: '19:45' });
  });
  bench('start (input validation and the first proposal)', () => {
    r.machine.start({ at: T0, recordHandle: 101, chain: [], contactZone: 'America/New_York', agentZone: 'Europe/London', callingHours: 'us' });
  });
  bench('fields(state, now)', () => {
    r.fields(editing, at);
  });
  bench('calendar(state, now)', () => {
    r.calendar(editing, at);
  });
  bench('commitButton(state, now)', () => {
    r.commitButton(editing, at);
  });
});
