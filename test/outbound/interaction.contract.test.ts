// outbound.interaction.machine on the one machine contract (issue 15): codes, start, restore, and the
// hostile values of issue 14 (typed refusals, never a throw, never the value's text in a message).
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { core, outbound } from '../../src/index.js';
import { config, data, run, started } from './interaction-fixtures.js';
import { untyped } from '../time-values.js';

const M = outbound.interaction.machine;
type State = outbound.interaction.InteractionState;

function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
}

/** A state with every part filled: a timed preview, a due callback, a pending request, a processed record. */
function rich(): State {
  const s = started({ timedPreviewAutoDial: 30, maxPreviewRecords: -1 });
  return run(s, [
    { type: 'scheduled-call', at: 1_000, mode: 'preview', callbackType: 'personal', dialSchedTime: 1_764_100_000, data: data(101) },
    { type: 'record-pushed', at: 2_000, data: data(102) },
    { type: 'accept', at: 3_000, handle: 102 },
    { type: 'call-connected', at: 4_000, mode: 'predictive', callId: 'c-9', data: data(103) },
    { type: 'update-fields', at: 5_000, handle: 103, changes: { note: 'x' } },
    { type: 'request-preview', at: 6_000 },
  ]).state;
}

describe('outbound.interaction.machine: the contract', () => {
  it('is the one machine object with its id and every code it can give', () => {
    expect(M.id).toBe('outbound.interaction');
    expect(Object.isFrozen(M)).toBe(true);
    expect(new Set(M.codes).size).toBe(M.codes.length);
    for (const code of [...core.commonCodes, ...outbound.interaction.interactionCodes]) expect(M.codes).toContain(code);
    expect(M.codes).toHaveLength(core.commonCodes.length + outbound.interaction.interactionCodes.length);
    expectTypeOf<(typeof M.codes)[number]>().toEqualTypeOf<outbound.interaction.InteractionCode>();
  });

  it('a refused start has no state and names the path; the caller\'s config is neither frozen nor kept', () => {
    const refused = M.start({ at: 0, config: config({ maxPreviewRecords: 0 }) });
    expect(refused.ok).toBe(false);
    expect('state' in refused).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'invalid-input', path: '$.config.maxPreviewRecords' });
    const mine = config();
    const ok = M.start({ at: 0, config: mine });
    expect(ok.ok).toBe(true);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.permissions)).toBe(false);
    if (ok.ok) expect(ok.state.config).not.toBe(mine);
  });

  it('accepts tick at any instant from the last one, with nothing due', () => {
    const s = started();
    for (const at of [0, 1, core.maxInstant]) expect(M.transition(s, { type: 'tick', at })).toMatchObject({ ok: true, effects: [] });
  });

  it('no event name is also an effect name', () => {
    const events = ['preview-record', 'no-records', 'record-pushed', 'call-connected', 'call-seized', 'record-filled', 'chained-records', 'request-acknowledged', 'request-failed', 'call-established', 'call-ended', 'request-preview', 'accept', 'decline', 'reject', 'cancel', 'request-chain', 'schedule-callback', 'mark-processed', 'dial', 'update-fields', 'set-call-result', 'set-disposition', 'do-not-call', 'reschedule', 'scheduled-call', 'callback-unavailable', 'record-removed', 'tick'];
    const effects = ['send-request', 'place-call', 'reschedule-handoff', 'record-closed', 'show-request-failure', 'show-no-records', 'callback-due', 'wake'];
    expect(events.filter((e) => effects.includes(e))).toEqual([]);
    const r = run(started(), [{ type: 'request-preview', at: 1 }, { type: 'no-records', at: 2, requestId: 'outbound-1' }]);
    expect(r.effects.map((e) => e.type)).toEqual(['send-request', 'show-no-records']);
  });
});

