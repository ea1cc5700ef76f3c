import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

// Properties of the additions: the OCS bridge keeps the contract's laws over sequences that mix
// session requests, logout requests, their answers (with and without a delay, errors), replays and
// ticks; decode stays total with a logout-delay key configured; the GWS session calls and their
// CometD answers round-trip through the same decoder.

const APP = 134;
const DELAY_KEY = 'DEPLOYMENT_LOGOUT_DELAY';
const T0 = Date.UTC(2026, 6, 1, 14, 0);

const sessionKind = fc.constantFrom('preview-dialing-mode-start' as const, 'preview-dialing-mode-over' as const, 'ready-time' as const);
const ACK: Record<string, string> = {
  'preview-dialing-mode-start': 'PreviewDialingModeStartAcknowledge',
  'preview-dialing-mode-over': 'PreviewDialingModeOverAcknowledge',
  'ready-time': 'ReadyTimeAcknowledge',
  logout: 'LogOutAcknowledge',
};

// One step of a sequence: relative time, then what happens. Answers name a reference id that may or
// may not have been sent (so unknown, duplicate and late replies occur).
const step = fc.oneof(
  fc.record({ kind: fc.constant('session' as const), request: sessionKind, id: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('logout' as const), id: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('ack' as const), request: fc.constantFrom('preview-dialing-mode-start', 'preview-dialing-mode-over', 'ready-time', 'logout'), ref: fc.integer({ min: 1, max: 6 }), delay: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('error' as const), ref: fc.integer({ min: 1, max: 6 }), text: fc.constantFrom('Agent not found', 'Campaign is not loaded') }),
  fc.record({ kind: fc.constant('tick' as const) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function event(s: Step, at: number): genesys.ocs.BridgeEvent {
  switch (s.kind) {
    case 'session':
      return { type: 'send-session', at, requestId: `session-${s.id}`, request: { kind: s.request, campaign: 'Renewals', data: {} } };
    case 'logout':
      return { type: 'send-logout', at, requestId: `logout-${s.id}` };
    case 'ack':
      return { type: 'user-event', at, data: { GSW_USER_EVENT: ACK[s.request] ?? '', GSW_REFERENCE_ID: s.ref, ...(s.delay === undefined ? {} : { [DELAY_KEY]: s.delay }) } };
    case 'error':
      return { type: 'user-event', at, data: { GSW_ERROR: s.text, GSW_ERROR_NUMBER: 120, GSW_REFERENCE_ID: s.ref } };
    case 'tick':
      return { type: 'tick', at };
  }
}

const sequence: fc.Arbitrary<arbitraries.EventSequence<genesys.ocs.BridgeInput, genesys.ocs.BridgeEvent>> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), step), { minLength: 1, maxLength: 14 })
  .map((steps) => {
    let at = T0;
    const events = steps.map(([dt, s]) => {
      at += dt;
      return event(s, at);
    });
    return { input: { at: T0, applicationId: APP, timeoutMs: 15_000, keys: { logoutDelay: DELAY_KEY } }, events };
  });

describe('genesys.ocs.machine keeps the laws with the added events', () => {
  it('over sampled sequences of session and logout requests, answers, replays and ticks', () => {
    const cases = fc.sample(sequence, { numRuns: 60, seed: 17 });
    const report = testing.checkMachineLaws(genesys.ocs.machine, cases);
    expect(report.failures).toEqual([]);
  });

  it('every request is answered at most once, and only while it waits', () => {
    fc.assert(
      fc.property(sequence, ({ input, events }) => {
        const s = genesys.ocs.machine.start(input);
        if (!s.ok) return;
        let state = s.state;
        const waiting = new Set<string>();
        for (const e of events) {
          const r = genesys.ocs.machine.transition(state, e);
          if (!r.ok) {
            expect(r.state).toBe(state);
            expect(genesys.ocs.machine.codes).toContain(r.error.code);
            continue;
          }
          state = r.state;
          if (e.type === 'send-session' || e.type === 'send-logout') waiting.add(e.requestId);
          for (const x of r.effects) {
            if (x.type !== 'deliver' || (x.to !== 'host' && x.to !== 'logout') || x.event.type === 'logout-delay') continue;
            const id = 'requestId' in x.event ? String(x.event.requestId) : '';
            expect(waiting.has(id)).toBe(true);
            waiting.delete(id);
          }
          expect(new Set(state.pending.map((p) => p.requestId))).toEqual(waiting);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('decode with a logout-delay key', () => {
  it('is total on arbitrary key-value data', () => {
    const codes = ['invalid-event-data', 'unknown-user-event', 'missing-field', 'invalid-field', 'unknown-genesys-zone', 'unknown-zone', 'invalid-record-data', 'invalid-options', 'invalid-field-declaration'];
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean());
    const data = fc.dictionary(fc.constantFrom('GSW_USER_EVENT', 'GSW_REFERENCE_ID', DELAY_KEY, 'GSW_RECORD_HANDLE', 'GSW_ERROR', 'x'), value);
    const withEvent = data.chain((d) => fc.constantFrom(...Object.values(genesys.ocs.userEvents)).map((e) => ({ ...d, GSW_USER_EVENT: e })));
    fc.assert(
      fc.property(fc.oneof(data, withEvent, arbitraries.untrustedOcsUserEvent()), (d) => {
        const m = genesys.ocs.decodeEvent(d, { keys: { logoutDelay: DELAY_KEY } });
        if (!m.ok) {
          expect(codes).toContain(m.error.code);
          expect(m.error.path?.startsWith('$')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips a logout answer: the delay written is the delay read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.boolean(), (seconds, ref, asText) => {
        const m = genesys.ocs.decodeEvent({ GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: ref, [DELAY_KEY]: asText ? String(seconds) : seconds }, { keys: { logoutDelay: DELAY_KEY } });
        expect(m).toEqual({ ok: true, value: { kind: 'acknowledged', request: 'logout', referenceId: ref, handle: null, delaySeconds: seconds } });
      }),
    );
  });
});

describe('GWS session calls echo through CometD', () => {
  it('the reference id a REST call carries comes back decoded from its CometD answer', () => {
    const notification = { 'preview-dialing-mode-start': 'PreviewSessionStarted', 'preview-dialing-mode-over': 'PreviewSessionEnded' } as const;
    fc.assert(
      fc.property(fc.constantFrom('preview-dialing-mode-start' as const, 'preview-dialing-mode-over' as const), fc.integer({ min: 0, max: 2 ** 31 }), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,15}$/), (kind, ref, campaign) => {
        const call = genesys.gws.restCall({ kind, referenceId: ref, campaign, data: {} }, { applicationId: APP, devicePath: '/devices/d1' });
        expect(call.ok).toBe(true);
        if (!call.ok) return;
        expect(decodeURIComponent(call.value.path)).toBe(`/api/v2/me/outbound-campaigns/${campaign}`);
        const answer = { messageType: 'OutboundCampaignMessage', notificationType: notification[kind], campaign: { name: campaign }, referenceId: call.value.body.referenceId };
        expect(genesys.gws.decodeNotification(answer)).toEqual({ ok: true, value: { kind: 'acknowledged', request: kind, referenceId: ref, handle: null } });
      }),
    );
  });
});
