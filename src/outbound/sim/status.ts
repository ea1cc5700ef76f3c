import { machine, type PacingEvent } from '../pacing/index.js';
import type { SimAgent, SimState } from './state.js';

/**
 * Feeds the pacer one host event. The simulator only sends events the pacer accepts (the scenario
 * parser guarantees finite, in-range, ascending instants), so a refusal is a bug in the simulator.
 */
export function feed(st: SimState, e: PacingEvent): void {
  const step = machine.transition(st.pacer, e);
  if (!step.ok) throw new Error(`simulator bug: the pacer refused ${e.type}: ${step.error.code} ${step.error.message}`);
  st.pacer = step.state;
}

function isBusy(status: SimAgent['status']): boolean {
  return status === 'talking' || status === 'wrap-up';
}

/** Moves an agent to a new status: headcounts, the ready queue, and the pacer's `agent` event. */
export function setStatus(st: SimState, a: SimAgent, status: SimAgent['status']): void {
  const wasBusy = isBusy(a.status);
  const nowBusy = isBusy(status);
  const wasAvailable = wasBusy || a.status === 'ready';
  const nowAvailable = nowBusy || status === 'ready';
  st.heads.busy += (nowBusy ? 1 : 0) - (wasBusy ? 1 : 0);
  st.heads.available += (nowAvailable ? 1 : 0) - (wasAvailable ? 1 : 0);
  if (status === 'out' && a.status !== 'out') st.heads.logged -= 1;
  if (a.status === 'ready' && status !== 'ready') st.ready.delete(a.index);
  a.status = status;
  feed(st, { type: 'agent', at: st.now, agentId: a.id, status: status === 'out' ? 'logged-out' : status });
}
