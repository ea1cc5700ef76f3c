import fc from 'fast-check';
import type * as ocs from '../../genesys/ocs/index.js';
import { machine } from '../../genesys/ocs/bridge.js';
import { userEvents, wireKeys } from '../../genesys/ocs/keys.js';
import { genesysZones } from '../../genesys/zones.js';
import type { OutboundRequest } from '../../outbound/interaction/index.js';
import { callResults, codeOf, contactInfoTypes, recordKeys, type CallResult } from '../../outbound/records/index.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

/*
 * The OCS desktop protocol as the bridge speaks it (Outbound Contact Reference Manual, "Communication
 * Protocols"; keys and user-event names from `genesys.ocs.wireKeys` and `userEvents`, where each carries
 * its source). Only message shapes the bridge's own tests and test/genesys/fake-ocs.ts already use:
 * records as OCS keeps them (`GSW_*` strings, a Genesys Time Zone object name in `GSW_TZ_NAME`),
 * acknowledgements echoing `GSW_REFERENCE_ID` and `GSW_RECORD_HANDLE`, errors as `GSW_ERROR` and
 * `GSW_ERROR_NUMBER`, campaign notices with `GSW_CAMPAIGN_GROUP_NAME` `<campaign>@<group>`.
 */

const CAMPAIGN = 'Renewals';
const GROUP = 'Sales';
/** A deployment's logout-delay key: no source names it, so the bridge has no default (`keys.logoutDelay`). */
const DELAY_KEY = 'DEPLOYMENT_LOGOUT_DELAY';
const TZ_NAMES = genesysZones.slice(0, 8).map((r) => r.name);
const ERRORS = [
  ['Record not found', 103],
  ['Campaign is not loaded', 120],
  ['Agent not found', 121],
] as const;
const CALL_RESULTS: readonly CallResult[] = ['answer', 'busy', 'no-answer', 'answering-machine'];

/** The acknowledgement OCS sends for each kind of wire request. */
const ACKS: Readonly<Record<string, string>> = {
  update: userEvents.updateAck,
  processed: userEvents.processedAck,
  reject: userEvents.rejectAck,
  cancel: userEvents.cancelAck,
  'do-not-call': userEvents.doNotCallAck,
  reschedule: userEvents.rescheduleAck,
  'add-record': userEvents.addRecordAck,
  logout: userEvents.logoutAck,
  'preview-dialing-mode-start': userEvents.previewDialingModeStartAck,
  'preview-dialing-mode-over': userEvents.previewDialingModeOverAck,
  'ready-time': userEvents.readyTimeAck,
};

const CAMPAIGN_NOTICES = [userEvents.campaignLoaded, userEvents.campaignStarted, userEvents.campaignStopped, userEvents.campaignUnloaded, userEvents.campaignModeChanged];

type Data = Readonly<Record<string, string | number>>;

function ocsBridgeInput(): fc.Arbitrary<ocs.BridgeInput> {
  const dateTime = fc.oneof(
    fc.record({ dateTimeZone: fc.constantFrom('America/New_York', 'America/Chicago', 'Europe/London'), dateTimeFormat: fc.constant('MM/DD/YYYY HH:MM' as const) }),
    fc.record({ dateTimeZone: fc.constant(null), dateTimeFormat: fc.constant('epoch-seconds' as const) }),
  );
  return fc
    .record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      applicationId: fc.integer({ min: 1, max: 9_999 }),
      timeoutMs: fc.integer({ min: 1_000, max: 60_000 }),
      dateTime,
      delayKey: fc.boolean(),
      agentGroup: fc.constantFrom(GROUP, null),
      dispositionField: fc.constantFrom('disposition', null),
    })
    .map(({ dateTime: dt, delayKey, ...rest }) => ({
      ...rest,
      ...dt,
      fields: [{ key: 'note', type: 'string' as const }],
      ...(delayKey ? { keys: { logoutDelay: DELAY_KEY } } : {}),
    }));
}

/** A calling-list record as OCS sends it: three records to a chain, handles from 101. */
function recordData(handle: number, draw: Draw): Data {
  const n = handle - 101;
  return {
    [recordKeys.handle]: String(handle),
    [recordKeys.chainId]: String(55 + Math.floor(n / 3)),
    [recordKeys.chainN]: String(n % 3),
    [recordKeys.phone]: `55501${String(handle % 100).padStart(2, '0')}`,
    [recordKeys.contactInfoType]: String(draw.int(1, 4)),
    [recordKeys.timeZone]: draw.pick(TZ_NAMES),
    [recordKeys.dailyFrom]: '28800',
    [recordKeys.dailyTill]: '75600',
    [recordKeys.campaignName]: CAMPAIGN,
    [recordKeys.callingList]: 'CallingList1',
    note: '',
  };
}

