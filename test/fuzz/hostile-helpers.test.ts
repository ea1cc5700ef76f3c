// Regressions for issue 14 (third pass): exported helpers on garbage either refuse with a Result or throw
// their documented RangeError naming the function and the value's kind; never a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { genesys, outbound, webcallback } from '../../src/index.js';
import { documentedThrows } from './functions.js';

const { pacing } = outbound;
const hostileToString = { toString: 'x', valueOf: 'y' };
const throwingToString = {
  toString(): string {
    throw new Error('called');
  },
};

/** Calls `f` and returns the RangeError it throws (failing on any other outcome). */
function rangeErrorOf(f: () => unknown): RangeError {
  try {
    f();
  } catch (error) {
    if (error instanceof RangeError) return error;
    throw new Error(`threw ${error instanceof Error ? error.name : 'a non-error'} instead of a RangeError`, { cause: error });
  }
  throw new Error('returned instead of throwing');
}

describe('pacing ledger helpers on values that are not a ledger, window, instant or rule', () => {
  const ledger = pacing.recordUnchecked(pacing.emptyLedger(), 'answer', 60_000);
  const cases: readonly [string, () => unknown][] = [
    ['outbound.pacing.recordUnchecked', () => pacing.recordUnchecked(null as never, 'answer', 0)],
    ['outbound.pacing.recordUnchecked', () => pacing.recordUnchecked(ledger, 'answer', Symbol('at') as never)],
    ['outbound.pacing.recordUnchecked', () => pacing.recordUnchecked(ledger, hostileToString as never, 120_000)],
    ['outbound.pacing.windowCounts', () => pacing.windowCounts(null as never, '24h', 0)],
    ['outbound.pacing.windowCounts', () => pacing.windowCounts(ledger, 'toString' as never, 0)],
    ['outbound.pacing.windowCounts', () => pacing.windowCounts(ledger, '24h', 10n as never)],
    ['outbound.pacing.countMinutes', () => pacing.countMinutes('2026-11-24' as never, 0, 1)],
    ['outbound.pacing.countMinutes', () => pacing.countMinutes(ledger, 0, throwingToString as never)],
    ['outbound.pacing.headroom', () => pacing.headroom(ledger, null as never, 0)],
    ['outbound.pacing.headroom', () => pacing.headroom(ledger, { abandonRate: 0.03, window: '7d' } as never, 0)],
    ['outbound.pacing.headroomOf', () => pacing.headroomOf(10n as never, 1, 0.03)],
    ['outbound.pacing.headroomOf', () => pacing.headroomOf(10, 1, Array.from({ length: 100_000 }, () => 1) as never)],
    ['outbound.pacing.decide', () => pacing.decide({ config: 1 } as never, 0)],
    ['outbound.pacing.lineCap', () => pacing.lineCap({ config: 'x' } as never)],
  ];
  for (const [fn, call] of cases) {
    it(`${fn}: a RangeError naming it and the kind, documented in its TSDoc`, () => {
      const error = rangeErrorOf(call);
      expect(error.message.startsWith(`${fn}: expected `)).toBe(true);
      expect(error.message.length).toBeLessThan(200);
      expect(documentedThrows.has(`outbound:${fn.slice(fn.lastIndexOf('.') + 1)}`)).toBe(true);
    });
  }

  it('a pacer state says "an outbound.pacing state"', () => {
    expect(rangeErrorOf(() => pacing.decide(null as never, 0)).message).toContain('expected an outbound.pacing state');
  });

  it('a ledger read back from JSON still counts, and a tampered one is refused', () => {
    const json = JSON.parse(JSON.stringify(ledger)) as outbound.pacing.AbandonLedger;
    expect(pacing.windowCounts(json, '24h', 60_000).answers).toBe(1);
    expect(Object.isFrozen(json)).toBe(false);
    const tampered = { ...json, cumAnswers: [Symbol('x')] } as never;
    expect(rangeErrorOf(() => pacing.windowCounts(tampered, '24h', 60_000)).message).toContain('an abandonment ledger');
  });

  it('recordChecked and checkCompliance refuse a value that is not a ledger with invalid-ledger and its path', () => {
    const r = pacing.recordChecked({ ...ledger, minutes: 'x' } as never, 'answer', 120_000);
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'invalid-ledger', path: '$.ledger.minutes' });
    const c = pacing.checkCompliance(null as never, pacing.abandonRules.fcc, { from: 0, to: 1 });
    expect(c.ok ? 'ok' : c.error).toMatchObject({ code: 'invalid-ledger', path: '$.ledger' });
  });
});

