import { expect } from 'vitest';
import { logout, type core } from '../../src/index.js';

/** 2026-11-24T09:00:00Z */
export const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
export const SECOND = 1000;

export type State = logout.LogoutState;
export type Effect = logout.LogoutEffect;
export type Event = logout.LogoutEvent;

/** A logged-in state; by default in a running predictive campaign. */
export function loggedIn(input: Partial<logout.LogoutInput> = {}): State {
  const step = logout.machine.start({ at: T0, campaign: { mode: 'predictive', running: true }, ...input });
  if (!step.ok) throw new Error(`start refused: ${step.error.code}`);
  return step.state;
}

/** Applies an event that must be accepted; returns the step. */
export function accepted(state: State, event: Event): core.Accepted<State, Effect> {
  const step = logout.machine.transition(state, event);
  if (!step.ok) throw new Error(`${event.type} refused: ${step.error.code} ${step.error.message}`);
  return step;
}

/** Applies an event that must be refused with `code`, checking the refusal contract. */
export function refused(state: State, event: unknown, code: string): void {
  const step = logout.machine.transition(state, event as Event);
  expect(step.ok).toBe(false);
  expect(step.state).toBe(state);
  expect(step.effects).toEqual([]);
  if (!step.ok) expect(step.error.code).toBe(code);
}

/** Applies events in order (each must be accepted); returns the last state and every effect. */
export function play(state: State, ...events: Event[]): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  let current = state;
  for (const event of events) {
    const step = accepted(current, event);
    current = step.state;
    effects.push(...step.effects);
  }
  return { state: current, effects };
}

export const request = (at: number, source: logout.LogoutSource = 'main-window'): Event => ({ type: 'logout-requested', at, source });
export const tick = (at: number): Event => ({ type: 'tick', at });
export const authorized = (at: number): Event => ({ type: 'request-acknowledged', at, requestId: 'logout-1' });
export const delay = (at: number, seconds: number): Event => ({ type: 'logout-delay', at, seconds });
export const started = (at: number): Event => ({ type: 'interaction-started', at });
export const ended = (at: number): Event => ({ type: 'interaction-ended', at });
export const dismissed = (at: number): Event => ({ type: 'message-dismissed', at });

/** True when every object reachable from `value` is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeeplyFrozen);
}