/** The answers OCS may give one waiting request. */
function replies(p: ocs.PendingWire, state: ocs.BridgeState, draw: Draw): Data[] {
  const ref = p.request.referenceId;
  const common = { [wireKeys.applicationId]: state.config.applicationId, [wireKeys.referenceId]: ref };
  const [text, number] = draw.pick(ERRORS);
  // An error now and then, so that most requests get their own answer.
  const out: Data[] = draw.int(0, 2) === 0 ? [{ ...common, [wireKeys.error]: text, [wireKeys.errorNumber]: number }] : [];
  const r = p.request;
  switch (r.kind) {
    case 'preview-record': {
      const handle = 101 + draw.int(0, 11);
      out.push({ [wireKeys.userEvent]: userEvents.previewRecord, ...common, ...recordData(handle, draw) });
      out.push({ ...common, [wireKeys.error]: 'No Records Available', [wireKeys.errorNumber]: 114 });
      break;
    }
    case 'chained-records': {
      const first = r.handle - ((r.handle - 101) % 3);
      const other = first + draw.int(0, 2);
      if (other !== r.handle && other >= 101) out.push({ [wireKeys.userEvent]: userEvents.chainedRecord, ...common, ...recordData(other, draw) });
      out.push({ [wireKeys.userEvent]: userEvents.chainEnd, ...common, [wireKeys.recordHandle]: r.handle });
      break;
    }
    case 'add-record':
      // The acknowledgement carries the new record's handle.
      out.push({ [wireKeys.userEvent]: userEvents.addRecordAck, ...common, [wireKeys.campaignName]: r.campaign, [wireKeys.recordHandle]: 1_000 + ref });
      break;
    case 'logout': {
      const delay = state.config.keys.logoutDelay;
      out.push({ [wireKeys.userEvent]: userEvents.logoutAck, ...common, ...(delay !== undefined && draw.bool() ? { [delay]: draw.int(0, 90) } : {}) });
      break;
    }
    default: {
      const ack = ACKS[r.kind] ?? userEvents.updateAck;
      out.push({ [wireKeys.userEvent]: ack, ...common, [wireKeys.campaignName]: r.campaign, ...('handle' in r ? { [wireKeys.recordHandle]: r.handle } : {}) });
    }
  }
  return out;
}

/**
 * A GWS CometD answer on `/v2/me/outbound` (Web Services 8.5 Outbound API samples, as
 * `genesys.gws.decodeNotification` reads them): a session request's `OutboundCampaignMessage`
 * (`PreviewSessionStarted`, `PreviewSessionEnded`), an `OutboundRecordMessage` acknowledging a request
 * about a record, or the OCS keys under `userData`.
 */
function cometd(p: ocs.PendingWire, state: ocs.BridgeState, draw: Draw): unknown {
  const r = p.request;
  const referenceId = String(r.referenceId);
  if (r.kind === 'preview-dialing-mode-start' || r.kind === 'preview-dialing-mode-over') {
    const notificationType = r.kind === 'preview-dialing-mode-start' ? 'PreviewSessionStarted' : 'PreviewSessionEnded';
    return { messageType: 'OutboundCampaignMessage', notificationType, campaign: { name: r.campaign, dialingMode: 'Preview', groupName: `${r.campaign}@${GROUP}` }, referenceId };
  }
  const ack = ACKS[r.kind];
  if ('handle' in r && ack !== undefined) {
    return { messageType: 'OutboundRecordMessage', notificationType: ack, referenceId, record: { recordHandle: r.handle, campaignName: r.campaign, callingList: 'CallingList1' } };
  }
  return { userData: draw.pick(replies(p, state, draw)) };
}

/** The domain requests the interaction machine may send about a record the bridge has seen. */
function recordRequests(record: ocs.BridgeRecord, n: number, at: number, draw: Draw): OutboundRequest[] {
  const base = { requestId: `outbound-${n}`, referenceId: n, handle: record.handle };
  const callResult = draw.pick(CALL_RESULTS);
  return [
    { kind: draw.pick(['reject', 'cancel', 'chained-records'] as const), ...base },
    { kind: 'do-not-call', ...base, scope: draw.pick(['record', 'chain'] as const) },
    { kind: 'update', ...base, fields: { note: draw.pick(['after 6', 'call back', '']) }, callResult },
    {
      kind: 'processed',
      ...base,
      callResult,
      callResultCode: codeOf(callResults, callResult),
      disposition: draw.pick(['SALE', null]),
      phone: `55501${String(record.handle % 100).padStart(2, '0')}`,
      contactInfoType: draw.pick(contactInfoTypes.slice(1, 5)),
    },
    {
      kind: 'reschedule',
      ...base,
      callbackType: draw.pick(['personal', 'campaign'] as const),
      dialSchedTime: Math.floor(at / 1000) + draw.int(1, 72) * 3_600,
      phone: draw.bool() ? '5550199' : `55501${String(record.handle % 100).padStart(2, '0')}`,
      chainN: draw.bool() ? record.chainN : null,
    },
  ];
}

