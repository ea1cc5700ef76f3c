import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { config, data, err } from './interaction-fixtures.js';

const M = outbound.interaction.machine;

/** The first state, failing loudly when the input is refused. */
function first(input: outbound.interaction.InteractionInput): outbound.interaction.InteractionState {
  const started = M.start(input);
  if (!started.ok) throw new Error(started.error.message);
  return started.state;
}
const handles = [1, 2, 3, 4];
const recordTypes = ['accept', 'decline', 'reject', 'cancel', 'request-chain', 'schedule-callback', 'mark-processed', 'dial', 'update-fields', 'set-call-result', 'set-disposition', 'do-not-call', 'reschedule'] as const;
const needs: Partial<Record<string, outbound.interaction.OutboundPermission>> = {
  decline: 'decline', reject: 'reject', cancel: 'cancel', 'request-chain': 'dial-chain', 'schedule-callback': 'reschedule',
  reschedule: 'reschedule', 'update-fields': 'update-fields', 'set-call-result': 'set-call-result', 'do-not-call': 'do-not-call',
};

type Cmd =
  | { k: 'agent'; type: (typeof recordTypes)[number]; h: number; n: number }
  | { k: 'preview' }
  | { k: 'answer'; type: 'request-acknowledged' | 'request-failed' | 'preview-record' | 'no-records' | 'chained-records'; i: number; h: number }
  | { k: 'push'; h: number }
  | { k: 'connect'; h: number; mode: string; seize: boolean }
  | { k: 'fill'; h: number }
  | { k: 'call'; type: 'call-established' | 'call-ended'; h: number; result: string | undefined };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('agent' as const), type: fc.constantFrom(...recordTypes), h: fc.constantFrom(...handles), n: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.constant({ k: 'preview' as const }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('answer' as const), type: fc.constantFrom('request-acknowledged', 'request-acknowledged', 'request-acknowledged', 'request-failed', 'preview-record', 'no-records'), i: fc.nat(4), h: fc.constantFrom(...handles) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('push' as const), h: fc.constantFrom(...handles) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('connect' as const), h: fc.constantFrom(...handles), mode: fc.constantFrom('predictive', 'progressive', 'progressive-with-seizing', 'predictive-with-seizing', 'preview'), seize: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('fill' as const), h: fc.constantFrom(...handles) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('call' as const), type: fc.constantFrom('call-established', 'call-ended'), h: fc.constantFrom(...handles), result: fc.constantFrom(undefined, 'busy', 'answer', 'no-answer') }) },
);

