import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/internal.js';

describe('core contract helpers', () => {
  it('refuse keeps the very same state object and has no effects', () => {
    const state = Object.freeze({ version: 1 });
    const step = core.refuse(state, 'event-not-allowed', 'no');
    expect(step.ok).toBe(false);
    expect(step.state).toBe(state);
    expect(step.effects).toEqual([]);
    expect(step.error).toEqual({ code: 'event-not-allowed', message: 'no' });
  });

  it('checkEnvelope refuses non-objects, bad instants and time going backwards', () => {
    expect(core.checkEnvelope(null, 0)?.code).toBe('invalid-event');
    expect(core.checkEnvelope({ at: 1 }, 0)?.code).toBe('invalid-event');
    expect(core.checkEnvelope({ type: 'tick', at: Number.NaN }, 0)?.code).toBe('invalid-instant');
    expect(core.checkEnvelope({ type: 'tick', at: -1 }, 0)?.code).toBe('invalid-instant');
    expect(core.checkEnvelope({ type: 'tick', at: Infinity }, 0)?.code).toBe('invalid-instant');
    expect(core.checkEnvelope({ type: 'tick', at: 4 }, 5)?.code).toBe('time-went-backwards');
    expect(core.checkEnvelope({ type: 'tick', at: 5 }, 5)).toBeUndefined();
  });

  it('ownField ignores inherited keys', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as Record<string, unknown>;
    expect(core.ownField(data, 'a')).toBe(2);
    expect(core.ownField(data, 'constructor')).toBeUndefined();
    expect(core.ownField(data, 'toString')).toBeUndefined();
  });

  it('deepFreeze freezes nested plain data', () => {
    const s = core.deepFreeze({ a: [{ b: 1 }], c: { d: 'x' } });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.a)).toBe(true);
    expect(Object.isFrozen(s.a[0])).toBe(true);
    expect(Object.isFrozen(s.c)).toBe(true);
  });

  it('results and request ids are plain data', () => {
    expect(core.ok(3)).toEqual({ ok: true, value: 3 });
    expect(core.fail('x-y', 'm', { path: '$.a' })).toEqual({ ok: false, error: { code: 'x-y', message: 'm', details: { path: '$.a' } } });
    expect(core.requestId('logout', 7)).toBe('logout-7');
  });
});
