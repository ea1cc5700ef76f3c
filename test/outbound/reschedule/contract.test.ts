import { describe, expect, it } from 'vitest';
import { apply, editing, NOW, open, r, type State } from './helpers.js';

const saved = (s: State): unknown => JSON.parse(JSON.stringify(s));

describe('the machine contract', () => {
  it('is outbound.reschedule with its codes; restore gives back an equal state that behaves the same', () => {
    expect(r.machine.id).toBe('outbound.reschedule');
    expect(r.machine.codes).toEqual(r.rescheduleCodes);
    const s = apply(editing({ callingHours: 'us', contactPolicy: { presets: ['us'], history: [{ at: NOW - 86_400_000, outcome: 'no-answer' }] }, dateFormat: 'MM/dd/yyyy', holidays: ['2026-12-25'] }), { type: 'type-time', at: NOW, text: '16:00' });
    const restored = r.machine.restore(saved(s));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value).toEqual(s);
    expect(Object.isFrozen(restored.value.config.chain[0])).toBe(true);
    const event = { type: 'done', at: NOW + 1 } as const;
    expect(r.machine.transition(restored.value, event)).toEqual(r.machine.transition(s, event));
  });

  it('accepts tick in every phase, with no effect', () => {
    let s = editing({ call: 'ended' });
    for (const next of [{ type: 'done', at: NOW } as const, { type: 'request-acknowledged', at: NOW, requestId: 'reschedule-1' } as const]) {
      const tick = r.machine.transition(s, { type: 'tick', at: s.lastAt + 1 });
      expect(tick.ok && tick.effects.length === 0).toBe(true);
      s = apply(s, next);
    }
    expect(r.machine.transition(s, { type: 'tick', at: NOW + 5 })).toMatchObject({ ok: true, effects: [] });
  });

  it('a refused start has no state, and the error a JSON path', () => {
    const step = r.machine.start({ at: NOW, recordHandle: 1, chain: [{ recordHandle: 1, chainN: 0, phone: '', contactType: 'mobile', from: null, until: null }], contactZone: 'UTC', agentZone: 'UTC' });
    expect(step).toMatchObject({ ok: false, error: { code: 'invalid-input', path: '$.chain[0].phone' } });
    expect('state' in step).toBe(false);
  });
});

describe('restore refuses a saved state that start could not have made (issue 15)', () => {
  const good = saved(apply(editing(), { type: 'type-time', at: NOW, text: '16:00' })) as Record<string, unknown>;
  const config = good.config as Record<string, unknown>;
  it.each([
    ['a bad contact zone', { ...good, config: { ...config, contactZone: 'Mars/Base' } }, '$.config.contactZone'],
    ['a bad agent zone', { ...good, config: { ...config, agentZone: 42 } }, '$.config.agentZone'],
    ['a zone not in its canonical spelling', { ...good, config: { ...config, contactZone: 'america/new_york' } }, '$.config.contactZone'],
    ['a bad first weekday', { ...good, config: { ...config, weekStartsOn: 'someday' } }, '$.config.weekStartsOn'],
    ['a bad date format', { ...good, config: { ...config, dateFormat: 'dd/MM' } }, '$.config.dateFormat'],
    ['a bad calling-hours rule', { ...good, config: { ...config, callingHours: { weekly: 'always' } } }, '$.config.callingHours'],
    ['a chain number without a phone', { ...good, config: { ...config, chain: [{ recordHandle: 101, chainN: 0, phone: '', contactType: 'mobile', from: null, until: null }] } }, '$.config.chain[0].phone'],
    ['a month 13', { ...good, shownMonth: { year: 2026, month: 13 } }, '$.shownMonth.month'],
    ['a lastAt past the range', { ...good, lastAt: 8.64e15 }, '$.lastAt'],
    ['a chosen number not in the chain', { ...good, number: 999 }, '$.number'],
    ['a pending phase with no request', { ...good, phase: 'pending' }, '$.request'],
    ['no version', { ...good, version: undefined }, '$.version'],
    ['not an object', 'state', '$'],
  ])('%s', (_name, json, path) => {
    const restored = r.machine.restore(json);
    expect(restored).toMatchObject({ ok: false, error: { code: 'invalid-state', path } });
  });

  it('a state with a bad zone handed to transition is refused, never thrown on', () => {
    const bad = { ...good, config: { ...config, contactZone: 'Mars/Base' } } as unknown as State;
    const step = r.machine.transition(bad, { type: 'done', at: NOW + 1 });
    expect(step).toMatchObject({ ok: false, error: { code: 'invalid-state', path: '$.config.contactZone' } });
    expect(step.state).toBe(bad);
  });
});

describe('a typed date at the end of the supported range (issue 14)', () => {
  // The last instant the machine accepts is core.maxInstant less the longest horizon.
  const late = Date.UTC(9998, 11, 28, 12, 0);
  it.each(['9999-12-31', '9999-12-30', '9999-12-29'])('%s: Done, fields and commitButton give typed answers, never an assertion', (date) => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      const s = apply(
        open({ at: late, call: 'ended', horizonDays: 366, agentZone: zone, contactZone: 'Pacific/Kiritimati' }),
        { type: 'set-reschedule', at: late, checked: true },
        { type: 'type-date', at: late, text: date },
        { type: 'type-time', at: late, text: '23:30' },
      );
      const done = r.machine.transition(s, { type: 'done', at: late });
      const fields = r.fields(s, late);
      const button = r.commitButton(s, late);
      if (!done.ok) {
        expect(r.machine.codes).toContain(done.error.code);
        expect(button.reasons[0]?.code).toBe(done.error.code);
      } else {
        expect(button.enabled).toBe(true);
        expect(fields.resolved).not.toBeNull();
      }
      expect(r.calendar(s, late).grid.year).toBeGreaterThanOrEqual(9998);
    }
  });

  it('past the horizon is beyond-horizon on the date field', () => {
    const s = apply(
      open({ at: late, call: 'ended', horizonDays: 30, agentZone: 'Pacific/Kiritimati', contactZone: 'Pacific/Pago_Pago' }),
      { type: 'set-reschedule', at: late, checked: true },
      { type: 'type-date', at: late, text: '9999-12-31' },
      { type: 'type-time', at: late, text: '23:30' },
    );
    const done = r.machine.transition(s, { type: 'done', at: late });
    expect(done).toMatchObject({ ok: false, error: { code: 'beyond-horizon', details: { field: 'date' } } });
    expect(r.fields(s, late).date.error?.code).toBe('beyond-horizon');
  });

  it('selectors read an instant outside the range as the nearest the machine accepts', () => {
    const s = editing();
    for (const at of [Number.NaN, -1, 2 ** 53 + 2, 1e300, Number.POSITIVE_INFINITY]) {
      expect(() => [r.fields(s, at), r.commitButton(s, at), r.calendar(s, at), r.button(s, at)]).not.toThrow();
    }
  });
});