function candidates(state: ocs.BridgeState, at: number, draw: Draw): ocs.BridgeEvent[] {
  const n = state.referenceSeq + 1;
  const events: ocs.BridgeEvent[] = [{ type: 'tick', at }];
  events.push({ type: 'send', at, request: { kind: 'preview-record', requestId: `outbound-${n}`, referenceId: n, campaign: draw.bool() ? CAMPAIGN : null } });
  if (state.records.length > 0) {
    const record = draw.pick(state.records);
    for (const request of recordRequests(record, n, at, draw)) events.push({ type: 'send', at, request });
  }
  // Answers to the requests waiting (the newest few), each correlated by the reference id the bridge gave
  // it: as T-Server user events, and now and then as GWS CometD messages.
  for (const p of state.pending.slice(-3)) {
    for (const data of replies(p, state, draw)) events.push({ type: 'user-event', at, data });
    if (draw.int(0, 2) === 0) events.push({ type: 'cometd', at, data: cometd(p, state, draw) });
  }
  if (draw.int(0, 3) === 0) events.push({ type: 'send-logout', at, requestId: `logout-${n}` });
  if (draw.int(0, 3) === 0) {
    const kind = draw.pick(['preview-dialing-mode-start', 'preview-dialing-mode-over', 'ready-time'] as const);
    events.push({ type: 'send-session', at, requestId: `session-${n}`, request: { kind, campaign: CAMPAIGN, data: {} } });
  }
  // Messages OCS starts itself: campaign notices, scheduled calls, records taken back.
  if (draw.int(0, 2) === 0) {
    const group = draw.bool() ? { [wireKeys.campaignGroupName]: `${CAMPAIGN}@${GROUP}` } : {};
    const mode = draw.pick(['Preview', 'Progressive', 'Predictive']);
    events.push({ type: 'user-event', at, data: { [wireKeys.userEvent]: draw.pick(CAMPAIGN_NOTICES), [wireKeys.applicationId]: state.config.applicationId, [wireKeys.campaignName]: CAMPAIGN, ...group, [wireKeys.campaignMode]: mode } });
  }
  if (draw.int(0, 3) === 0) events.push({ type: 'user-event', at, data: { [wireKeys.userEvent]: userEvents.scheduledCall, [wireKeys.applicationId]: state.config.applicationId, ...recordData(101 + draw.int(0, 11), draw) } });
  if (state.records.length > 0 && draw.int(0, 5) === 0) {
    events.push({ type: 'user-event', at, data: { [wireKeys.userEvent]: userEvents.recordCancel, [wireKeys.recordHandle]: draw.pick(state.records).handle, [wireKeys.campaignName]: CAMPAIGN } });
  }
  return events;
}

/**
 * Inputs and accepted event sequences for the OCS bridge (`genesys.ocs.machine`): the interaction
 * machine's requests (preview records, then reject, cancel, chained records, do-not-call, updates,
 * processed and reschedules of the records OCS sent, a reschedule onto a new number included), the logout
 * machine's and the host's session requests, OCS's answers correlated by the `GSW_REFERENCE_ID` the
 * bridge gave each request (records, chains and their end marker, acknowledgements, errors, "No Records
 * Available", logout answers with a negotiated delay; as T-Server user events and as GWS CometD
 * messages), messages OCS starts itself (campaign notices,
 * scheduled calls, records taken back) and ticks that time requests out. Every event is accepted from
 * the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { genesys } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.ocsBridgeSequence({ maxEvents: 20 }), ({ input, events }) => {
 *     const story = testing.run(genesys.ocs.machine, input, events);
 *     return story.refusals.length === 0 && story.state.pending.length <= events.length;
 *   }),
 * );
 * ```
 */
export function ocsBridgeSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<ocs.BridgeInput, ocs.BridgeEvent>> {
  return acceptedEvents(machine, ocsBridgeInput(), candidates, sequenceOptions('ocsBridgeSequence', options));
}
