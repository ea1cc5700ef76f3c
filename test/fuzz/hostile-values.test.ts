// Regressions for issue 14 (second pass): each hostile value the fuzzer found is refused with a code, never thrown.
import { describe, expect, it } from 'vitest';
import { callback, genesys, outbound, webcallback } from '../../src/index.js';

const deep = (n: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < n; i += 1) v = [v];
  return v;
};

describe('outbound.campaigns on hostile events', () => {
  const m = outbound.campaigns.machine;
  const started = m.start({ at: 1, groups: ['Team A'] });
  if (!started.ok) throw new Error('start refused');
  const s = started.state;
  const loaded = (mode: unknown, campaign: unknown = 'Renewals') => m.transition(s, { type: 'campaign-loaded', at: 2, campaign, group: 'Team A', mode } as never);

  it('refuses a deeply nested mode with invalid-mode', () => {
    const step = loaded(deep(100_000));
    expect(step.ok).toBe(false);
    expect(step.state).toBe(s);
    if (!step.ok) expect(step.error).toMatchObject({ code: 'invalid-mode', path: '$.mode' });
  });

  it('refuses a bigint mode with invalid-mode', () => {
    const step = loaded(10n);
    if (step.ok) throw new Error('accepted');
    expect(step.error.code).toBe('invalid-mode');
    expect(step.error.message).toContain('a bigint');
  });

  it('refuses a warning id with a toString key with invalid-event, without calling it', () => {
    const id = { toString: () => { throw new Error('called'); } };
    const step = m.transition(s, { type: 'dismiss-warning', at: 2, id } as never);
    if (step.ok) throw new Error('accepted');
    expect(step.error).toMatchObject({ code: 'invalid-event', path: '$.id' });
  });

  it('refuses a campaign name that restore would refuse', () => {
    const step = loaded('progressive', 'x'.repeat(100_000));
    if (step.ok) throw new Error('accepted');
    expect(step.error).toMatchObject({ code: 'invalid-event', path: '$.campaign' });
    expect(step.error.message.length).toBeLessThan(200);
  });

  it('restores every state it accepts, at the longest names', () => {
    const step = loaded('progressive', 'x'.repeat(1_000));
    expect(step.ok).toBe(true);
    expect(m.restore(JSON.parse(JSON.stringify(step.state))).ok).toBe(true);
  });

  it('refuses groups that restore would refuse at start', () => {
    const r = m.start({ at: 1, groups: Array.from({ length: 1_001 }, (_, i) => `g${i}`) });
    if (r.ok) throw new Error('accepted');
    expect(r.error).toMatchObject({ code: 'invalid-input', path: '$.groups' });
  });

  it('describes an unknown event type by kind and size', () => {
    const step = m.transition(s, { type: 'y'.repeat(100_000), at: 2 } as never);
    if (step.ok) throw new Error('accepted');
    expect(step.error.code).toBe('unknown-event');
    expect(step.error.message.length).toBeLessThan(200);
  });
});

describe('callback on hostile values', () => {
  const input = {
    at: Date.UTC(2026, 10, 24, 14),
    origin: { kind: 'interaction' as const, interactionId: 'i-1', media: 'voice' },
    types: [{ id: 'scheduled', label: 'Scheduled', kind: 'scheduled' as const }],
    zones: ['UTC'], defaultZone: 'UTC', numbers: ['+15551230001'],
  };
  it('reads a noticeMinutes of -0 as 0, so the state survives JSON', () => {
    const step = callback.dialog.machine.start({ ...input, noticeMinutes: -0 });
    if (!step.ok) throw new Error(step.error.message);
    expect(Object.is(step.state.noticeMinutes, 0)).toBe(true);
  });

  it('toEngagementAvailability gives null for holes and non-slots instead of throwing', () => {
    const slot = { start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 15), capacity: 4, remaining: 3 };
    // eslint-disable-next-line no-sparse-arrays
    expect(callback.toEngagementAvailability([, , slot] as never, 'UTC', 15)).toBeNull();
    expect(callback.toEngagementAvailability(-0 as never, 'UTC', 15)).toBeNull();
    expect(callback.toEngagementAvailability([slot], 'UTC', Number.NaN)).toBeNull();
    expect(callback.toEngagementAvailability([slot], 'UTC', 15)?.slots).toHaveLength(1);
  });
});

