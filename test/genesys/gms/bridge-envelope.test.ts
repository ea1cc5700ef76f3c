import { describe, expect, it } from 'vitest';
import { core, genesys } from '../../../src/index.js';

// Regression (found when `checkMachineLaws` first ran over `arbitraries.gmsBridgeSequence`): the GMS
// bridge refused an `at` outside the supported range, and an event earlier than the last, with
// `invalid-event`, where the contract (DESIGN §2) and every other machine say `invalid-instant` and
// `time-went-backwards`. A refusal still hands back the very same state.

const T0 = Date.UTC(2026, 10, 24, 14);

function started(): genesys.gms.BridgeState {
  const s = genesys.gms.bridge.start({ at: T0, service: { serviceName: 'callback-for-desktop' } });
  if (!s.ok) throw new Error(s.error.code);
  return s.state;
}

describe('genesys.gms.bridge: the event envelope', () => {
  it.each([1e300, core.maxInstant + 1, 2 ** 53 + 2, Number.POSITIVE_INFINITY, Number.NaN, -1, '1000'])('refuses a tick at %s as invalid-instant', (at) => {
    const state = started();
    const step = genesys.gms.bridge.transition(state, { type: 'tick', at } as never);
    expect(step).toMatchObject({ ok: false, error: { code: 'invalid-instant', path: '$.at' } });
    expect(step.state).toBe(state);
  });

  it('refuses a response earlier than the last accepted event as time-went-backwards', () => {
    const state = started();
    const step = genesys.gms.bridge.transition(state, { type: 'response', at: T0 - 1, requestId: 'cancel-1', status: 200, body: null });
    expect(step).toMatchObject({ ok: false, error: { code: 'time-went-backwards', path: '$.at' } });
    expect(step.state).toBe(state);
  });

  it('lists both codes, and still accepts a tick at the last instant and at the end of the range', () => {
    expect(genesys.gms.bridge.codes).toEqual(expect.arrayContaining(['invalid-instant', 'time-went-backwards']));
    const state = started();
    expect(genesys.gms.bridge.transition(state, { type: 'tick', at: T0 }).ok).toBe(true);
    expect(genesys.gms.bridge.transition(state, { type: 'tick', at: core.maxInstant }).ok).toBe(true);
  });

  it('an event that is not an object with a string type stays invalid-event', () => {
    const state = started();
    expect(genesys.gms.bridge.transition(state, null as never)).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(genesys.gms.bridge.transition(state, { type: 7, at: T0 } as never)).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
  });
});