function toEvent(state: outbound.interaction.InteractionState, c: Cmd, at: number): outbound.interaction.InteractionEvent {
    switch (c.k) {
    case 'preview': return { type: 'request-preview', at };
    case 'push': return { type: 'record-pushed', at, data: data(c.h) };
    case 'connect':
      return c.seize ? { type: 'call-seized', at, mode: c.mode, callId: `c${c.h}` } : { type: 'call-connected', at, mode: c.mode, callId: `c${c.h}`, data: data(c.h) };
    case 'fill': return { type: 'record-filled', at, callId: `c${c.h}`, data: data(c.h) };
    case 'call': {
      const held = state.slots.flatMap((x) => (x.record ? [x.record.handle] : []));
      const handle = held.length > 0 ? (held[c.h % held.length] ?? c.h) : c.h;
      return c.result === undefined ? { type: c.type, at, handle } : { type: c.type, at, handle, result: c.result as outbound.records.CallResult };
    }
    case 'answer': {
      const p = state.pending[c.i % Math.max(1, state.pending.length)];
      const requestId = p?.request.requestId ?? 'outbound-999';
      const kind = p?.request.kind;
      const fail = c.type === 'request-failed';
      if (!fail && kind === 'preview-record') return c.type === 'no-records' ? { type: 'no-records', at, requestId } : { type: 'preview-record', at, requestId, data: data(c.h) };
      if (!fail && kind === 'chained-records') return { type: 'chained-records', at, requestId, records: [data(10 + c.h, 1), data(20 + c.h, 2)] };
      if (c.type === 'preview-record') return { type: c.type, at, requestId, data: data(c.h) };
      return { type: fail ? 'request-failed' : 'request-acknowledged', at, requestId };
    }
    case 'agent': {
      const held = state.slots.flatMap((x) => (x.record ? [x.record.handle] : []));
      const base = { at, handle: held.length > 0 && c.h !== 4 ? (held[c.h % held.length] ?? c.h) : c.h };
      switch (c.type) {
        case 'dial': return c.n === 0 ? { type: 'dial', ...base } : { type: 'dial', ...base, chainN: c.n };
        case 'update-fields': return { type: 'update-fields', ...base, changes: c.n === 0 ? { balance: 1 } : { note: `n${c.n}` } };
        case 'set-call-result': return { type: 'set-call-result', ...base, value: ['busy', 'silence', 'answer', 'fax'][c.n] ?? 'busy' };
        case 'set-disposition': return { type: 'set-disposition', ...base, value: ['SALE', null, 'NOPE', 'NOSALE'][c.n] ?? null };
        case 'do-not-call': return { type: 'do-not-call', ...base, scope: c.n % 2 === 0 ? 'record' : 'chain' };
        case 'reschedule': return { type: 'reschedule', ...base, callbackType: 'personal', dialSchedTime: Math.floor(at / 1000) + 3600 * c.n, phone: '5550100', chainN: c.n === 3 ? null : 0 };
        default: return { type: c.type, ...base };
      }
    }
  }
}

const permissionsArb = fc.oneof(fc.constant([...outbound.interaction.outboundPermissions]), fc.subarray([...outbound.interaction.outboundPermissions]));
const answers = new Set(['request-acknowledged', 'request-failed', 'preview-record', 'no-records', 'chained-records']);

