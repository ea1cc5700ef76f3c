import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import { SECOND, T0, loggedIn, play, request } from './fixtures.js';

describe('countdown formatting', () => {
  it.each([
    [65_000, '1:05'],
    [9_000, '0:09'],
    [8_200, '0:09'],
    [1, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
    [600_000, '10:00'],
    [3_600_000, '60:00'],
  ])('%d ms reads %s', (ms, label) => {
    expect(logout.formatCountdown(ms)).toBe(label);
  });
});

describe('remainingMs and countdownLabel', () => {
  const waiting = play(loggedIn({ maxDelayMs: 65_000 }), request(T0)).state;

  it('count down to the deadline and stop at zero', () => {
    expect(logout.remainingMs(waiting, T0)).toBe(65_000);
    expect(logout.countdownLabel(waiting, T0)).toBe('1:05');
    expect(logout.countdownLabel(waiting, T0 + 56 * SECOND)).toBe('0:09');
    expect(logout.remainingMs(waiting, T0 + 65 * SECOND)).toBe(0);
    expect(logout.remainingMs(waiting, T0 + 99 * SECOND)).toBe(0);
    expect(logout.countdownLabel(waiting, T0 + 99 * SECOND)).toBe('0:00');
  });

  it('never read a time earlier than the last event, nor a bad instant', () => {
    const later = play(waiting, { type: 'tick', at: T0 + 10 * SECOND }).state;
    expect(logout.remainingMs(later, T0)).toBe(55_000);
    expect(logout.remainingMs(later, Number.NaN)).toBe(55_000);
    expect(logout.remainingMs(later, -1)).toBe(55_000);
  });

  it('are null when no request awaits authorization', () => {
    const state = loggedIn();
    expect(logout.remainingMs(state, T0)).toBeNull();
    expect(logout.countdownLabel(state, T0)).toBeNull();
    expect(logout.statusTooltip(state, T0)).toBeNull();
    expect(logout.messages(state, T0)).toEqual([]);
  });

  it('say "Logged off" after an immediate logout', () => {
    const state = play(loggedIn({ campaign: { mode: 'preview', running: true } }), request(T0)).state;
    expect(logout.statusTooltip(state, T0)).toBe('Logged off');
    expect(logout.remainingMs(state, T0)).toBeNull();
  });
});