describe('webcallback helpers on hostile values', () => {
  it('twelveHourLabel refuses a non-time with its own documented RangeError', () => {
    expect(() => webcallback.twelveHourLabel(undefined as never)).toThrow(/^webcallback\.twelveHourLabel: expected a time HH:mm.*not nothing$/);
    expect(() => webcallback.twelveHourLabel('24:00')).toThrow(RangeError);
    expect(webcallback.twelveHourLabel('13:30')).toBe('1:30 PM');
  });

  const context = { zone: 'UTC' as never, numbers: ['+15551230001'], config: webcallback.defaultConfig };
  const at = Date.UTC(2026, 10, 24, 9);
  it('validateDraft gives field errors for a draft of any shape', () => {
    const hostile = { toString: () => { throw new Error('called'); } };
    const problems = webcallback.validateDraft({ on: hostile, from: 'x'.repeat(100_000), durationMinutes: 10n, to: [] } as never, context, at);
    expect(problems.map((p) => [p.field, p.code])).toEqual([['on', 'invalid-date'], ['till', 'invalid-duration'], ['to', 'unknown-number']]);
    expect(problems.every((p) => p.message.length < 200)).toBe(true);
    expect(webcallback.validateDraft(-1 as never, context, at).map((p) => p.code)).toEqual(['invalid-date', 'invalid-duration', 'unknown-number']);
  });

  it('validateDraft refuses a context or instant its types rule out with a documented RangeError', () => {
    const draft = { on: '2026-11-25', from: '10:00', durationMinutes: 60, to: '+15551230001' } as never;
    expect(() => webcallback.validateDraft(draft, -1 as never, at)).toThrow(/^webcallback\.validateDraft: /);
    expect(() => webcallback.validateDraft(draft, { ...context, zone: 'Mars/Base' }, at)).toThrow(RangeError);
    expect(() => webcallback.validateDraft(draft, context, 8.7e15)).toThrow(RangeError);
    expect(webcallback.validateDraft(draft, context, at)).toEqual([]);
  });
});

describe('genesys on hostile values', () => {
  it('ocs.machine and gms.bridge refuse a garbage state with invalid-state instead of throwing', () => {
    for (const garbage of [undefined, null, -0, {}, Object.create(null)]) {
      const o = genesys.ocs.machine.transition(garbage as never, { type: 'tick', at: 1 });
      expect(o).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
      expect(o.state).toBe(garbage);
      expect(genesys.ocs.machine.codes).toContain('invalid-state');
      const g = genesys.gms.bridge.transition(garbage as never, { type: 'tick', at: 1 });
      expect(g).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    }
  });

  it('gms.bridge start copies the service without JSON.stringify (a bigint in an unused field is dropped)', () => {
    const r = genesys.gms.bridge.start({ at: 0, service: { serviceName: 'cb', maxTimeSlots: 10n as never } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.state.service).toEqual({ serviceName: 'cb' });
  });

  it('gms.bridge refuses an answer to no request in flight with unknown-request', () => {
    const r = genesys.gms.bridge.start({ at: 0, service: { serviceName: 'cb' } });
    if (!r.ok) throw new Error(r.error.message);
    const step = genesys.gms.bridge.transition(r.state, { type: 'response', at: 1, requestId: 'nobody', status: 200, body: null });
    expect(step).toMatchObject({ ok: false, error: { code: 'unknown-request' } });
    expect(genesys.gms.codes).toContain('unknown-request');
  });

  it('formBody refuses a deeply nested or non-string value with its documented RangeError', () => {
    expect(() => genesys.gms.formBody(deep(100_000) as never)).toThrow(/^genesys\.formBody: /);
    expect(() => genesys.gms.formBody({ a: deep(100_000) } as never)).toThrow(/^genesys\.formBody: .*an array of 1 items$/);
    expect(() => genesys.gms.formBody({ a: { toString: () => 'x' } } as never)).toThrow(RangeError);
    expect(genesys.gms.formBody({ a: 'b c' })).toBe('a=b%20c');
  });

  it('decodeError is total on a status that is an object with a toString key', () => {
    // eslint-disable-next-line no-sparse-arrays
    const why = genesys.gms.decodeError(Object.create(null) as never, [, , 1] as never, {} as never);
    expect(why.code).toBe('server-refused');
    expect(why.details).toEqual({ status: 0 });
    expect(genesys.gms.decodeError({ toString: 'x', valueOf: 'y' } as never, {}).code).toBe('server-refused');
  });
});
