// Regressions for issue 14 (second pass): each hostile value the fuzzer found is refused with a code, never thrown.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const deep = (n: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < n; i += 1) v = [v];
  return v;
};

describe('outbound.campaigns on hostile events', () => {
  const m = outbound.campaigns.machine;
  const started = m.start({ at: 1, groups: ['Team A'] });
  if (!started.ok) throw new Error('start refused');
  const s = started.state;
  const loaded = (mode: unknown, campaign: unknown = 'Renewals') => m.transition(s, { type: 'campaign-loaded', at: 2, campaign, group: 'Team A', mode } as never);

  it('refuses a deeply nested mode with invalid-mode', () => {
    const step = loaded(deep(100_000));
    expect(step.ok).toBe(false);
    expect(step.state).toBe(s);
    if (!step.ok) expect(step.error).toMatchObject({ code: 'invalid-mode', path: '$.mode' });
  });

  it('refuses a bigint mode with invalid-mode', () => {
    const step = loaded(10n);
    if (step.ok) throw new Error('accepted');
    expect(step.error.code).toBe('invalid-mode');
    expect(step.error.message).toContain('a bigint');
  });

  it('refuses a warning id with a toString key with invalid-event, without calling it', () => {
    const id = { toString: () => { throw new Error('called'); } };
    const step = m.transition(s, { type: 'dismiss-warning', at: 2, id } as never);
    if (step.ok) throw new Error('accepted');
    expect(step.error).toMatchObject({ code: 'invalid-event', path: '$.id' });
  });

  it('refuses a campaign name that restore would refuse', () => {
    const step = loaded('progressive', 'x'.repeat(100_000));
    if (step.ok) throw new Error('accepted');
    expect(step.error).toMatchObject({ code: 'invalid-event', path: '$.campaign' });
    expect(step.error.message.length).toBeLessThan(200);
  });

  it('restores every state it accepts, at the longest names', () => {
    const step = loaded('progressive', 'x'.repeat(1_000));
    expect(step.ok).toBe(true);
    expect(m.restore(JSON.parse(JSON.stringify(step.state))).ok).toBe(true);
  });

  it('refuses groups that restore would refuse at start', () => {
    const r = m.start({ at: 1, groups: Array.from({ length: 1_001 }, (_, i) => `g${i}`) });
    if (r.ok) throw new Error('accepted');
    expect(r.error).toMatchObject({ code: 'invalid-input', path: '$.groups' });
  });

  it('describes an unknown event type by kind and size', () => {
    const step = m.transition(s, { type: 'y'.repeat(100_000), at: 2 } as never);
    if (step.ok) throw new Error('accepted');
    expect(step.error.code).toBe('unknown-event');
    expect(step.error.message.length).toBeLessThan(200);
  });
});