describe('outbound helpers on garbage', () => {
  it('campaigns.checkModeChange refuses a mode that is not a dialing mode, without calling its toString', () => {
    const from = outbound.campaigns.checkModeChange(throwingToString as never, 'predictive', true);
    expect(from.ok ? 'ok' : from.error).toMatchObject({ code: 'invalid-mode', path: '$.from' });
    const to = outbound.campaigns.checkModeChange('predictive', hostileToString as never, false);
    expect(to.ok ? 'ok' : to.error).toMatchObject({ code: 'invalid-mode', path: '$.to' });
    const running = outbound.campaigns.checkModeChange('predictive', 'preview', 'yes' as never);
    expect(running.ok ? 'ok' : running.error).toMatchObject({ code: 'invalid-input', path: '$.running' });
  });

  it('chainNumberOf throws its RangeError on undefined and on a record without a phone', () => {
    expect(rangeErrorOf(() => outbound.chainNumberOf(undefined as never)).message).toMatch(/^outbound\.chainNumberOf: expected .* not nothing$/);
    const record = { handle: 1, chainN: 0, contactInfoType: 'home-phone', dailyFrom: 0, dailyTill: 86_400 };
    expect(rangeErrorOf(() => outbound.chainNumberOf(record as never)).message).toContain('outbound.chainNumberOf');
    expect(outbound.chainNumberOf({ ...record, phone: '5550100', dailyFrom: Number.NaN } as never)).toMatchObject({ from: null, until: null });
  });

  it('contactPolicy.outcomeOf reads anything that is not a call result as no-answer, inherited keys included', () => {
    expect(outbound.contactPolicy.outcomeOf(hostileToString as never)).toBe('no-answer');
    expect(outbound.contactPolicy.outcomeOf('toString' as never)).toBe('no-answer');
    expect(outbound.contactPolicy.outcomeOf('__proto__' as never)).toBe('no-answer');
    expect(outbound.contactPolicy.outcomeOf(undefined as never)).toBe('no-answer');
    expect(outbound.contactPolicy.outcomeOf('busy')).toBe('busy');
  });

  it('reschedule.inputFromHandoff and interactionEvent throw their RangeError on a value that is not an object', () => {
    expect(rangeErrorOf(() => outbound.reschedule.inputFromHandoff(undefined as never, { agentZone: 'UTC' })).message).toContain('outbound.reschedule.inputFromHandoff');
    expect(rangeErrorOf(() => outbound.reschedule.inputFromHandoff({ at: 0 } as never, 'x'.repeat(100_000) as never)).message.length).toBeLessThan(200);
    expect(rangeErrorOf(() => outbound.reschedule.interactionEvent(undefined as never, 0)).message).toContain('outbound.reschedule.interactionEvent');
  });

  it('reschedule.inputFromHandoff reads each handoff field once, own fields only', () => {
    let reads = 0;
    const handoff = Object.create({ handle: 7 }, { at: { enumerable: true, get: () => ++reads } }) as never;
    const input = outbound.reschedule.inputFromHandoff(handoff, { agentZone: 'UTC' });
    expect([input.at, input.recordHandle, reads]).toEqual([1, undefined, 1]);
  });

  it('reschedule.proposeTime throws its RangeError on a config that is not one (was an internal assertion or a stack overflow)', () => {
    expect(rangeErrorOf(() => outbound.reschedule.proposeTime(Number.NaN as never, 0)).message).toContain('outbound.reschedule.proposeTime');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(rangeErrorOf(() => outbound.reschedule.proposeTime(deep as never, 0)).message).toContain('outbound.reschedule.proposeTime');
    const config = { contactZone: 'America/New_York', agentZone: 'America/New_York', entryZone: 'agent', stepMinutes: 30, minimumLeadMinutes: 0, dstPolicy: 'compatible' };
    expect(rangeErrorOf(() => outbound.reschedule.proposeTime({ ...config, agentZone: 'Nowhere/Else' } as never, 0)).message).toContain('a reschedule configuration');
    expect(rangeErrorOf(() => outbound.reschedule.proposeTime(config as never, 1e300)).message).toContain('an epoch-millisecond instant');
    expect(outbound.reschedule.proposeTime(config as never, Date.UTC(2026, 10, 24, 15, 7))).toEqual({ date: '2026-11-24', time: '10:30' });
  });
});

