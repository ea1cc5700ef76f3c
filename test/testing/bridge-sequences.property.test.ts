import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

// The Genesys bridges' accepted sequences: every event accepted, and the sample reaches deep into the
// protocol, judged by the effects the bridge gives (what it sent OCS or GMS, what it delivered to the
// domain machines), not by event types alone (a bridge has few).

/** What a run of the OCS bridge did, as short labels. */
function ocsReached(s: arbitraries.EventSequence<genesys.ocs.BridgeInput, genesys.ocs.BridgeEvent>): string[] {
  const story = testing.run(genesys.ocs.machine, s.input, s.events);
  expect(story.refusals).toEqual([]);
  return story.steps.flatMap((step) =>
    step.effects.map((x) => {
      if (x.type === 'send-wire') return `wire ${x.request.kind}`;
      if (x.type === 'deliver') return `${x.to} ${x.event.type}${x.event.type === 'request-failed' && 'reason' in x.event && x.event.reason === 'timeout' ? ' timeout' : ''}`;
      if (x.type === 'notify') return `notify ${x.message.kind}`;
      return x.type;
    }),
  );
}

/** What a run of the GMS bridge did, as short labels. */
function gmsReached(s: arbitraries.EventSequence<genesys.gms.BridgeInput, genesys.gms.BridgeEvent>): string[] {
  const story = testing.run(genesys.gms.bridge, s.input, s.events);
  expect(story.refusals).toEqual([]);
  return story.steps.flatMap((step) =>
    step.effects.map((x) => {
      if (x.type === 'send-request') return `${s.input.service.api ?? 'v1'} ${x.request.kind}`;
      if (x.type === 'callback-created') return 'callback-created';
      if (x.type === 'wake') return 'wake';
      const e = x.event;
      if (e.type === 'request-failed') return `${x.type} failed ${e.reason?.code ?? 'none'}`;
      if (e.type === 'request-acknowledged' && 'slots' in e && e.slots !== undefined && e.slots.length > 0) return `${x.type} slots`;
      return `${x.type} ${e.type}`;
    }),
  );
}

describe('ocsBridgeSequence', () => {
  it('every event is accepted, and a sample reaches every request, answer and notice', () => {
    const seen = new Set(fc.sample(arbitraries.ocsBridgeSequence(), { numRuns: 400, seed: 11 }).flatMap(ocsReached));
    const expected = [
      ...['preview-record', 'chained-records', 'reject', 'cancel', 'do-not-call', 'update', 'processed', 'reschedule', 'add-record', 'logout', 'preview-dialing-mode-start', 'ready-time'].map((k) => `wire ${k}`),
      'interaction preview-record',
      'interaction chained-records',
      'interaction no-records',
      'interaction request-acknowledged',
      'interaction request-failed',
      'interaction request-failed timeout',
      'logout logout-delay',
      'logout request-acknowledged',
      'host request-acknowledged',
      'host request-failed timeout',
      'campaigns campaign-started',
      'campaigns campaign-mode-changed',
      'notify scheduled-call',
      'notify record-cancelled',
    ];
    for (const label of expected) expect(seen, label).toContain(label);
  }, 60_000);
});

describe('gmsBridgeSequence', () => {
  it('every event is accepted, and a sample reaches every operation of every API and every kind of answer', () => {
    const seen = new Set(fc.sample(arbitraries.gmsBridgeSequence(), { numRuns: 400, seed: 11 }).flatMap(gmsReached));
    const expected = [
      ...['v1', 'v2', 'engagement-v3'].flatMap((api) => ['availability', 'create', 'cancel', 'query-state'].map((k) => `${api} ${k}`)),
      'v1 reschedule',
      'v2 reschedule',
      'callback-created',
      'dialog-event slots',
      'dialog-event request-acknowledged',
      'lifecycle-event request-acknowledged',
      'lifecycle-event queued',
      'lifecycle-event completed',
      'dialog-event failed time-slot-full',
      'lifecycle-event failed callback-not-found',
      'dialog-event failed request-timed-out',
      'lifecycle-event failed request-timed-out',
    ];
    for (const label of expected) expect(seen, label).toContain(label);
    // Every success body is one the decoders read: none is refused as an invalid answer.
    expect([...seen].filter((l) => l.includes('invalid-response') || l.includes('unknown-completion-reason'))).toEqual([]);
  }, 60_000);
});