describe('interaction machine, model-based', () => {
  it('matches every request with its answer, never brings a processed record back, enforces permissions', () => {
    fc.assert(
      fc.property(
        permissionsArb,
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(cmd, fc.nat(2000)), { minLength: 20, maxLength: 80 }),
        (permissions, maxPreviewRecords, script) => {
          let state = first({ at: 0, config: config({ permissions, maxPreviewRecords }) });
          let at = 0;
          const sent = new Map<string, outbound.interaction.OutboundRequest>();
          const answered = new Set<string>();
          const processed = new Set<number>();
          const check = (event: outbound.interaction.InteractionEvent) => {
            const before = state;
            const step = M.transition(state, event);
            if (!step.ok) {
              expect(step.state).toBe(before);
              expect(step.effects).toEqual([]);
              return;
            }
            state = step.state;
            const need = needs[event.type] ?? (event.type === 'request-preview' ? 'request-preview' : undefined);
            if (need !== undefined) expect(permissions).toContain(need);
            if (event.type === 'dial' && 'chainN' in event && event.chainN !== 0) expect(permissions).toContain('dial-chain');
            if (event.type === 'decline') expect(permissions).toContain('decline');
            // requests: each new id once; pending = sent minus answered
            for (const effect of step.effects) {
              if (effect.type === 'send-request') {
                expect(sent.has(effect.request.requestId)).toBe(false);
                sent.set(effect.request.requestId, effect.request);
              }
              if (effect.type === 'record-closed' && effect.outcome === 'processed') {
                expect(event.type).toBe('request-acknowledged');
                processed.add(effect.handle ?? -1);
              }
            }
            if (answers.has(event.type) && 'requestId' in event) {
              expect(sent.has(event.requestId)).toBe(true);
              expect(answered.has(event.requestId)).toBe(false);
              answered.add(event.requestId);
            }
            const pendingIds = state.pending.map((p) => p.request.requestId).sort();
            const open = [...sent.keys()].filter((id) => !answered.has(id)).sort();
            expect(pendingIds).toEqual(open);
            for (const slot of state.slots) expect(processed.has(slot.record?.handle ?? -1)).toBe(false);
            expect([...processed].sort()).toEqual([...state.processed].sort());
            expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          };
          for (const [c, dt] of script) {
            at += dt;
            check(toEvent(state, c, at));
          }
          // drain: answer every pending request; nothing may stay unmatched
          for (let guard = 0; state.pending.length > 0 && guard < 50; guard++) {
            const p = state.pending[0];
            if (!p) break;
            const kind = p.request.kind;
            at += 1;
            check(
              kind === 'preview-record' ? { type: 'no-records', at, requestId: p.request.requestId }
                : kind === 'chained-records' ? { type: 'chained-records', at, requestId: p.request.requestId, records: [] }
                : { type: 'request-acknowledged', at, requestId: p.request.requestId },
            );
          }
          expect(state.pending).toEqual([]);
          expect([...sent.keys()].every((id) => answered.has(id))).toBe(true);
          for (const h of processed) {
            const back = M.transition(state, { type: 'record-pushed', at, data: data(h) });
            expect(back.ok ? 'accepted' : back.error.code).toBe('record-already-processed');
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('an action the selector enables is never refused', () => {
    fc.assert(
      fc.property(permissionsArb, fc.array(fc.tuple(cmd, fc.nat(2000)), { minLength: 10, maxLength: 50 }), (permissions, script) => {
        let state = first({ at: 0, config: config({ permissions }) });
        let at = 0;
        for (const [c, dt] of script) {
          at += dt;
          const step = M.transition(state, toEvent(state, c, at));
          state = step.state;
          for (const slot of state.slots) {
            const handle = slot.record?.handle;
            if (handle === undefined) continue;
            const a = outbound.interaction.recordActions(state, at, handle);
            const probe = (enabled: boolean, event: outbound.interaction.InteractionEvent) => {
              if (enabled) expect(err(M.transition(state, event))).toBeUndefined();
            };
            probe(a.accept, { type: 'accept', at, handle });
            probe(a.decline, { type: 'decline', at, handle });
            probe(a.dial, { type: 'dial', at, handle });
            probe(a.reject, { type: 'reject', at, handle });
            probe(a.cancel, { type: 'cancel', at, handle });
            probe(a.markProcessed, { type: 'mark-processed', at, handle });
            probe(a.scheduleCallback, { type: 'schedule-callback', at, handle });
            probe(a.doNotCall, { type: 'do-not-call', at, handle, scope: 'record' });
            probe(a.requestChain, { type: 'request-chain', at, handle });
            probe(a.updateFields, { type: 'update-fields', at, handle, changes: { note: 'x' } });
            probe(a.setCallResult, { type: 'set-call-result', at, handle, value: 'busy' });
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('untrusted events', () => {
  const types = ['preview-record', 'no-records', 'record-pushed', 'call-connected', 'call-seized', 'record-filled', 'chained-records', 'request-acknowledged', 'request-failed', 'call-established', 'call-ended', 'request-preview', 'accept', 'decline', 'reject', 'cancel', 'request-chain', 'schedule-callback', 'mark-processed', 'dial', 'update-fields', 'set-call-result', 'set-disposition', 'do-not-call', 'reschedule', 'toString', '__proto__'];
  it('never throw: junk fields in every event type are refused or handled', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...types), fc.dictionary(fc.constantFrom('handle', 'requestId', 'data', 'records', 'mode', 'callId', 'changes', 'value', 'scope', 'chainN', 'dialSchedTime', 'phone', 'callbackType', 'result', 'campaign'), fc.anything()), fc.nat(10)), { maxLength: 30 }), fc.anything(), (script, junk) => {
        let state = first({ at: 0, config: config() });
        let at = 0;
        expect(M.transition(state, junk as outbound.interaction.InteractionEvent).ok).toBe(false);
        for (const [type, fields, dt] of script) {
          at += dt;
          const step = M.transition(state, { ...fields, type, at } as unknown as outbound.interaction.InteractionEvent);
          state = step.state;
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        }
      }),
      { numRuns: 200 },
    );
  });
});
