import { bench, describe } from 'vitest';
import { outbound, time } from '../src/index.js';

const { pacing, sim } = outbound;
const { SECOND, MINUTE } = time;

/** A predictive pacer in the middle of a busy 100-agent shift, with learnt statistics. */
function busyState(): outbound.pacing.PacingState {
  const first = pacing.machine.start({ at: 0, config: { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } } });
  if (!first.ok) throw new Error(first.error.message);
  let s = first.state;
  let at = 0;
  let call = 0;
  const feed = (e: outbound.pacing.PacingEvent): void => {
    const step = pacing.machine.transition(s, e);
    if (!step.ok) throw new Error(step.error.code);
    s = step.state;
  };
  for (let a = 0; a < 100; a++) feed({ type: 'agent', at, agentId: `a${a}`, status: 'ready' });
  // Learn from 600 attempts and 300 calls.
  for (let i = 0; i < 600; i++) {
    at += SECOND;
    const id = `c${call++}`;
    feed({ type: 'dialed', at, callId: id });
    if (i % 3 === 0) {
      feed({ type: 'answered', at: at + 5 * SECOND + (i % 11) * SECOND, callId: id });
      const agent = `a${i % 100}`;
      feed({ type: 'connected', at: at + 5 * SECOND + (i % 11) * SECOND, callId: id, agentId: agent });
      at += 5 * SECOND + (i % 11) * SECOND + MINUTE + (i % 7) * 40 * SECOND;
      feed({ type: 'agent', at, agentId: agent, status: 'ready' });
    } else feed({ type: 'no-contact', at: at + 20 * SECOND, callId: id, result: 'no-answer' });
    at += 20 * SECOND;
  }
  // Now: 85 talking (various ages), 5 in wrap-up, 10 ready, 150 calls ringing.
  for (let a = 0; a < 90; a++) {
    at += 2 * SECOND;
    const id = `c${call++}`;
    feed({ type: 'dialed', at, callId: id });
    feed({ type: 'answered', at, callId: id });
    feed({ type: 'connected', at, callId: id, agentId: `a${a}` });
    if (a >= 85) feed({ type: 'agent', at, agentId: `a${a}`, status: 'wrap-up' });
  }
  for (let i = 0; i < 150; i++) feed({ type: 'dialed', at: at + i * 100, callId: `c${call++}` });
  return s;
}

const state = busyState();
const now = state.lastAt + SECOND / 2;
const shift = { ...sim.defaultScenario(), agents: 100 };

describe('pacing', () => {
  bench('decide, predictive, 100 agents and 150 ringing calls', () => {
    pacing.decide(state, now);
  });
  bench('decide, progressive baseline', () => {
    pacing.decide({ ...state, config: { ...state.config, mode: 'progressive' } }, now);
  });
  bench(
    'sim.simulate: 100 agents, 8-hour shift, predictive',
    () => {
      sim.simulate(shift, { seed: 1 });
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
});
