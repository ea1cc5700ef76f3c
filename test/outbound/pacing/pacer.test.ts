import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
type State = outbound.pacing.PacingState;

function started(config: outbound.pacing.PacingConfig, at = 0): State {
  const s = pacing.machine.start({ at: at, config: config });
  if (!s.ok) throw new Error(s.error.message);
  return s.state;
}

function apply(state: State, ...events: outbound.pacing.PacingEvent[]): State {
  let s = state;
  for (const e of events) {
    const step = pacing.machine.transition(s, e);
    if (!step.ok) throw new Error(`${e.type}: ${step.error.code}`);
    s = step.state;
  }
  return s;
}

describe('pacer machine', () => {
  it('refuses bad configurations with the field path', () => {
    const cases: [unknown, string][] = [
      [{ mode: 'turbo' }, '$.config.mode'],
      [{ mode: 'power' }, '$.config.ratio'],
      [{ mode: 'power', ratio: 4 }, '$.config.ratio'],
      [{ mode: 'predictive' }, '$.config.target'],
      [{ mode: 'predictive', target: { abandonRate: 0.3 } }, '$.config.target.window'],
      [{ mode: 'predictive', target: { abandonRate: 2, window: '24h' } }, '$.config.target.abandonRate'],
      [{ mode: 'predictive', target: { busyFactor: 1.2 } }, '$.config.target.busyFactor'],
      [{ mode: 'progressive', maxLinesPerAgent: 0 }, '$.config.maxLinesPerAgent'],
      [{ mode: 'progressive', abandonAfterSeconds: -1 }, '$.config.abandonAfterSeconds'],
      [{ mode: 'adaptive', onDrop: 'panic' }, '$.config.onDrop'],
      ['progressive', '$.config'],
    ];
    for (const [config, path] of cases) {
      const s = pacing.machine.start({ at: 0, config: config as outbound.pacing.PacingConfig });
      expect(s).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-config', path }) as unknown });
    }
    const refused = (input: unknown): unknown => {
      const s = pacing.machine.start(input as outbound.pacing.PacingInput);
      return s.ok ? 'started' : [s.error.code, s.error.path, 'state' in s];
    };
    expect(refused({ at: -5, config: { mode: 'progressive' } })).toEqual(['invalid-instant', '$.at', false]);
    expect(refused({ at: 1e300, config: { mode: 'progressive' } })).toEqual(['invalid-instant', '$.at', false]);
    expect(refused(null)).toEqual(['invalid-input', '$', false]);
    expect(refused([])).toEqual(['invalid-input', '$', false]);
  });

  it('codes: the runtime list is the code union, and every code in it is one the machine gives', () => {
    expect(pacing.machine.id).toBe('outbound.pacing');
    expect(pacing.machine.codes).toEqual(pacing.pacingCodes);
    const s = apply(started({ mode: 'progressive' }, 10), { type: 'agent', at: 10, agentId: 'a1', status: 'ready' }, { type: 'dialed', at: 10, callId: 'c1' });
    const code = (r: { readonly ok: boolean; readonly error?: { readonly code: string } }): string => (r.ok ? 'accepted' : (r.error?.code ?? ''));
    const given = new Set([
      code(pacing.machine.start(null as unknown as outbound.pacing.PacingInput)),
      code(pacing.machine.start({ at: -1, config: { mode: 'progressive' } })),
      code(pacing.machine.start({ at: 0, config: { mode: 'turbo' } as unknown as outbound.pacing.PacingConfig })),
      code(pacing.machine.transition(s, { type: 'dialed', at: 11, callId: 5 } as unknown as outbound.pacing.PacingEvent)),
      code(pacing.machine.transition(s, { type: 'nope', at: 11 } as unknown as outbound.pacing.PacingEvent)),
      code(pacing.machine.transition(s, { type: 'tick', at: 9 })),
      code(pacing.machine.transition(s, { type: 'agent', at: 11, agentId: 'zz', status: 'logged-out' })),
      code(pacing.machine.transition(s, { type: 'abandoned', at: 11, callId: 'c1' })),
      code(pacing.machine.transition(s, { type: 'dialed', at: 11, callId: 'c1' })),
      code(pacing.machine.restore(null)),
    ]);
    expect([...given].sort()).toEqual([...pacing.pacingCodes].sort());
  });

  it('never carries an untrusted value in a refusal', () => {
    const secret = 'x'.repeat(150) + '<script>';
    const hostile = { toString: () => secret };
    const s = apply(started({ mode: 'progressive' }), { type: 'agent', at: 0, agentId: 'a1', status: 'ready' });
    const refusals = [
      pacing.machine.start({ at: 0, config: { mode: hostile } as unknown as outbound.pacing.PacingConfig }),
      pacing.machine.start({ at: 0, config: { mode: 'power', ratio: secret } as unknown as outbound.pacing.PacingConfig }),
      pacing.machine.start({ at: 0, config: { mode: 'progressive', preset: secret } as unknown as outbound.pacing.PacingConfig }),
      pacing.machine.transition(s, { type: 'agent', at: 1, agentId: 'a1', status: secret } as unknown as outbound.pacing.PacingEvent),
      pacing.machine.transition(s, { type: 'agent', at: 1, agentId: secret + secret, status: 'ready' }),
      pacing.machine.transition(s, { type: secret, at: 1 } as unknown as outbound.pacing.PacingEvent),
      pacing.machine.transition(s, { type: 'answered', at: 1, callId: secret }),
      pacing.machine.transition(s, { type: 'agent', at: 1, agentId: secret, status: 'logged-out' }),
      pacing.machine.transition(s, { type: 'no-contact', at: 1, callId: 'c', result: hostile } as unknown as outbound.pacing.PacingEvent),
    ];
    for (const r of refusals) {
      expect(r.ok).toBe(false);
      const text = JSON.stringify(r.ok ? null : r.error);
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('xxxxxxxxxx');
    }
  });

  it('places nothing with no agents, whatever the mode', () => {
    for (const config of [
      { mode: 'progressive' },
      { mode: 'power', ratio: 3 },
      { mode: 'adaptive' },
      { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } },
    ] as const) {
      let s = started(config);
      expect(pacing.decide(s, 0)).toEqual({ place: 0, reason: 'no-agents', minRingSeconds: 15 });
      s = apply(s, { type: 'agent', at: 1, agentId: 'a', status: 'not-ready' });
      expect(pacing.decide(s, 1).place).toBe(0);
      s = apply(s, { type: 'agent', at: 2, agentId: 'a', status: 'ready' }, { type: 'agent', at: 3, agentId: 'a', status: 'logged-out' });
      expect(pacing.decide(s, 3)).toEqual({ place: 0, reason: 'no-agents', minRingSeconds: 15 });
    }
  });

  it('tracks a call through answer, connect, talk and wrap-up', () => {
    let s = started({ mode: 'progressive' });
    s = apply(s, { type: 'agent', at: 0, agentId: 'a1', status: 'ready' }, { type: 'agent', at: 0, agentId: 'a2', status: 'ready' });
    expect(pacing.decide(s, 0)).toEqual({ place: 2, reason: 'progressive', minRingSeconds: 15 });
    s = apply(s, { type: 'dialed', at: 100, callId: 'c1' }, { type: 'dialed', at: 100, callId: 'c2' });
    expect(pacing.decide(s, 100).place).toBe(0);
    s = apply(s, { type: 'answered', at: 8_100, callId: 'c1' }, { type: 'no-contact', at: 20_100, callId: 'c2', result: 'no-answer' });
    expect(s.waitingCount).toBe(1);
    expect(pacing.decide(s, 20_100).place).toBe(1);
    s = apply(s, { type: 'connected', at: 20_200, callId: 'c1', agentId: 'a1' }, { type: 'agent', at: 20_200, agentId: 'a1', status: 'talking' });
    expect([s.ready, s.talking, s.waitingCount, s.ringingCount]).toEqual([1, 1, 0, 0]);
    s = apply(s, { type: 'agent', at: 200_200, agentId: 'a1', status: 'wrap-up' }, { type: 'agent', at: 210_200, agentId: 'a1', status: 'ready' });
    expect(s.stats.talkSamples).toBe(1);
    expect(s.stats.talkMean).toBe(180);
    expect(s.stats.wrapMean).toBe(10);
    expect(s.totals).toEqual({ dialed: 2, answered: 1, noContact: 1, connected: 1, abandoned: 0 });
    expect(pacing.windowCounts(s.ledger, '30d', 210_200).answers).toBe(1);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(pacing.agents(s, 210_200)).toEqual({
      ready: [{ agentId: 'a2', since: 0, seconds: 210.2 }, { agentId: 'a1', since: 210_200, seconds: 0 }],
      talking: [],
      wrapUp: [],
      notReady: [],
    });
  });

  it('refuses calls in the wrong phase with the same state', () => {
    const s = apply(started({ mode: 'progressive' }), { type: 'agent', at: 0, agentId: 'a1', status: 'ready' }, { type: 'dialed', at: 0, callId: 'c1' });
    const cases: [outbound.pacing.PacingEvent, string][] = [
      [{ type: 'dialed', at: 1, callId: 'c1' }, 'duplicate-call'],
      [{ type: 'answered', at: 1, callId: 'zz' }, 'unknown-call'],
      [{ type: 'connected', at: 1, callId: 'c1', agentId: 'a1' }, 'unknown-call'],
      [{ type: 'abandoned', at: 1, callId: 'c1' }, 'unknown-call'],
      [{ type: 'agent', at: 1, agentId: 'zz', status: 'logged-out' }, 'unknown-agent'],
      [{ type: 'agent', at: 1, agentId: 'a1', status: 'dancing' as 'ready' }, 'invalid-event'],
      [{ type: 'tick', at: -1 }, 'invalid-instant'],
      [{ type: 'nope', at: 1 } as unknown as outbound.pacing.PacingEvent, 'unknown-event'],
    ];
    for (const [e, code] of cases) {
      const step = pacing.machine.transition(s, e);
      expect(step.ok).toBe(false);
      expect(step.state).toBe(s);
      if (!step.ok) expect(step.error.code).toBe(code);
    }
    const answered = apply(s, { type: 'answered', at: 5, callId: 'c1' });
    const bad = pacing.machine.transition(answered, { type: 'connected', at: 6, callId: 'c1', agentId: 'ghost' });
    expect(bad.ok ? '' : bad.error.code).toBe('unknown-agent');
  });

  it('records abandons in the ledger', () => {
    let s = apply(started({ mode: 'progressive' }), { type: 'agent', at: 0, agentId: 'a1', status: 'ready' });
    s = apply(s, { type: 'dialed', at: 0, callId: 'c1' }, { type: 'answered', at: 5_000, callId: 'c1' }, { type: 'abandoned', at: 7_000, callId: 'c1' });
    expect(pacing.windowCounts(s.ledger, '24h', 7_000)).toEqual({ answers: 1, abandons: 1, rate: 1 });
    expect(s.totals.abandoned).toBe(1);
  });

  it('power and adaptive start from their baselines', () => {
    let power = started({ mode: 'power', ratio: 2 });
    power = apply(power, { type: 'agent', at: 0, agentId: 'a', status: 'ready' }, { type: 'agent', at: 0, agentId: 'b', status: 'talking' });
    expect(pacing.decide(power, 0)).toEqual({ place: 3, reason: 'power', minRingSeconds: 15 });
    let adaptive = started({ mode: 'adaptive' });
    adaptive = apply(adaptive, { type: 'agent', at: 0, agentId: 'a', status: 'ready' }, { type: 'agent', at: 0, agentId: 'b', status: 'ready' });
    expect(pacing.decide(adaptive, 0)).toEqual({ place: 2, reason: 'adaptive', minRingSeconds: 15 });
    adaptive = apply(adaptive, { type: 'tick', at: 15_000 });
    expect(adaptive.control.dialLevel).toBe(2);
    expect(pacing.decide(adaptive, 15_000)).toEqual({ place: 4, reason: 'adaptive', minRingSeconds: 15 });
    adaptive = apply(adaptive, { type: 'tick', at: 30_000 }, { type: 'tick', at: 45_000 });
    expect(adaptive.control.dialLevel).toBe(3);
    expect(pacing.decide(adaptive, 45_000)).toEqual({ place: 6, reason: 'adaptive', minRingSeconds: 15 });
  });

  it('adaptive halves its level when over the drop target', () => {
    let s = started({ mode: 'adaptive' });
    s = apply(s, { type: 'agent', at: 0, agentId: 'a', status: 'ready' }, { type: 'tick', at: 15_000 }, { type: 'tick', at: 30_000 });
    expect(s.control.dialLevel).toBe(3);
    s = apply(s, { type: 'dialed', at: 30_000, callId: 'c' }, { type: 'answered', at: 31_000, callId: 'c' }, { type: 'abandoned', at: 33_000, callId: 'c' });
    s = apply(s, { type: 'tick', at: 45_000 });
    expect(s.control.dialLevel).toBe(2);
    s = apply(s, { type: 'tick', at: 60_000 });
    expect(s.control.dialLevel).toBe(1.5);
  });
});