describe('webcallback and genesys helpers on garbage', () => {
  it('webcallback.windowOf refuses a draft that is not an object, or a duration that is not a number', () => {
    for (const draft of [undefined, null, 'x', [1]]) {
      const r = webcallback.windowOf(draft as never, 'UTC');
      expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'invalid-input', path: '$' });
    }
    const r = webcallback.windowOf({ on: '2026-11-24', from: '09:00', durationMinutes: 10n, to: '1' } as never, 'UTC');
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'invalid-input', path: '$.durationMinutes' });
  });

  it('genesys.gms.decodeAnswer throws its RangeError on a sent request that is not one', () => {
    for (const sent of [null, undefined, hostileToString]) {
      expect(rangeErrorOf(() => genesys.gms.decodeAnswer(sent as never, 200, {}, 0)).message).toMatch(/^genesys\.gms\.decodeAnswer: expected /);
    }
    expect(documentedThrows.has('genesys:decodeAnswer')).toBe(true);
  });

  it('genesys.ocs.decodeEvent and genesys.gws.decodeNotification refuse options that are not options with invalid-options', () => {
    const data = { GSW_USER_EVENT: 'RecordRejectAcknowledge', GSW_RECORD_HANDLE: 101, GSW_REFERENCE_ID: 2 };
    for (const options of [null, 'x'.repeat(100_000), { keys: null }, { keys: 'xx' }, { events: { updateAck: hostileToString } }]) {
      const a = genesys.ocs.decodeEvent(data, options as never);
      expect(a.ok ? 'ok' : a.error.code).toBe('invalid-options');
      const b = genesys.gws.decodeNotification({ userData: data }, options as never);
      expect(b.ok ? 'ok' : b.error.code).toBe('invalid-options');
    }
    expect(genesys.ocs.decodeEvent(data, { keys: { recordHandle: 'GSW_RECORD_HANDLE' } }).ok).toBe(true);
  });
});

describe('a state a machine accepts is one restore accepts (found by npm run fuzz)', () => {
  it('logout: a maxDelayMs reaching past the supported range ends the wait at maxInstant', async () => {
    const { core, logout } = await import('../../src/index.js');
    const started = logout.machine.start({ at: Date.UTC(2026, 10, 24), campaign: { mode: 'predictive', running: true }, maxDelayMs: 8.64e15 + 1 });
    if (!started.ok) throw new Error(started.error.message);
    const step = logout.machine.transition(started.state, { type: 'logout-requested', at: Date.UTC(2026, 10, 24, 1), source: 'main-window' });
    if (!step.ok) throw new Error(step.error.message);
    expect(step.state.request?.deadline).toBe(core.maxInstant);
    expect(logout.machine.restore(JSON.parse(JSON.stringify(step.state))).ok).toBe(true);
  });

  it('callback.lifecycle: a callbackId longer than restore keeps is refused at start; a long server error is kept within bounds', async () => {
    const { callback } = await import('../../src/index.js');
    const m = callback.lifecycle.machine;
    const at = Date.UTC(2026, 10, 24, 14);
    const long = m.start({ at, callbackId: 'x'.repeat(100_000), desiredAt: at + 3_600_000 });
    expect(long.ok ? 'ok' : long.error).toMatchObject({ code: 'invalid-input', path: '$.callbackId' });
    const started = m.start({ at, callbackId: 'cb-1', desiredAt: at + 3_600_000 });
    if (!started.ok) throw new Error(started.error.message);
    const asked = m.transition(started.state, { type: 'cancel', at: at + 1 } as never);
    if (!asked.ok) throw new Error(asked.error.message);
    const requestId = (asked.effects[0] as { request: { requestId: string } }).request.requestId;
    const failed = m.transition(asked.state, { type: 'request-failed', at: at + 2, requestId, reason: { code: 'c'.repeat(300), message: 'm'.repeat(20_000) } } as never);
    if (!failed.ok) throw new Error(failed.error.message);
    expect(failed.state.error).toMatchObject({ code: 'request-failed' });
    expect(failed.state.error?.message.length).toBe(10_000);
    expect(m.restore(JSON.parse(JSON.stringify(failed.state))).ok).toBe(true);
  });
});

describe('outbound.reschedule keeps no -0 (found by npm run fuzz)', () => {
  it('a recordHandle, chainN or minimumLeadMinutes of -0 is kept as 0, so the state survives JSON', () => {
    const at = Date.UTC(2026, 10, 24, 15, 7);
    const started = outbound.reschedule.machine.start({
      at, recordHandle: -0, minimumLeadMinutes: -0, contactZone: 'America/New_York', agentZone: 'America/New_York',
      chain: [{ recordHandle: -0, chainN: -0, phone: '+16175550100', contactType: 'home-phone', from: null, until: null }],
    });
    if (!started.ok) throw new Error(started.error.message);
    const s = started.state;
    expect([s.config.recordHandle, s.config.chain[0]?.recordHandle, s.config.chain[0]?.chainN, s.config.minimumLeadMinutes].map((n) => Object.is(n, -0))).toEqual([false, false, false, false]);
    const ticked = outbound.reschedule.machine.transition(s, { type: 'set-reschedule', at: at + 1, checked: true });
    if (!ticked.ok) throw new Error(ticked.error.message);
    const chosen = outbound.reschedule.machine.transition(ticked.state, { type: 'choose-number', at: at + 2, recordHandle: -0 });
    if (!chosen.ok) throw new Error(chosen.error.message);
    expect(Object.is(chosen.state.number, -0)).toBe(false);
    const back = outbound.reschedule.machine.restore(JSON.parse(JSON.stringify(chosen.state)));
    expect(back.ok && back.value).toEqual(chosen.state);
  });
});
