import { outbound } from '../../../src/index.js';

export const r = outbound.reschedule;
export type State = outbound.reschedule.RescheduleState;
export type Event = outbound.reschedule.RescheduleEvent;
export type Input = outbound.reschedule.RescheduleInput;

/** Tuesday 2026-11-24 10:07 in New York (15:07Z). */
export const NOW = Date.UTC(2026, 10, 24, 15, 7);
export const MIN = 60_000;

export const chain: Input['chain'] = [
  { recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: '09:00', until: '20:00' },
  { recordHandle: 102, chainN: 1, phone: '617 555 0101', contactType: 'mobile', from: null, until: null },
];

export function input(overrides: Partial<Input> = {}): Input {
  return { at: NOW, recordHandle: 101, chain, contactZone: 'America/New_York', agentZone: 'America/New_York', ...overrides };
}

export function open(overrides: Partial<Input> = {}): State {
  const step = r.machine.start(input(overrides));
  if (!step.ok) throw new Error(`start refused: ${step.error.code} ${JSON.stringify(step.error.details)}`);
  return step.state;
}

/** Applies events that must all be accepted. */
export function apply(state: State, ...events: Event[]): State {
  let s = state;
  for (const e of events) {
    const step = r.machine.transition(s, e);
    if (!step.ok) throw new Error(`${e.type} refused: ${step.error.code} ${step.error.message}`);
    s = step.state;
  }
  return s;
}

/** Opened and ticked. */
export function editing(overrides: Partial<Input> = {}, at = NOW): State {
  return apply(open(overrides), { type: 'set-reschedule', at, checked: true });
}