describe('outbound.interaction.machine.restore', () => {
  it('gives back an equal frozen state that behaves identically, the newer fields included', () => {
    const s = rich();
    expect(s.slots.some((x) => x.callback !== null) && s.slots.some((x) => x.autoDialAt !== null)).toBe(true);
    const restored = M.restore(JSON.parse(JSON.stringify(s)));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value).toEqual(s);
    expect(Object.isFrozen(restored.value.slots[0]?.callback)).toBe(true);
    for (const at of [6_000, 33_000, 40_000]) expect(M.transition(restored.value, { type: 'tick', at })).toEqual(M.transition(s, { type: 'tick', at }));
  });

  type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
  type Saved = Mutable<State>;
  const slot = (s: Saved, i: number) => s.slots[i]!;
  const cases: readonly (readonly [string, (s: Saved) => void, string])[] = [
    ['a bad callback type', (s) => { slot(s, 0).callback!.callbackType = 'mine' as never; }, '$.slots[0].callback.callbackType'],
    ['a callback time in milliseconds past the supported range', (s) => { slot(s, 0).callback!.dialSchedTime = 1e15; }, '$.slots[0].callback.dialSchedTime'],
    ['an auto-dial instant of 1e300', (s) => { slot(s, 1).autoDialAt = 1e300; }, '$.slots[1].autoDialAt'],
    ['an auto-dial deadline on a connected record', (s) => { slot(s, 2).autoDialAt = 50_000; }, '$.slots[2].autoDialAt'],
    ['timed preview above a day', (s) => { s.config.timedPreviewAutoDial = 86_401; }, '$.config.timedPreviewAutoDial'],
    ['timed preview in fractions', (s) => { s.config.timedPreviewAutoDial = 1.5; }, '$.config.timedPreviewAutoDial'],
    ['a preview limit of 0', (s) => { s.config.maxPreviewRecords = 0; }, '$.config.maxPreviewRecords'],
    ['a preview limit of -2', (s) => { s.config.maxPreviewRecords = -2; }, '$.config.maxPreviewRecords'],
    ['a record in an unknown zone', (s) => { slot(s, 0).record!.timeZone = untyped('Mars/Base'); }, '$.slots[0].record.timeZone'],
    ['a seized slot with a record', (s) => { slot(s, 0).phase = 'seized'; }, '$.slots[0].record'],
    ['a handle held twice', (s) => { slot(s, 1).record = slot(s, 0).record; slot(s, 1).chain = slot(s, 0).chain; }, '$.slots[1].record.handle'],
    ['a request id that is not its number', (s) => { s.pending[0]!.request.requestId = 'outbound-77'; }, '$.pending[0].request'],
    ['a request number above the counter', (s) => { s.requestCount = 0; }, '$.pending[0].request.referenceId'],
    ['an unknown request kind', (s) => { s.pending[0]!.request.kind = 'fly' as never; }, '$.pending[0].request.kind'],
    ['a disposition not configured', (s) => { slot(s, 0).disposition = 'NOPE'; }, '$.slots[0].disposition'],
    ['an id with a toString key', (s) => { s.pending[0]!.request.requestId = { toString: 'outbound-1' } as never; }, '$.pending[0].request.requestId'],
    ['a deeply nested list of slots', (s) => { s.slots = deepArray(10_000) as never; }, '$.slots[0]'],
  ];
  it.each(cases)('refuses %s with invalid-state at its path', (_name, spoil, path) => {
    const json = JSON.parse(JSON.stringify(rich())) as Saved;
    spoil(json);
    const r = M.restore(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-state', path });
  });

  it('accepts maxPreviewRecords -1 (no limit) and timed preview 0..86400', () => {
    for (const patch of [{ maxPreviewRecords: -1 }, { timedPreviewAutoDial: 0 }, { timedPreviewAutoDial: 86_400 }]) {
      expect(M.restore(JSON.parse(JSON.stringify(started(patch)))).ok).toBe(true);
    }
  });

  it('never throws; whatever it accepts, no selector or transition throws on', () => {
    const base = JSON.parse(JSON.stringify(rich())) as unknown;
    const paths: (readonly (string | number)[])[] = [];
    const walk = (v: unknown, at: (string | number)[]): void => {
      paths.push(at);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    };
    walk(base, []);
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(-1, -0, 0, 1.5, 1e300, Number.NaN, '', 'UTC', null, true, 101, 86_400, 86_401, 'preview', 'seized', 'outbound-1'),
      fc.constantFrom<unknown>(BigInt(1), Symbol('x'), { toString: 'x' }, Object.create(null), deepArray(5_000)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), hostile), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 90_000 }), (edits, at) => {
        const json = JSON.parse(JSON.stringify(base)) as unknown;
        for (const [path, value] of edits) {
          if (path.length === 0) continue;
          let parent: unknown = json;
          for (const key of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[key] : undefined;
          // An earlier edit may have replaced a parent with a primitive: that edit is then moot.
          if (typeof parent === 'object' && parent !== null) (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
        }
        const r = M.restore(json);
        if (!r.ok) {
          expect(r.error.code).toBe('invalid-state');
          expect(r.error.path?.startsWith('$')).toBe(true);
          return;
        }
        const s = r.value;
        for (const slot of s.slots) {
          const handle = slot.record?.handle ?? 0;
          outbound.interaction.recordActions(s, at, handle);
          outbound.interaction.autoDialCountdown(s, at, handle);
          for (const type of ['accept', 'decline', 'reject', 'cancel', 'request-chain', 'schedule-callback', 'mark-processed', 'dial', 'callback-unavailable'] as const) {
            M.transition(s, { type, at: s.lastAt + at, handle });
          }
          M.transition(s, { type: 'call-ended', at: s.lastAt + at, handle });
          M.transition(s, { type: 'record-removed', at: s.lastAt + at, handle, cause: 'removed' });
        }
        outbound.interaction.previewCapacity(s, at);
        for (const p of s.pending) {
          M.transition(s, { type: 'request-acknowledged', at: s.lastAt + at, requestId: p.request.requestId });
          M.transition(s, { type: 'request-failed', at: s.lastAt + at, requestId: p.request.requestId });
        }
        M.transition(s, { type: 'tick', at: s.lastAt + at });
        M.transition(s, { type: 'request-preview', at: s.lastAt + at });
      }),
      { numRuns: 300 },
    );
  });
});

