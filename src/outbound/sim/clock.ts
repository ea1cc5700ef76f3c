import type { Slice } from './summary.js';
import type { SimState } from './state.js';

/** The timeline slice that holds instant `t`. */
export function sliceAt(st: SimState, t: number): Slice | undefined {
  return st.slices[Math.min(st.slices.length - 1, Math.floor((t - st.t0) / st.sliceMs))];
}

/** Counts busy and logged-in agent time from where it was counted up to `t` (not past the shift). */
export function advance(st: SimState, t: number): void {
  const last = st.slices.length - 1;
  while (st.countedTo < t) {
    const i = Math.min(last, Math.floor((st.countedTo - st.t0) / st.sliceMs));
    const sliceEnd = i === last ? st.end : st.t0 + (i + 1) * st.sliceMs;
    const upTo = t < sliceEnd ? t : sliceEnd;
    const dt = upTo - st.countedTo;
    const sl = st.slices[i];
    if (sl !== undefined) {
      sl.busy += dt * st.heads.busy;
      sl.logged += dt * st.heads.logged;
    }
    st.totals.busyMs += dt * st.heads.busy;
    st.totals.loggedMs += dt * st.heads.logged;
    st.countedTo = upTo;
    if (upTo >= st.end) break;
  }
}
