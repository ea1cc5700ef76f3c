import { HOUR } from '../../time/index.js';
import type { PacingState } from '../pacing/index.js';
import { login } from './agents.js';
import { advance } from './clock.js';
import { handle } from './handlers.js';
import type { SimReport } from './report.js';
import type { Scenario } from './scenario.js';
import { createState } from './state.js';
import { buildReport } from './summary.js';

/**
 * Runs a validated scenario against a started pacer: the agents log in, staff changes and the first
 * tick are queued, and events run in time order until the end of the shift.
 */
export function simulate(s: Scenario, initial: PacingState, label: string, seed: number, sliceCount: number, onProgress?: (fraction: number) => void): SimReport {
  const st = createState(s, initial, seed, sliceCount);
  login(st, s.agents);
  for (const c of s.staffChanges) st.queue.push(st.t0 + c.atHours * HOUR, { k: 'staff', agents: c.agents });
  st.queue.push(st.t0, { k: 'tick' });
  for (;;) {
    const ev = st.queue.pop();
    if (ev === undefined || ev.at > st.end) break;
    advance(st, ev.at);
    st.now = ev.at;
    handle(st, ev.item, onProgress);
  }
  advance(st, st.end);
  st.now = st.end;
  onProgress?.(1);
  return buildReport(s, st.pacer, label, seed, {
    slices: st.slices,
    sliceMs: st.sliceMs,
    reasons: st.reasons,
    customerWaits: st.customerWaits,
    agentWaits: st.agentWaits,
    ...st.totals,
  });
}