describe('outbound.interaction.machine: hostile values (issue 14)', () => {
  const throwing = { get handle(): number { throw new Error('boom'); }, type: 'accept', at: 10 };
  const secret = 'S3CRET-VALUE';
  const pending = (): State => run(started(), [{ type: 'request-preview', at: 1 }]).state;

  it('an object with a toString key where an id is expected is a typed refusal, not a throw', () => {
    for (const requestId of [{ toString: 'x' }, { toString: () => { throw new Error('no'); } }, { toString: null }]) {
      for (const type of ['request-acknowledged', 'request-failed', 'preview-record', 'no-records', 'chained-records'] as const) {
        const step = M.transition(pending(), { type, at: 2, requestId, data: data(1), records: [] } as never);
        expect(step.ok).toBe(false);
        if (!step.ok) expect(step.error).toMatchObject({ code: 'invalid-event', path: '$.requestId' });
      }
    }
    const seized = run(started(), [{ type: 'call-seized', at: 1, mode: 'predictive-with-seizing', callId: 'c-1' }]).state;
    const filled = M.transition(seized, { type: 'record-filled', at: 2, callId: { toString: 'c-1' }, data: data(1) } as never);
    expect(filled.ok ? 'accepted' : filled.error.path).toBe('$.callId');
  });

  it('deeply nested arrays are refused by depth, in start and in record data', () => {
    const deep = deepArray(100_000);
    for (const input of [deep, { at: 0, config: deep }, { at: 0, config: { ...config(), permissions: deep } }, { at: 0, config: { ...config(), fields: deep } }, { at: 0, config: { ...config(), dispositions: [deep] } }]) {
      const r = M.start(input as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-input');
    }
    const s = pending();
    const step = M.transition(s, { type: 'preview-record', at: 2, requestId: 'outbound-1', data: { GSW_RECORD_HANDLE: deep } });
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.error).toMatchObject({ code: 'invalid-event', path: '$.data.GSW_RECORD_HANDLE[0][0][0]' });
    expect(M.transition(s, { type: 'chained-records', at: 2, requestId: 'outbound-1', records: deep as never }).ok).toBe(false);
  });

  it('BigInt, Symbol, null-prototype values and throwing getters are typed refusals', () => {
    const s = run(started(), [{ type: 'record-pushed', at: 1, data: data(7) }]).state;
    const bare = Object.assign(Object.create(null) as object, { type: 'accept', at: 2, handle: 7 });
    expect(M.transition(s, bare as never).ok).toBe(true);
    const bareData = Object.assign(Object.create(null) as object, data(8));
    expect(M.transition(s, { type: 'record-pushed', at: 2, data: bareData }).ok).toBe(true);
    const bad: readonly unknown[] = [
      { type: 'accept', at: 2, handle: BigInt(7) },
      { type: 'accept', at: 2, handle: Symbol('7') },
      { type: 'dial', at: 2, handle: 7, chainN: BigInt(1) },
      { type: 'record-pushed', at: 2, data: { ...data(9), GSW_PHONE: BigInt(5550100) } },
      { type: 'record-pushed', at: 2, data: { ...data(9), GSW_PHONE: Symbol('p') } },
      { type: 'call-connected', at: 2, mode: 'predictive', callId: Symbol('c'), data: data(9) },
      { type: 'update-fields', at: 2, handle: 7, changes: { get note(): string { throw new Error('boom'); } } },
      { type: 'request-preview', at: 2, campaign: { toString: 'x' } },
      throwing,
    ];
    for (const event of bad) {
      const step = M.transition(s, event as never);
      expect(step.ok).toBe(false);
      expect(step.state).toBe(s);
      if (!step.ok) expect(step.error.code).toBe('invalid-event');
    }
    for (const at of [BigInt(0), Symbol('0'), null]) expect(M.start({ at, config: config() } as never).ok).toBe(false);
  });

  it('messages describe kind and size, never the value', () => {
    const s = pending();
    const events: readonly unknown[] = [
      { type: 'request-acknowledged', at: 2, requestId: secret },
      { type: 'record-filled', at: 2, callId: secret, data: data(1) },
      { type: 'accept', at: 2, handle: secret },
      { type: secret, at: 2 },
      { type: 'call-connected', at: 2, mode: secret, callId: 'c', data: data(1) },
      { type: 'scheduled-call', at: 2, mode: secret, callbackType: 'personal', dialSchedTime: 1, data: data(1) },
    ];
    for (const event of events) {
      const step = M.transition(s, event as never);
      expect(step.ok).toBe(false);
      if (!step.ok) {
        expect(step.error.message).not.toContain(secret);
        expect(JSON.stringify(step.error.details ?? null)).not.toContain(secret);
      }
    }
    const r = M.start({ at: 0, config: { ...config(), defaultDisposition: secret } });
    expect(!r.ok && r.error.message.includes(secret)).toBe(false);
  });

  it('an event far in the future is invalid-instant and leaves the machine usable', () => {
    const s = pending();
    const far = M.transition(s, { type: 'no-records', at: 1e300, requestId: 'outbound-1' });
    expect(far.ok ? 'accepted' : far.error.code).toBe('invalid-instant');
    expect(M.transition(s, { type: 'no-records', at: 2, requestId: 'outbound-1' }).ok).toBe(true);
    expect(M.start({ at: 2 ** 53 + 2, config: config() }).ok).toBe(false);
  });
});
