import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const { pacing, contactPolicy } = outbound;

function config(c: unknown): outbound.pacing.NormalizedConfig {
  const r = pacing.normalizeConfig(c);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the pacer takes its limits from a contact-policy preset', () => {
  it('rate, window, seconds to abandon, ring minimum and AMD false positives', () => {
    expect(config({ mode: 'progressive', preset: 'uk' })).toMatchObject({
      compliance: { abandonRate: 0.03, window: '24h' },
      abandonAfterSeconds: 2,
      minRingSeconds: 15,
      amdFalsePositives: 'abandoned',
    });
    expect(config({ mode: 'progressive', preset: ['us-fl'] })).toMatchObject({ compliance: { abandonRate: 0.03, window: '30d' }, minRingSeconds: 15, amdFalsePositives: 'not-counted' });
    expect(config({ mode: 'progressive', preset: 'ca' })).toMatchObject({ compliance: { abandonRate: 0.05, window: '30d' } });
    // France has no abandonment row: the default limit stays.
    expect(config({ mode: 'progressive', preset: 'fr' }).compliance).toEqual({ abandonRate: 0.03, window: '30d' });
    expect(config({ mode: 'progressive' })).toMatchObject({ minRingSeconds: 15, amdFalsePositives: 'not-counted' });
  });
  it('options beside a preset may be stricter, never looser', () => {
    expect(config({ mode: 'progressive', preset: 'uk', compliance: { abandonRate: 0.02, window: '24h' } }).compliance.abandonRate).toBe(0.02);
    expect(config({ mode: 'progressive', preset: 'uk', minRingSeconds: 20 }).minRingSeconds).toBe(20);
    const refused = (c: unknown): unknown => {
      const r = pacing.normalizeConfig(c);
      return r.ok ? null : r.error.details;
    };
    expect(refused({ mode: 'progressive', preset: 'uk', compliance: { abandonRate: 0.05, window: '24h' } })).toMatchObject({ path: 'config.compliance' });
    expect(refused({ mode: 'progressive', preset: 'uk', compliance: { abandonRate: 0.03, window: '30d' } })).toMatchObject({ path: 'config.compliance' });
    expect(refused({ mode: 'progressive', preset: 'uk', minRingSeconds: 10 })).toMatchObject({ path: 'config.minRingSeconds' });
    expect(refused({ mode: 'progressive', preset: 'us', abandonAfterSeconds: 3 })).toMatchObject({ path: 'config.abandonAfterSeconds' });
    expect(refused({ mode: 'progressive', preset: 'xx' })).toMatchObject({ path: 'config.preset', cause: 'invalid-preset' });
    expect(refused({ mode: 'progressive', preset: ['us', 'uk'] })).toMatchObject({ path: 'config.preset', cause: 'several-abandonment-rules' });
  });
  it('contactPolicy.pacingRules names its sources', () => {
    const r = contactPolicy.pacingRules(['us-debt']);
    expect(r.ok && r.value.sources.join(' ')).toMatch(/64\.1200\(a\)\(7\)/);
    expect(r.ok && r.value.message).toBe('required');
  });
});

describe('AMD false positives in the ledger', () => {
  function run(preset: string): outbound.pacing.PacingState {
    let s = pacing.start({ mode: 'progressive', preset }, 0);
    const events: outbound.pacing.PacingEvent[] = [
      { type: 'agent', at: 0, agentId: 'a', status: 'ready' },
      { type: 'dialed', at: 1_000, callId: 'c1' },
      { type: 'no-contact', at: 5_000, callId: 'c1', result: 'answering-machine', amdFalsePositive: true },
      { type: 'dialed', at: 6_000, callId: 'c2' },
      { type: 'no-contact', at: 9_000, callId: 'c2', result: 'answering-machine' },
    ];
    for (const e of events) {
      if (!s.ok) throw new Error(s.error.message);
      s = pacing.transition(s.state, e);
    }
    if (!s.ok) throw new Error(s.error.message);
    return s.state;
  }
  it('count as abandoned live answers under Ofcom, not under the FCC', () => {
    expect(pacing.windowCounts(run('uk').ledger, '24h', 10_000)).toEqual({ answers: 1, abandons: 1, rate: 1 });
    expect(pacing.windowCounts(run('us').ledger, '24h', 10_000)).toEqual({ answers: 0, abandons: 0, rate: 0 });
  });
  it('a flag that is not a boolean is refused', () => {
    const s = pacing.start({ mode: 'progressive', preset: 'uk' }, 0);
    if (!s.ok) throw new Error('start');
    const d = pacing.transition(s.state, { type: 'dialed', at: 0, callId: 'c1' });
    if (!d.ok) throw new Error('dialed');
    const r = pacing.transition(d.state, { type: 'no-contact', at: 1, callId: 'c1', result: 'busy', amdFalsePositive: 'yes' } as unknown as outbound.pacing.PacingEvent);
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-event');
  });
});
