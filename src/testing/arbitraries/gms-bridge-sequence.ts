import fc from 'fast-check';
import { bucketSizes } from '../../callback/index.js';
import { toEngagementAvailability } from '../../callback/server.js';
import type * as gms from '../../genesys/gms/index.js';
import { bridge } from '../../genesys/gms/bridge.js';
import { ENGAGEMENT, KEY, REASONS, STATES } from '../../genesys/gms/wire.js';
import { DAY, HOUR, MINUTE, isoUtc } from '../../time/index.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

/*
 * The GMS Callback Services API as the bridge speaks it (keys, states and reasons from
 * src/genesys/gms/wire.ts, where each carries its source): the requests are the callback dialog's and
 * lifecycle's `send-request` effects and the host's `query-state`; the answers are the shapes the
 * bridge's tests and test/genesys/gms/fake-gms.ts use (`{ _id }` on create, a list of callback records
 * on query, v1 availability as a map of ISO instants to capacity, v2 and Engagement v3 as `slots`,
 * Engagement answers under `data`, errors as `{ message, exception }`).
 */

const CALLBACK_IDS = ['gms-1', 'gms-2', 'gms-3'];
const NUMBERS = ['+15551230001', '+15551230002'];
const EXCEPTION = 'com.genesyslab.gsg.services.callback.CallbackException';
const ERRORS: readonly (readonly [number, string, string])[] = [
  [400, 'Desired time is outside of office hours', `${EXCEPTION}Availability`],
  [400, 'Time bucket is full', `${EXCEPTION}Availability`],
  [400, 'A callback for this number is already in queue', EXCEPTION],
  [404, 'Callback not found', EXCEPTION],
  [503, 'Service unavailable', EXCEPTION],
];
const STATE_NAMES = Object.keys(STATES);
const REASON_NAMES = Object.keys(REASONS);

function gmsBridgeInput(): fc.Arbitrary<gms.BridgeInput> {
  return fc.record({
    at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    service: fc.record(
      {
        serviceName: fc.constantFrom('callback-for-desktop', 'cb'),
        api: fc.constantFrom('v1' as const, 'v2' as const, 'engagement-v3' as const),
        bucketMinutes: fc.constantFrom(...bucketSizes),
        maxTimeSlots: fc.integer({ min: 1, max: 100 }),
        reportBusy: fc.boolean(),
      },
      { requiredKeys: ['serviceName'] },
    ),
    timeoutMs: fc.integer({ min: 1_000, max: MINUTE }),
  });
}

/** The requests worth sending at `at`: availability of a day, a create, reschedules, a cancel, a state query. */
function requests(at: number, draw: Draw): Record<string, unknown>[] {
  const id = (kind: string): string => `${kind}-${at}`;
  const callbackId = draw.pick(CALLBACK_IDS);
  const day = Math.floor(at / DAY) * DAY + draw.int(0, 6) * DAY;
  const desiredAt = Math.ceil(at / (15 * MINUTE)) * 15 * MINUTE + draw.int(1, 96) * 15 * MINUTE;
  const zone = draw.pick(['America/New_York', 'Europe/London', 'UTC']);
  const origin = { kind: 'team-communicator', contactId: 'c-9' };
  const scheduled = draw.bool();
  return [
    { type: 'send-request', request: { kind: 'availability', requestId: id('availability'), zone, date: isoUtc(day).slice(0, 10), start: day, end: day + DAY } },
    {
      type: 'send-request',
      request: {
        kind: 'schedule',
        requestId: id('callback'),
        callbackId: null,
        callbackType: scheduled ? 'scheduled' : 'immediate',
        callbackKind: scheduled ? 'scheduled' : 'immediate',
        offerType: scheduled ? 'scheduled' : 'asap',
        desiredAt: scheduled ? desiredAt : null,
        desiredTime: scheduled ? isoUtc(desiredAt) : null,
        zone,
        number: draw.pick(NUMBERS),
        origin,
      },
    },
    // The dialog's reschedule carries its origin; the lifecycle's does not.
    {
      type: 'send-request',
      request: draw.bool()
        ? { kind: 'reschedule', requestId: id('reschedule'), callbackId, desiredAt, desiredTime: isoUtc(desiredAt) }
        : { kind: 'reschedule', requestId: id('callback'), callbackId, callbackType: 'scheduled', callbackKind: 'scheduled', offerType: 'scheduled', desiredAt, desiredTime: isoUtc(desiredAt), zone, number: null, origin: { kind: 'reschedule', callbackId, desiredAt } },
    },
    { type: 'send-request', request: { kind: 'cancel', requestId: id('cancel'), callbackId } },
    { type: 'query-state', requestId: id('state'), callbackId },
  ];
}

