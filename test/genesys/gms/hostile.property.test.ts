import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genesys } from '../../../src/index.js';

const known = new Set<string>([...genesys.gms.codes]);
const kinds = fc.constantFrom(...genesys.gms.operations);
const sentRequest = fc.record({
  kind: kinds,
  requestId: fc.string({ minLength: 1, maxLength: 8 }),
  target: fc.constantFrom('dialog' as const, 'lifecycle' as const),
  api: fc.constantFrom(...genesys.gms.apiVersions),
  bucketMinutes: fc.constantFrom(5, 10, 15, 20, 30, 60, 120),
  window: fc.option(fc.record({ start: fc.constant(Date.UTC(2026, 10, 24, 5)), end: fc.constant(Date.UTC(2026, 10, 25, 5)) }), { nil: null }),
  desiredAt: fc.option(fc.integer({ min: 0, max: Date.UTC(2030, 0, 1) }), { nil: null }),
  callbackId: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
  deadline: fc.constant(10_000),
});
/** Bodies a hostile or broken server could send: anything JSON, records with GMS keys of the wrong kind, prototype keys. */
const body = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.dictionary(fc.constantFrom('_id', '_callback_state', '_callback_reason', 'message', 'exception', 'availability', 'slots', '__proto__', 'constructor'), fc.anything()),
  fc.constantFrom(JSON.parse('{"__proto__":{"_callback_state":"COMPLETED"}}') as unknown, { _callback_state: 'COMPLETED', _callback_reason: 'hasOwnProperty' }),
);
const status = fc.oneof(fc.integer({ min: -1, max: 700 }), fc.constantFrom(200, 204, 400, 404, 503, Number.NaN, 1.5));

function reasonsOf(ds: readonly genesys.gms.Delivery[]): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  for (const d of ds) {
    if (d.type === 'callback-created') continue;
    const e = d.event as { reason?: unknown };
    if (typeof e.reason === 'object' && e.reason !== null) out.push(e.reason as { code: string; message: string });
  }
  return out;
}

describe('genesys.gms on hostile input', () => {
  it('decodeAnswer is total: deliveries only, refusals with a known code and dialdesk\'s own message', () => {
    fc.assert(
      fc.property(sentRequest, status, body, fc.string({ minLength: 12, maxLength: 20 }), (sent, st, b, marker) => {
        const withMarker = typeof b === 'object' && b !== null && !Array.isArray(b) ? { ...b, message: marker, exception: marker } : b;
        const ds = genesys.gms.decodeAnswer(sent, st, withMarker, 1_000);
        expect(Array.isArray(ds)).toBe(true);
        for (const r of reasonsOf(ds)) {
          expect(known.has(r.code)).toBe(true);
          expect(r.message).not.toContain(marker);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('buildRequest is total: a request with an absolute, encoded path and string fields, or a refusal with a known code', () => {
    const effect = fc.oneof(
      fc.anything(),
      fc
        .record({
          type: fc.constantFrom('send-request', 'query-state', 'close', 'x'),
          kind: fc.constantFrom('availability', 'schedule', 'reschedule', 'cancel', 'x'),
          requestId: fc.oneof(fc.string({ maxLength: 600 }), fc.anything()),
          callbackId: fc.oneof(fc.string(), fc.anything()),
          number: fc.oneof(fc.string(), fc.constant(null)),
          desiredAt: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
          start: fc.integer(),
          end: fc.integer(),
          zone: fc.string(),
        })
        // A `send-request` carries its fields in `request`; a `query-state` carries them itself.
        .map(({ type, ...fields }) => (type === 'send-request' ? { type, request: fields } : { type, ...fields })),
    );
    const svc = fc.oneof(fc.anything(), fc.record({ serviceName: fc.string({ maxLength: 20 }), api: fc.constantFrom('v1', 'v2', 'engagement-v3', 'v9'), bucketMinutes: fc.constantFrom(5, 7, 15), extraKeys: fc.anything() }));
    fc.assert(
      fc.property(svc, effect, (s, e) => {
        const r = genesys.gms.buildRequest(s as genesys.gms.GmsService, e as genesys.gms.OutgoingEffect);
        if (!r.ok) {
          expect(known.has(r.error.code)).toBe(true);
          return;
        }
        expect(r.value.path.startsWith('/')).toBe(true);
        expect(r.value.path).not.toMatch(/[\s?#]/);
        for (const v of Object.values(r.value.query)) expect(typeof v).toBe('string');
        for (const v of Object.values(r.value.body ?? {})) expect(typeof v).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });

  it('the bridge keeps its laws under any sequence: total, same state on refusal, frozen JSON that restores equal', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('send'), dt: fc.nat(3_000), effect: fc.record({ type: fc.constantFrom('send-request', 'query-state'), kind: fc.constantFrom('cancel', 'availability', 'schedule'), requestId: fc.constantFrom('a', 'b', 'c'), callbackId: fc.constantFrom('cb-1', 'cb-2'), number: fc.constant('+1555'), desiredAt: fc.constant(null), start: fc.constant(0), end: fc.constant(86_400_000) }).map(({ type, ...fields }) => (type === 'send-request' ? { type, request: fields } : { type, ...fields })) }),
      fc.record({ type: fc.constant('response'), dt: fc.nat(3_000), requestId: fc.constantFrom('a', 'b', 'c', 'z'), status, body }),
      fc.record({ type: fc.constant('tick'), dt: fc.nat(20_000) }),
      fc.record({ type: fc.constant('junk'), dt: fc.integer({ min: -10, max: 10 }), body }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        const started = genesys.gms.bridge.start({ at: 0, service: { serviceName: 'cb', api: 'v2' }, timeoutMs: 5_000 });
        if (!started.ok) throw new Error('start');
        let s = started.state;
        let at = 0;
        for (const { dt, ...e } of events) {
          at += dt;
          const step = genesys.gms.bridge.transition(s, { ...e, at } as genesys.gms.BridgeEvent);
          if (!step.ok) {
            expect(step.state).toBe(s);
            expect(genesys.gms.bridge.codes).toContain(step.error.code);
            continue;
          }
          s = step.state;
          expect(Object.isFrozen(s)).toBe(true);
          const ids = s.inFlight.map((r) => r.requestId);
          expect(new Set(ids).size).toBe(ids.length);
          const back = genesys.gms.bridge.restore(JSON.parse(JSON.stringify(s)));
          expect(back).toEqual({ ok: true, value: s });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('restore refuses what is not a bridge state, with a path', () => {
    fc.assert(
      fc.property(fc.anything(), (j) => {
        const r = genesys.gms.bridge.restore(j);
        if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-state' });
      }),
    );
    expect(genesys.gms.bridge.restore({ version: 1, lastAt: 0, service: { serviceName: 'cb' }, timeoutMs: 10, inFlight: [{}] })).toMatchObject({ ok: false, error: { path: '$.inFlight[0].kind' } });
  });
});
