import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import * as testing from '../../../src/testing/index.js';
import * as arbitraries from '../../../src/testing/arbitraries/index.js';

const { pacing } = outbound;

/** A random host: agents change status, calls are dialed and resolved, time moves on. */
const actions = fc.array(
  fc.record({
    kind: fc.constantFrom('agent', 'dial', 'answer', 'fail', 'connect', 'abandon', 'tick'),
    who: fc.nat(5),
    status: fc.constantFrom('ready', 'talking', 'wrap-up', 'not-ready', 'logged-out'),
    dt: fc.nat(20_000),
  }),
  { maxLength: 120 },
);

const configs: outbound.pacing.PacingConfig[] = [
  { mode: 'progressive' },
  { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } },
  { mode: 'adaptive' },
];

describe('pacer invariants', () => {
  it('progressive never places more than ready agents minus calls in progress; nobody logged in means no calls; the headroom is exactly the abandons the rule can still take', () => {
    fc.assert(
      fc.property(actions, fc.constantFrom(...configs), (list, config) => {
        const first = pacing.machine.start({ at: 0, config: config });
        if (!first.ok) return false;
        let s = first.state;
        let at = 0;
        let n = 0;
        const ringing: string[] = [];
        const waiting: string[] = [];
        let answers = 0;
        let abandons = 0;
        for (const a of list) {
          at += a.dt;
          let e: outbound.pacing.PacingEvent | undefined;
          switch (a.kind) {
            case 'agent':
              e = { type: 'agent', at, agentId: `a${a.who}`, status: a.status };
              break;
            case 'dial':
              e = { type: 'dialed', at, callId: `c${n++}` };
              ringing.push(e.callId);
              break;
            case 'answer':
            case 'fail': {
              const id = ringing.shift();
              if (id !== undefined) {
                e = a.kind === 'answer' ? { type: 'answered', at, callId: id } : { type: 'no-contact', at, callId: id, result: 'busy' };
                if (a.kind === 'answer') waiting.push(id);
              }
              break;
            }
            case 'connect':
            case 'abandon': {
              const id = waiting.shift();
              if (id !== undefined) e = a.kind === 'abandon' ? { type: 'abandoned', at, callId: id } : { type: 'connected', at, callId: id, agentId: `a${a.who}` };
              break;
            }
            default:
              e = { type: 'tick', at };
          }
          if (e === undefined) continue;
          const step = pacing.machine.transition(s, e);
          if (!step.ok && e.type === 'connected') {
            // Unknown agent: the host abandons the call instead.
            s = pacing.machine.transition(s, { type: 'abandoned', at, callId: e.callId }).state;
            abandons += 1;
          } else {
            s = step.state;
            if (step.ok && e.type === 'answered') answers += 1;
            if (step.ok && e.type === 'abandoned') abandons += 1;
          }
          const d = pacing.decide(s, at);
          expect(Number.isInteger(d.place) && d.place >= 0).toBe(true);
          if (s.ready + s.talking + s.wrapUp === 0) expect(d.place).toBe(0);
          if (s.config.mode === 'progressive') expect(d.place).toBeLessThanOrEqual(Math.max(0, s.ready - s.ringingCount - s.waitingCount));
          if (s.config.mode === 'predictive') expect(d.place).toBeGreaterThanOrEqual(pacing.progressiveCalls(s) > pacing.lineCap(s) ? pacing.lineCap(s) : pacing.progressiveCalls(s));
          // The whole run fits in the 30-day window: the ledger counts every answer and abandon of the model.
          expect(pacing.abandonment(s, at)).toMatchObject({ answers, abandons, window: '30d' });
          // The headroom h is the largest number of further abandons (each also a live answer) within 3%:
          // h more still comply (when the window complies now), h + 1 more do not.
          const h = pacing.headroom(s.ledger, pacing.abandonRules.fcc, at);
          const rate = pacing.abandonRules.fcc.abandonRate;
          if (abandons <= rate * answers) expect(abandons + h).toBeLessThanOrEqual(rate * (answers + h) + 1e-9);
          expect(abandons + h + 1).toBeGreaterThan(rate * (answers + h + 1) - 1e-9);
          const agents = pacing.agents(s, at);
          expect([agents.ready.length, agents.talking.length, agents.wrapUp.length, agents.notReady.length]).toEqual([s.ready, s.talking, s.wrapUp, s.notReady]);
          const calls = pacing.calls(s, at);
          expect(calls.ringing.map((c) => c.callId).sort()).toEqual([...ringing].sort());
          expect(calls.waiting.map((c) => c.callId).sort()).toEqual([...waiting].sort());
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('on any accepted sequence, in every mode: the counts match the tables, decisions are whole, bounded and survive a JSON round trip', () => {
    fc.assert(
      fc.property(arbitraries.pacingSequence(), ({ input, events }) => {
        const story = testing.run(pacing.machine, input, events);
        expect(story.refusals).toEqual([]);
        for (const { state: s } of story.steps) {
          const agents = pacing.agents(s, s.lastAt);
          expect([agents.ready.length, agents.talking.length, agents.wrapUp.length, agents.notReady.length]).toEqual([s.ready, s.talking, s.wrapUp, s.notReady]);
          const calls = pacing.calls(s, s.lastAt);
          expect([calls.ringing.length, calls.waiting.length]).toEqual([s.ringingCount, s.waitingCount]);
          for (const c of calls.ringing) expect(c.ringsUntil - c.dialedAt).toBe(s.config.minRingSeconds * 1000);
          const d = pacing.decide(s, s.lastAt);
          expect(Number.isInteger(d.place) && d.place >= 0).toBe(true);
          expect(d.place).toBeLessThanOrEqual(Math.max(pacing.lineCap(s), pacing.progressiveCalls(s)));
          if (s.ready + s.talking + s.wrapUp === 0) expect(d).toEqual({ place: 0, reason: 'no-agents', minRingSeconds: s.config.minRingSeconds });
          const restored = pacing.machine.restore(JSON.parse(JSON.stringify(s)));
          expect(restored.ok && pacing.decide(restored.value, s.lastAt)).toEqual(d);
        }
      }),
      { numRuns: 100 },
    );
  });
});
