import { expect } from 'vitest';
import { webcallback } from '../../src/index.js';

export type State = webcallback.WebCallbackState;
export type Event = webcallback.WebCallbackEvent;
export type Effect = webcallback.WebCallbackEffect;

export const NOW = Date.UTC(2026, 10, 24, 13, 0); // 08:00 in New York (EST, UTC-5)
export const NUMBERS = ['+15551230001', '+15551230002'];

export function input(overrides: Partial<webcallback.WebCallbackInput> = {}): webcallback.WebCallbackInput {
  return {
    at: NOW,
    zone: 'America/New_York',
    callback: { interactionId: 'wc-1', numbers: NUMBERS, start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 15) },
    ...overrides,
  };
}

export function started(overrides: Partial<webcallback.WebCallbackInput> = {}): State {
  const step = webcallback.machine.start(input(overrides));
  if (!step.ok) throw new Error(`start refused: ${step.error.code}`);
  return step.state;
}

/** Applies events that must all be accepted; returns the last state and every effect in order. */
export function run(state: State, events: readonly Event[]): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  let s = state;
  for (const event of events) {
    const step = webcallback.machine.transition(s, event);
    if (!step.ok) throw new Error(`${event.type} refused: ${step.error.code} ${step.error.message}`);
    s = step.state;
    effects.push(...step.effects);
  }
  return { state: s, effects };
}

/** Expects the event to be refused with `code`, returning the same state object. */
export function refused(state: State, event: Event, code: string): webcallback.WebCallbackState {
  const step = webcallback.machine.transition(state, event);
  expect(step.ok).toBe(false);
  if (!step.ok) expect(step.error.code).toBe(code);
  expect(step.state).toBe(state);
  expect(step.effects).toEqual([]);
  return step.state;
}

/** Open the view and tick the check box. */
export function editing(state: State, at = NOW): State {
  return run(state, [
    { type: 'open', at },
    { type: 'set-reschedule', at, checked: true },
  ]).state;
}
