import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import { T0, isDeeplyFrozen, loggedIn } from './fixtures.js';

describe('logout.start', () => {
  it('starts logged in with the defaults: 30 s maximum wait, authorized at the deadline, no interaction', () => {
    const step = logout.machine.start({ at: T0, campaign: { mode: 'predictive', running: true } });
    if (!step.ok) throw new Error('refused');
    expect(step.effects).toEqual([]);
    expect(step.state).toEqual({
      version: 1,
      status: 'logged-in',
      lastAt: T0,
      campaign: { mode: 'predictive', running: true },
      maxDelayMs: 30_000,
      authorizeAtDeadline: true,
      exitOnError: false,
      interactions: 0,
      requestCount: 0,
      request: null,
      loggedOutAt: null,
    });
    expect(logout.defaultMaxDelayMs).toBe(30_000);
    expect(isDeeplyFrozen(step.state)).toBe(true);
  });

  it('keeps the options it is given', () => {
    const state = loggedIn({ maxDelayMs: 45_000, authorizeAtDeadline: false, interactions: 2 });
    expect(state).toMatchObject({ maxDelayMs: 45_000, authorizeAtDeadline: false, interactions: 2 });
  });

  it('does not keep a reference to the caller’s campaign object', () => {
    const campaign = { mode: 'progressive' as const, running: true };
    const state = loggedIn({ campaign });
    expect(state.campaign).toEqual(campaign);
    expect(state.campaign).not.toBe(campaign);
    expect(Object.isFrozen(campaign)).toBe(false);
  });

  const bad: [string, unknown, string][] = [
    ['null', null, 'input'],
    ['a string', 'predictive', 'input'],
    ['NaN at', { at: Number.NaN, campaign: { mode: 'predictive', running: true } }, 'at'],
    ['negative at', { at: -1, campaign: { mode: 'predictive', running: true } }, 'at'],
    ['infinite at', { at: Infinity, campaign: { mode: 'predictive', running: true } }, 'at'],
    ['missing campaign', { at: T0 }, 'campaign'],
    ['unknown mode', { at: T0, campaign: { mode: 'turbo', running: true } }, 'campaign.mode'],
    ['running as a string', { at: T0, campaign: { mode: 'predictive', running: 'yes' } }, 'campaign.running'],
    ['zero maxDelayMs', { at: T0, campaign: { mode: 'predictive', running: true }, maxDelayMs: 0 }, 'maxDelayMs'],
    ['NaN maxDelayMs', { at: T0, campaign: { mode: 'predictive', running: true }, maxDelayMs: Number.NaN }, 'maxDelayMs'],
    ['string authorizeAtDeadline', { at: T0, campaign: { mode: 'predictive', running: true }, authorizeAtDeadline: 'no' }, 'authorizeAtDeadline'],
    ['fractional interactions', { at: T0, campaign: { mode: 'predictive', running: true }, interactions: 1.5 }, 'interactions'],
    ['negative interactions', { at: T0, campaign: { mode: 'predictive', running: true }, interactions: -1 }, 'interactions'],
  ];
  it.each(bad)('refuses %s with invalid-input naming the field', (_name, input, field) => {
    const step = logout.machine.start(input as logout.LogoutInput);
    expect(step.ok).toBe(false);
    if (step.ok) return;
    expect(step.error.code).toBe('invalid-input');
    expect(step.error.path).toBe(field === 'input' ? '$' : `$.${field}`);
  });

  it('hands back no state on refusal', () => {
    const step = logout.machine.start({ at: Number.NaN, campaign: { mode: 'predictive', running: true } });
    expect(step.ok).toBe(false);
    expect('state' in step).toBe(false);
  });

  it('ignores an inherited __proto__ key in untrusted input', () => {
    const input = JSON.parse('{"__proto__": {"at": 5}, "campaign": {"mode": "predictive", "running": true}}') as logout.LogoutInput;
    const step = logout.machine.start(input);
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.error.path).toBe('$.at');
  });
});
