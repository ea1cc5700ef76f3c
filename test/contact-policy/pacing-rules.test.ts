// contactPolicy.pacingRules from its documented contract (issue 22): a campaign is paced under one
// abandonment limit (rate, window and what AMD false positives count as must agree, or the presets are
// refused at `$.presets`); the shortest abandon delay and the longest ring minimum apply; the message is
// required when any row requires it; presets without abandonment rows leave the pacer unconstrained.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const { contactPolicy } = outbound;
const source = (citation: string) => ({ citation, url: '', confirmed: false, note: '' });
const custom = (rules: readonly object[]): unknown => ({ id: 'house', name: '', includes: [], rules: rules.map((r, i) => ({ id: `house.${i}`, source: source(`house ${i}`), ...r })) });
const same = { kind: 'abandonment', rate: 0.03, window: '30d', amdFalsePositives: 'not-counted' };

describe('contactPolicy.pacingRules', () => {
  it('presets without abandonment or ring rows leave the pacer unconstrained', () => {
    const r = contactPolicy.pacingRules(['fr']);
    expect(r.ok && r.value).toEqual({ compliance: null, amdFalsePositives: 'not-counted', abandonAfterSeconds: 2, minRingSeconds: null, message: 'not-required', sources: [] });
  });

  it('agreeing limits combine: the shortest abandon delay, the longest ring, a message if any row requires it', () => {
    const house = custom([{ ...same, abandonAfterSeconds: 1.5, message: 'not-required' }, { kind: 'ring-minimum', seconds: 20 }, { kind: 'ring-minimum', seconds: 10 }]);
    const r = contactPolicy.pacingRules(['us', house]);
    expect(r.ok && r.value).toMatchObject({ compliance: { abandonRate: 0.03, window: '30d' }, amdFalsePositives: 'not-counted', abandonAfterSeconds: 1.5, minRingSeconds: 20, message: 'required' });
    expect(r.ok && r.value.sources).toEqual(expect.arrayContaining(['house 0', 'house 1', 'house 2']));
    const alone = contactPolicy.pacingRules([custom([{ ...same, message: 'not-required' }])]);
    expect(alone.ok && alone.value).toMatchObject({ abandonAfterSeconds: 2, minRingSeconds: null, message: 'not-required', sources: ['house 0'] });
  });

  it('the UK counts AMD false positives as abandoned, over 24 hours', () => {
    const r = contactPolicy.pacingRules(['uk']);
    expect(r.ok && r.value).toMatchObject({ compliance: { abandonRate: 0.03, window: '24h' }, amdFalsePositives: 'abandoned', minRingSeconds: 15 });
  });

  it('refuses limits that differ in rate, window or AMD counting, at $.presets', () => {
    const refusal = (presets: unknown): unknown => {
      const r = contactPolicy.pacingRules(presets);
      return r.ok ? 'accepted' : { code: r.error.code, details: r.error.details };
    };
    const several = { code: 'several-abandonment-rules', details: { path: '$.presets' } };
    expect(refusal(['us', 'ca'])).toEqual(several);
    expect(refusal(['us', custom([{ ...same, window: '24h' }])])).toEqual(several);
    expect(refusal(['us', custom([{ ...same, amdFalsePositives: 'abandoned' }])])).toEqual(several);
    expect(refusal(['us', custom([{ ...same, rate: 0.05 }])])).toEqual(several);
    expect(refusal(['us', custom([same])])).toBe('accepted');
  });
});
