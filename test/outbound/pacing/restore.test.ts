/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- the spoilers edit raw saved JSON */
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import { isDeeplyFrozen } from '../../../src/testing/json.js';

const { pacing } = outbound;

/** A pacer with agents, a ringing call, a waiting call and ledger entries, as saved JSON. */
function saved(): Record<string, unknown> {
  const started = pacing.machine.start({ at: 0, config: { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } } });
  if (!started.ok) throw new Error(started.error.message);
  let s = started.state;
  const events: outbound.pacing.PacingEvent[] = [
    { type: 'agent', at: 0, agentId: 'a1', status: 'ready' },
    { type: 'agent', at: 0, agentId: 'a2', status: 'ready' },
    { type: 'dialed', at: 1_000, callId: 'c1' },
    { type: 'dialed', at: 1_000, callId: 'c2' },
    { type: 'answered', at: 5_000, callId: 'c1' },
    { type: 'dialed', at: 90_000, callId: 'c3' },
    { type: 'answered', at: 95_000, callId: 'c3' },
  ];
  for (const e of events) {
    const step = pacing.machine.transition(s, e);
    if (!step.ok) throw new Error(step.error.code);
    s = step.state;
  }
  return JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
}

describe('outbound.pacing.machine.restore', () => {
  it('gives back an equal, deeply frozen copy and never freezes what it was given', () => {
    const json = saved();
    const r = pacing.machine.restore(json);
    expect(r.ok && r.value).toEqual(json);
    expect(r.ok && isDeeplyFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(json) || Object.isFrozen(json.config) || Object.isFrozen(json.ledger)).toBe(false);
  });

  it('states it did not make go through restore: frozen at the top only, the next state is still deeply frozen', () => {
    const json = saved();
    Object.freeze(json); // frozen at the top, its parts not
    const step = pacing.machine.transition(json as unknown as outbound.pacing.PacingState, { type: 'agent', at: 100_000, agentId: 'a3', status: 'ready' });
    expect(step.ok).toBe(true);
    expect(isDeeplyFrozen(step.state)).toBe(true);
    expect(Object.isFrozen(json.config) || Object.isFrozen(json.agents) || Object.isFrozen(json.stats)).toBe(false);
    // A frozen object that is no pacer state is refused, not trusted.
    const fake = Object.freeze({ version: 1, lastAt: 0 }) as unknown as outbound.pacing.PacingState;
    const refused = pacing.machine.transition(fake, { type: 'tick', at: 1 });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('invalid-state');
    expect(refused.state).toBe(fake);
  });

  it('refuses a state whose parts do not agree, with the JSON path of the part', () => {
    const cases: [string, (s: Record<string, any>) => void, string][] = [
      ['a count out of step with the agents', (s) => (s.ready = 5), '$.agents'],
      ['a ringing count out of step', (s) => (s.ringingCount = 0), '$.ringingCount'],
      ['an id in the wrong shard', (s) => {
        const from = (s.agents as { ids: string[]; values: unknown[] }[]).find((t) => t.ids.length > 0)!;
        const to = (s.agents as { ids: string[] }[]).find((t) => t !== from)! as { ids: string[]; values: unknown[] };
        to.ids.push(from.ids.pop()!);
        to.values.push(from.values.pop());
      }, '$.agents'],
      ['a call both ringing and waiting', (s) => {
        const t = (s.waiting as { ids: string[]; values: number[] }[]).find((x) => x.ids.length > 0)!;
        const r = (s.ringing as { ids: string[]; values: number[] }[]).find((x) => x.ids.length > 0)!;
        t.ids[0] = r.ids[0]!;
      }, '$.waiting'],
      ['a histogram of the wrong size', (s) => (s.stats.talk = [0]), '$.stats.talk'],
      ['a histogram that decreases', (s) => (s.stats.answerDelay[63] = 0), '$.stats.answerDelay'],
      ['a ledger out of order', (s) => (s.ledger.openMinute = 0), '$.ledger'],
      ['a call dialed after lastAt', (s) => (s.lastAt = 0), '$.ringing'],
      ['a ratio above the line cap', (s) => (s.config.maxLinesPerAgent = 0.5), '$.config.maxLinesPerAgent'],
      ['a target in progressive mode', (s) => (s.config.mode = 'progressive'), '$.config'],
      ['an instant out of range', (s) => (s.lastAt = 1e300), '$.lastAt'],
      ['a gain that is not a number', (s) => (s.control.gain = 'high'), '$.control.gain'],
    ];
    for (const [name, spoil, path] of cases) {
      const json = saved();
      spoil(json);
      const r = pacing.machine.restore(json);
      expect(r.ok ? 'restored' : [r.error.code, r.error.path], name).toEqual(['invalid-state', path]);
      expect(r.ok ? '' : r.error.message, name).not.toMatch(/high/);
    }
  });
});
