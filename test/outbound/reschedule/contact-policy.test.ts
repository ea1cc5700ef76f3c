import { describe, expect, it } from 'vitest';
import { apply, editing, input, NOW, r } from './helpers.js';

// The reschedule view refuses a callback time the contact policy forbids, naming the rule.
describe('reschedule under a contact policy', () => {
  const anyTime = [{ recordHandle: 101, chainN: 0, phone: '5550100', contactType: 'home-phone' as const, from: null, until: null }];
  const ready = (o = {}) => editing({ call: 'ended', chain: anyTime, contactZone: 'America/New_York', agentZone: 'America/New_York', ...o });
  const done = (o: object, date: string, time: string) =>
    r.machine.transition(apply(ready(o), { type: 'type-date', at: NOW, text: date }, { type: 'type-time', at: NOW, text: time }), { type: 'done', at: NOW });

  it('Florida: a 4th call within 24 hours is refused with the rule and its citation', () => {
    const history = [NOW - 3 * 3_600_000, NOW - 2 * 3_600_000, NOW - 3_600_000].map((at) => ({ at, outcome: 'no-answer' as const }));
    const policy = { contactPolicy: { presets: ['us-fl'], history } };
    const step = done(policy, '2026-11-24', '19:00');
    expect(step.ok).toBe(false);
    if (!step.ok) {
      expect(step.error.code).toBe('forbidden-by-contact-policy');
      expect(step.error.message).toMatch(/us-fl\.frequency \(Fla\. Stat\. 501\.616\(6\)\(b\)\)/);
      expect(step.error.details).toMatchObject({ field: 'time', zone: 'America/New_York', rules: [{ rule: 'us-fl.frequency' }] });
    }
    // The next day at 10:00 is more than 24 hours after the first of the three.
    expect(done(policy, '2026-11-25', '10:00').ok).toBe(true);
    // Without the policy the same time is accepted.
    expect(done({}, '2026-11-24', '19:00').ok).toBe(true);
  });

  it('a malformed policy is refused at start', () => {
    expect(r.machine.start(input({ contactPolicy: { presets: ['us'], history: [] } })).ok).toBe(true);
    const bad = r.machine.start(input({ contactPolicy: { presets: ['nowhere' as never], history: [] } }));
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'invalid-input', details: { field: 'contactPolicy' } });
    const later = r.machine.start(input({ contactPolicy: { presets: ['us'], history: [{ at: NOW + 1, outcome: 'busy' }] } }));
    expect(later.ok ? null : later.error).toMatchObject({ code: 'invalid-input', details: { field: 'contactPolicy' } });
  });
});
