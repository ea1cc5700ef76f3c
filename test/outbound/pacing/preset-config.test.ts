import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing, contactPolicy } = outbound;

function config(c: unknown): outbound.pacing.NormalizedConfig {
  const r = pacing.normalizeConfig(c);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const refused = (c: unknown): unknown => {
  const r = pacing.normalizeConfig(c);
  return r.ok ? null : { path: r.error.path, ...(r.error.details as object | undefined) };
};

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
  it('the default ring minimum is the us.ring-minimum row, cited as 47 CFR 64.1200(a)(6)', () => {
    const row = contactPolicy.presets.us.rules.find((r) => r.id === 'us.ring-minimum');
    expect(row?.kind === 'ring-minimum' && row.seconds).toBe(config({ mode: 'progressive' }).minRingSeconds);
    expect(row?.source.citation).toBe('47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii)');
    const r = contactPolicy.pacingRules(['us']);
    expect(r.ok && r.value.sources).toContain('47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii)');
  });
  it('options beside a preset may be stricter, never looser', () => {
    expect(config({ mode: 'progressive', preset: 'uk', compliance: { abandonRate: 0.02, window: '24h' } }).compliance.abandonRate).toBe(0.02);
    expect(config({ mode: 'progressive', preset: 'uk', minRingSeconds: 20 }).minRingSeconds).toBe(20);
    expect(refused({ mode: 'progressive', preset: 'uk', compliance: { abandonRate: 0.05, window: '24h' } })).toMatchObject({ path: '$.compliance' });
    expect(refused({ mode: 'progressive', preset: 'uk', compliance: { abandonRate: 0.03, window: '30d' } })).toMatchObject({ path: '$.compliance' });
    expect(refused({ mode: 'progressive', preset: 'uk', minRingSeconds: 10 })).toMatchObject({ path: '$.minRingSeconds' });
    expect(refused({ mode: 'progressive', preset: 'us', abandonAfterSeconds: 3 })).toMatchObject({ path: '$.abandonAfterSeconds' });
    expect(refused({ mode: 'progressive', preset: 'xx' })).toMatchObject({ path: '$.preset', cause: 'invalid-preset' });
    expect(refused({ mode: 'progressive', preset: ['us', 'uk'] })).toMatchObject({ path: '$.preset', cause: 'several-abandonment-rules' });
  });
  it('every decision carries the ring minimum of the configuration (issue 20)', () => {
    const decision = (c: outbound.pacing.PacingConfig): outbound.pacing.Decision => {
      const s = pacing.machine.start({ at: 0, config: c });
      if (!s.ok) throw new Error(s.error.message);
      const ready = pacing.machine.transition(s.state, { type: 'agent', at: 0, agentId: 'a', status: 'ready' });
      return pacing.decide(ready.state, 0);
    };
    expect(decision({ mode: 'progressive' })).toEqual({ place: 1, reason: 'progressive', minRingSeconds: 15 });
    expect(decision({ mode: 'progressive', preset: 'uk', minRingSeconds: 25 }).minRingSeconds).toBe(25);
    expect(decision({ mode: 'power', ratio: 2, minRingSeconds: 8 }).minRingSeconds).toBe(8);
    // Without a preset a shorter minimum is the campaign's choice; under the US rule it is refused.
    expect(refused({ mode: 'progressive', preset: 'us', minRingSeconds: 14.9 })).toMatchObject({ path: '$.minRingSeconds' });
  });
  it('contactPolicy.pacingRules names its sources', () => {
    const r = contactPolicy.pacingRules(['us-debt']);
    expect(r.ok && r.value.sources.join(' ')).toMatch(/64\.1200\(a\)\(7\)/);
    expect(r.ok && r.value.message).toBe('required');
  });
});

describe('AMD false positives in the ledger', () => {
  function run(preset: outbound.contactPolicy.PresetId): outbound.pacing.PacingState {
    let s = pacing.machine.start({ at: 0, config: { mode: 'progressive', preset } });
    const events: outbound.pacing.PacingEvent[] = [
      { type: 'agent', at: 0, agentId: 'a', status: 'ready' },
      { type: 'dialed', at: 1_000, callId: 'c1' },
      { type: 'no-contact', at: 5_000, callId: 'c1', result: 'answering-machine', amdFalsePositive: true },
      { type: 'dialed', at: 6_000, callId: 'c2' },
      { type: 'no-contact', at: 9_000, callId: 'c2', result: 'answering-machine' },
    ];
    for (const e of events) {
      if (!s.ok) throw new Error(s.error.message);
      s = pacing.machine.transition(s.state, e);
    }
    if (!s.ok) throw new Error(s.error.message);
    return s.state;
  }
  it('count as abandoned live answers under Ofcom, not under the FCC', () => {
    expect(pacing.windowCounts(run('uk').ledger, '24h', 10_000)).toEqual({ answers: 1, abandons: 1, rate: 1 });
    expect(pacing.windowCounts(run('us').ledger, '24h', 10_000)).toEqual({ answers: 0, abandons: 0, rate: 0 });
  });
  it('a flag that is not a boolean is refused', () => {
    const s = pacing.machine.start({ at: 0, config: { mode: 'progressive', preset: 'uk' } });
    if (!s.ok) throw new Error('start');
    const d = pacing.machine.transition(s.state, { type: 'dialed', at: 0, callId: 'c1' });
    if (!d.ok) throw new Error('dialed');
    const r = pacing.machine.transition(d.state, { type: 'no-contact', at: 1, callId: 'c1', result: 'busy', amdFalsePositive: 'yes' } as unknown as outbound.pacing.PacingEvent);
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-event');
  });
});
