// The server's delay can move the deadline earlier, never later (DESIGN: negotiated logout). A delay that
// lands exactly on the current deadline moves nothing: who set the deadline stays, and no second wake.
import { describe, expect, it } from 'vitest';
import { SECOND, T0, accepted, loggedIn, play, request, delay } from './fixtures.js';

describe('a server delay landing exactly on the current deadline', () => {
  it('keeps the configured deadline and who set it, and arms no second wake', () => {
    const { state } = play(loggedIn(), request(T0));
    const deadline = state.request?.deadline ?? Number.NaN;
    const setBy = state.request?.deadlineSetBy;
    expect(setBy).toBe('configuration');
    const at = T0 + 2 * SECOND;
    const step = accepted(state, delay(at, (deadline - at) / 1000));
    expect(step.state.request).toMatchObject({ deadline, deadlineSetBy: setBy });
    expect(step.effects).toEqual([]);
    expect(step.state.lastAt).toBe(at);
  });

  it('keeps a server-set deadline when a second delay repeats it', () => {
    const { state } = play(loggedIn(), request(T0), delay(T0 + SECOND, 10));
    const step = accepted(state, delay(T0 + 3 * SECOND, 8));
    expect(step.state.request).toMatchObject({ deadline: T0 + 11 * SECOND, deadlineSetBy: 'server' });
    expect(step.effects).toEqual([]);
  });

  it('one millisecond earlier does move it, and arms a wake there', () => {
    const { state } = play(loggedIn(), request(T0), delay(T0 + SECOND, 10));
    const step = accepted(state, delay(T0 + 3 * SECOND, 7.999));
    expect(step.state.request).toMatchObject({ deadline: T0 + 11 * SECOND - 1, deadlineSetBy: 'server' });
    expect(step.effects).toEqual([{ type: 'wake', at: T0 + 11 * SECOND - 1 }]);
  });
});