/** A success body for a request in flight, in its API's shape. */
function success(sent: gms.SentRequest, draw: Draw): unknown {
  const eng = sent.api === 'engagement-v3';
  switch (sent.kind) {
    case 'availability': {
      const w = sent.window ?? { start: sent.deadline, end: sent.deadline + DAY };
      const size = sent.bucketMinutes * MINUTE;
      const first = Math.ceil((w.start + draw.int(0, 8) * HOUR) / size) * size;
      const slots = Array.from({ length: draw.int(0, 4) }, (_, i) => {
        const start = first + i * size;
        const capacity = draw.int(1, 4);
        return { start, end: start + size, capacity, remaining: draw.int(0, capacity) };
      });
      if (sent.api === 'v1') return Object.fromEntries(slots.map((s) => [isoUtc(s.start), s.remaining]));
      return toEngagementAvailability(slots, 'UTC', sent.bucketMinutes) ?? { slots: [], durationMin: sent.bucketMinutes, timezone: 'UTC' };
    }
    case 'create': {
      const id = draw.pick(CALLBACK_IDS);
      return eng ? { status: { code: 0 }, data: { id } } : { [KEY.id]: id };
    }
    case 'reschedule':
    case 'cancel':
      return null;
    case 'query-state': {
      const state = draw.pick(STATE_NAMES);
      const reason = state === 'COMPLETED' ? draw.pick(REASON_NAMES) : undefined;
      const id = sent.callbackId ?? '';
      if (eng) return { data: { [ENGAGEMENT.id]: id, [ENGAGEMENT.state]: state, ...(reason === undefined ? {} : { [ENGAGEMENT.reason]: reason }) } };
      return [{ [KEY.id]: id, [KEY.state]: state, ...(reason === undefined ? {} : { [KEY.reason]: reason }) }];
    }
  }
}

function candidates(state: gms.BridgeState, at: number, draw: Draw): gms.BridgeEvent[] {
  const events: gms.BridgeEvent[] = [{ type: 'tick', at }];
  // One request worth sending (two now and then), so that answers keep up with requests.
  const sendable = requests(at, draw);
  events.push({ type: 'send', at, effect: draw.pick(sendable) as gms.OutgoingEffect });
  if (draw.int(0, 2) === 0) events.push({ type: 'send', at, effect: draw.pick(sendable) as gms.OutgoingEffect });
  // Answers to the requests in flight (the newest few), each by the request id it was sent with.
  for (const sent of state.inFlight.slice(-3)) {
    events.push({ type: 'response', at, requestId: sent.requestId, status: draw.pick([200, 200, 204]), body: success(sent, draw) });
    if (draw.int(0, 2) === 0) {
      const [status, message, exception] = draw.pick(ERRORS);
      events.push({ type: 'response', at, requestId: sent.requestId, status, body: { message, exception } });
    }
  }
  return events;
}

/**
 * Inputs and accepted event sequences for the GMS bridge (`genesys.gms.bridge`), over GMS v1, v2 and the
 * Engagement API v3: the callback dialog's requests (availability of a day, a scheduled or immediate
 * callback, a reschedule from the reschedule view), the lifecycle's reschedules and cancels and the host's
 * state queries; the server's answers matched by request id (availability in the API's shape, the new
 * callback's id, callback states with their completion reasons, GMS errors such as a full time bucket or
 * an unknown callback); and ticks that time requests out. Every event is accepted from the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { genesys } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.gmsBridgeSequence({ maxEvents: 20 }), ({ input, events }) => {
 *     const story = testing.run(genesys.gms.bridge, input, events);
 *     const ids = story.state.inFlight.map((r) => r.requestId);
 *     return story.refusals.length === 0 && new Set(ids).size === ids.length;
 *   }),
 * );
 * ```
 */
export function gmsBridgeSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<gms.BridgeInput, gms.BridgeEvent>> {
  return acceptedEvents(bridge, gmsBridgeInput(), candidates, sequenceOptions('gmsBridgeSequence', options));
}
