import {
  accept,
  d,
  deepFreeze,
  defineMachine,
  isRecord,
  ownField,
  readEnvelope,
  refuse,
  refuseStart,
  refuseWith,
  type Machine,
  type Rejection,
  type Result,
  type Started,
  type Step,
} from '../../core/internal.js';
import { deadlineOf, dueAt, place, remember as rememberClosed } from '../correlator.js';
import { gwsWire } from '../gws/notifications.js';
import { configDecoder, decodeState, defaultConfig, domainRequestDecoder, sessionRequestDecoder } from './bridge-decoders.js';
import { bridgeCodes, type BridgeCode, type BridgeConfig, type BridgeEffect, type BridgeEvent, type BridgeInput, type BridgeRecord, type BridgeState, type PendingWire } from './bridge-types.js';
import { decodeWire, type DecodeOptions } from './decode.js';
import { campaignEvent, domainRecordData, planRequest, type DistributiveOmit } from './domain.js';
import { encodeRequest, type EncodeContext } from './encode.js';
import type { OcsMessage, RecordMessage } from './messages.js';
import type { WireRequest } from './requests.js';
import { readWire, wireObject, wireText, type WireData } from './wire.js';
import { recordKeys } from '../../outbound/records/index.js';

type S = BridgeState;
type X = BridgeEffect;
type C = BridgeCode;

const MAX_RECORDS = 256;
const MAX_CLOSED = 64;
const MAX_PENDING = 1000;

function done(state: S, effects: readonly X[] = []): Step<S, X, C> {
  return accept(deepFreeze(state), effects);
}

function encodeContext(config: BridgeConfig): EncodeContext {
  return {
    applicationId: config.applicationId,
    dateTimeFormat: config.dateTimeFormat,
    keys: config.keys,
    ...(config.dateTimeZone === null ? {} : { dateTimeZone: config.dateTimeZone }),
  };
}

function decodeOptions(config: BridgeConfig): DecodeOptions {
  return { fields: config.fields, zones: config.zones, keys: config.keys, events: config.events, modes: config.modes };
}

function startBridge(input: BridgeInput): Started<S, X, C> {
  if (!isRecord(input)) return refuseStart('invalid-input', 'The input must be an object.', undefined, '$');
  const at = d.decode(d.instant, ownField(input, 'at'), 'invalid-input');
  if (!at.ok) return refuseStart('invalid-input', at.error.message, undefined, '$.at');
  const candidate: Record<string, unknown> = { ...defaultConfig };
  for (const key of [...Object.keys(defaultConfig), 'applicationId']) {
    const v = ownField(input, key);
    if (v !== undefined) candidate[key] = v;
  }
  const config = d.decode(configDecoder, candidate, 'invalid-input');
  if (!config.ok) return config;
  const state: S = { version: 1, lastAt: at.value, config: config.value, referenceSeq: 0, pending: [], records: [], closed: [] };
  return accept(deepFreeze(JSON.parse(JSON.stringify(state)) as S), []);
}

/** Opens a wire request: the next reference id, encoded, pending until its answer or deadline. */
function open(state: S, at: number, body: DistributiveOmit<WireRequest, 'referenceId'>, requestId: string, answerTo: PendingWire['answerTo'], then: PendingWire['then']): Step<S, X, C> {
  if (state.pending.length >= MAX_PENDING) return refuse(state, 'event-not-allowed', 'Too many requests are waiting for OCS.', undefined, '$');
  if (place(state.pending, [], requestId, (p) => p.requestId, () => undefined).found) return refuse(state, 'duplicate-request', 'A request with that id is already waiting for OCS.', undefined, answerTo === 'interaction' ? '$.request.requestId' : '$.requestId');
  const referenceId = state.referenceSeq + 1;
  const request = { ...body, referenceId } as WireRequest;
  const pairs = encodeRequest(request, encodeContext(state.config));
  if (!pairs.ok) return refuse(state, pairs.error.code, pairs.error.message, undefined, `$.request${(pairs.error.path ?? '$').slice(1)}`);
  const deadline = deadlineOf(at, state.config.timeoutMs);
  const pending: PendingWire = { request, requestId, answerTo, deadline, chain: [], then };
  return done({ ...state, lastAt: at, referenceSeq: referenceId, pending: [...state.pending, pending] }, [
    { type: 'send-wire', request, pairs: pairs.value },
    { type: 'wake', at: deadline },
  ]);
}

function sendDomain(state: S, at: number, raw: unknown): Step<S, X, C> {
  const request = d.decode(domainRequestDecoder, raw, 'invalid-request');
  if (!request.ok) return refuse(state, 'invalid-request', request.error.message, undefined, `$.request${(request.error.path ?? '$').slice(1)}`);
  const plan = planRequest(request.value, state.records, { dispositionField: state.config.dispositionField });
  if (!plan.ok) return refuse(state, plan.code, plan.message, undefined, plan.path);
  return open(state, at, plan.request, request.value.requestId, 'interaction', plan.then);
}

function sendLogout(state: S, at: number, requestId: unknown): Step<S, X, C> {
  if (typeof requestId !== 'string' || requestId === '' || requestId.length > 255) return refuse(state, 'invalid-event', '`requestId` must be a non-empty string.', undefined, '$.requestId');
  return open(state, at, { kind: 'logout' }, requestId, 'logout', null);
}

function sendSession(state: S, at: number, requestId: unknown, raw: unknown): Step<S, X, C> {
  if (typeof requestId !== 'string' || requestId === '' || requestId.length > 255) return refuse(state, 'invalid-event', '`requestId` must be a non-empty string.', undefined, '$.requestId');
  const request = d.decode(sessionRequestDecoder, raw, 'invalid-request');
  if (!request.ok) return refuse(state, 'invalid-request', request.error.message, undefined, `$.request${(request.error.path ?? '$').slice(1)}`);
  return open(state, at, request.value, requestId, 'host', null);
}

function remember(records: readonly BridgeRecord[], message: RecordMessage, wire: WireData): readonly BridgeRecord[] {
  const r = message.record;
  const tz = wireText(wire, recordKeys.timeZone);
  const entry: BridgeRecord = { handle: r.handle, chainId: r.chainId, chainN: r.chainN, campaign: r.campaignName, tzName: typeof tz === 'string' ? tz.slice(0, 64) : null };
  return [...records.filter((x) => x.handle !== r.handle), entry].slice(-MAX_RECORDS);
}

function close(state: S, index: number, how: 'answered' | 'expired'): S {
  const p = state.pending[index] as PendingWire;
  return { ...state, pending: state.pending.filter((_, i) => i !== index), closed: rememberClosed(state.closed, [{ referenceId: p.request.referenceId, how }], MAX_CLOSED) };
}

const REPLY_KINDS: Readonly<Record<string, readonly string[]>> = {
  'preview-record': ['preview-record'],
  'chained-record': ['chained-records'],
  'chain-end': ['chained-records'],
};

/** Finds the pending request a reply answers, or the refusal. */
function correlate(state: S, message: OcsMessage): number | Rejection<C> {
  const expected = message.kind === 'acknowledged' ? [message.request] : message.kind === 'error' ? undefined : REPLY_KINDS[message.kind];
  const fits = (p: PendingWire): boolean => expected === undefined || expected.includes(p.request.kind);
  const ref = 'referenceId' in message ? message.referenceId : null;
  if (ref === null) {
    const candidates = state.pending.flatMap((p, i) => (fits(p) ? [i] : []));
    if (candidates.length === 1) return candidates[0] as number;
    return { code: 'unknown-reference', message: `The reply has no ${'GSW_REFERENCE_ID'}, and ${candidates.length} requests could take it.`, path: '$.data' };
  }
  const placed = place(state.pending, state.closed, ref, (p) => p.request.referenceId, (c) => c.referenceId);
  if (!placed.found) {
    if (placed.why === 'answered') return { code: 'duplicate-reply', message: 'That request was answered already.', path: '$.data' };
    if (placed.why === 'expired') return { code: 'late-reply', message: 'That request timed out before this reply.', path: '$.data' };
    return { code: 'unknown-reference', message: 'No request was sent with that reference id.', path: '$.data' };
  }
  const index = placed.index;
  const pending = state.pending[index] as PendingWire;
  if (!fits(pending)) return { code: 'out-of-order-reply', message: `A ${message.kind} reply does not answer a ${pending.request.kind} request.`, path: '$.data' };
  return index;
}

function reply(state: S, at: number, message: OcsMessage, wire: WireData): Step<S, X, C> {
  const found = correlate(state, message);
  if (typeof found !== 'number') return refuseWith(state, found);
  const pending = state.pending[found] as PendingWire;
  const requestId = pending.requestId;
  const base: S = { ...state, lastAt: at };
  switch (message.kind) {
    case 'preview-record': {
      const next = { ...close(base, found, 'answered'), records: remember(state.records, message, wire) };
      return done(next, [{ type: 'deliver', to: 'interaction', event: { type: 'preview-record', at, requestId, data: domainRecordData(wireObject(wire), message.record.timeZone) } }]);
    }
    case 'chained-record': {
      const data = domainRecordData(wireObject(wire), message.record.timeZone);
      const chain = pending.chain.some((r) => r[recordKeys.handle] === data[recordKeys.handle]) ? pending.chain : [...pending.chain, data];
      const next: S = { ...base, records: remember(state.records, message, wire), pending: state.pending.map((p, i) => (i === found ? { ...p, chain } : p)) };
      return done(next);
    }
    case 'chain-end':
      return done(close(base, found, 'answered'), [{ type: 'deliver', to: 'interaction', event: { type: 'chained-records', at, requestId, records: pending.chain } }]);
    case 'acknowledged': {
      const closed = close(base, found, 'answered');
      const request = pending.request;
      if (request.kind === 'add-record' && pending.then !== null) {
        if (message.handle === null) return refuse(state, 'missing-field', 'The AddRecord acknowledgement must carry the new record handle.', undefined, '$.data');
        const t = pending.then;
        return open(closed, at, { kind: 'reschedule', handle: message.handle, campaign: t.campaign, callbackType: t.callbackType, dialSchedTime: t.dialSchedTime }, requestId, pending.answerTo, null);
      }
      if (pending.answerTo === 'logout') return logoutAnswered(state, base, found, closed, message.delaySeconds ?? null, at);
      if (pending.answerTo === 'host') return done(closed, [{ type: 'deliver', to: 'host', event: { type: 'request-acknowledged', at, requestId } }]);
      const gone = request.kind === 'processed' || request.kind === 'reject' || request.kind === 'cancel';
      const next = gone && 'handle' in request ? { ...closed, records: closed.records.filter((r) => r.handle !== request.handle) } : closed;
      return done(next, [{ type: 'deliver', to: 'interaction', event: { type: 'request-acknowledged', at, requestId } }]);
    }
    case 'error': {
      const closed = close(base, found, 'answered');
      const c = state.config;
      const noRecords =
        pending.request.kind === 'preview-record' &&
        ((message.errorText !== null && c.noRecordsTexts.includes(message.errorText)) || (message.errorNumber !== null && c.noRecordsNumbers.includes(message.errorNumber)));
      if (noRecords) return done(closed, [{ type: 'deliver', to: 'interaction', event: { type: 'no-records', at, requestId } }]);
      const reason = message.errorText ?? (message.errorNumber !== null ? `OCS error ${message.errorNumber}` : 'OCS error');
      const failed = { type: 'request-failed', at, requestId, reason } as const;
      const to = pending.answerTo === 'logout' ? 'logout' : pending.answerTo === 'host' ? 'host' : 'interaction';
      return done(closed, [{ type: 'deliver', to, event: failed }]);
    }
    default:
      return refuse(state, 'out-of-order-reply', 'Not a reply.', undefined, '$.data');
  }
}

function received(state: S, at: number, data: unknown, source: 'user-event' | 'cometd'): Step<S, X, C> {
  const wire = source === 'user-event' ? readWire(data) : gwsWire(data, state.config.keys, state.config.events);
  if (wire === undefined) return refuse(state, 'invalid-event-data', 'The event data is not key-value data.', undefined, '$.data');
  const decoded = decodeWire([...wire].map(([key, value]) => ({ key, value })), decodeOptions(state.config));
  if (!decoded.ok) return refuse(state, decoded.error.code, decoded.error.message, undefined, `$.data${(decoded.error.path ?? '$').slice(1)}`);
  const m = decoded.value;
  const base: S = { ...state, lastAt: at };
  switch (m.kind) {
    case 'campaign-loaded':
    case 'campaign-started':
    case 'campaign-stopped':
    case 'campaign-unloaded':
    case 'campaign-mode-changed': {
      const group = m.group ?? state.config.agentGroup;
      if (group === null) return refuse(state, 'missing-group', 'The notice names no agent group and no `agentGroup` is configured.', undefined, '$.data');
      return done(base, [{ type: 'deliver', to: 'campaigns', event: campaignEvent(m, group, at) }]);
    }
    case 'scheduled-call':
      return done({ ...base, records: remember(state.records, m, wire) }, [{ type: 'notify', message: m }]);
    case 'record-cancelled':
      return done({ ...base, records: state.records.filter((r) => r.handle !== m.handle) }, [{ type: 'notify', message: m }]);
    default:
      return reply(state, at, m, wire);
  }
}

function tick(state: S, at: number): Step<S, X, C> {
  const { due, open: still } = dueAt(state.pending, at);
  const closed = rememberClosed(state.closed, due.map((p) => ({ referenceId: p.request.referenceId, how: 'expired' as const })), MAX_CLOSED);
  const effects: X[] = due.map((p): X =>
    p.answerTo === 'logout'
      ? { type: 'deliver', to: 'logout', event: { type: 'request-failed', at, requestId: p.requestId, reason: 'OCS did not answer the logout request in time.' } }
      : p.answerTo === 'host'
        ? { type: 'deliver', to: 'host', event: { type: 'request-failed', at, requestId: p.requestId, reason: 'timeout' } }
        : { type: 'deliver', to: 'interaction', event: { type: 'request-failed', at, requestId: p.requestId, reason: 'timeout' } },
  );
  return done({ ...state, lastAt: at, pending: still, closed }, effects);
}

/**
 * The logout answer: with a positive delay (the deployment's `logoutDelay` key) OCS asks the agent to
 * wait: `logout-delay` goes to the logout machine and the request stays open until the delay plus the
 * time-out; the answer without a delay (or the next one) authorizes the logout.
 */
function logoutAnswered(state: S, base: S, index: number, closed: S, delaySeconds: number | null, at: number): Step<S, X, C> {
  const pending = state.pending[index] as PendingWire;
  const requestId = pending.requestId;
  if (delaySeconds === null || delaySeconds <= 0) return done(closed, [{ type: 'deliver', to: 'logout', event: { type: 'request-acknowledged', at, requestId } }]);
  const deadline = deadlineOf(at, delaySeconds * 1000 + state.config.timeoutMs);
  const next: S = { ...base, pending: state.pending.map((p, i) => (i === index ? { ...p, deadline } : p)) };
  return done(next, [
    { type: 'deliver', to: 'logout', event: { type: 'logout-delay', at, requestId, seconds: delaySeconds } },
    { type: 'wake', at: deadline },
  ]);
}

function transitionBridge(state: S, event: BridgeEvent): Step<S, X, C> {
  const env = readEnvelope(event, state.lastAt);
  if ('code' in env) return refuseWith(state, env as Rejection<C>);
  const e = event as unknown as Readonly<Record<string, unknown>>;
  switch (env.type) {
    case 'tick':
      return tick(state, env.at);
    case 'send':
      return sendDomain(state, env.at, ownField(e, 'request'));
    case 'send-logout':
      return sendLogout(state, env.at, ownField(e, 'requestId'));
    case 'send-session':
      return sendSession(state, env.at, ownField(e, 'requestId'), ownField(e, 'request'));
    case 'user-event':
    case 'cometd':
      return received(state, env.at, ownField(e, 'data'), env.type);
    default:
      return refuse(state, 'unknown-event', 'Unknown event type.', undefined, '$.type');
  }
}

function restoreBridge(json: unknown): Result<S, C | 'invalid-state'> {
  const r = decodeState(json);
  return r.ok ? { ok: true, value: deepFreeze(JSON.parse(JSON.stringify(r.value)) as S) } : r;
}

/**
 * The OCS bridge: one machine between OCS (T-Server user events, or GWS CometD notifications) and
 * dialdesk's domain machines, with the contract of every dialdesk machine. Its events are wire messages
 * received (`user-event`, `cometd`) and domain requests to send (`send`: the interaction machine's
 * requests; `send-logout`: the logout machine's; `send-session`: the host's PreviewDialingModeStart,
 * PreviewDialingModeOver and ReadyTime, answered to the host); its effects are wire requests to send (`send-wire`,
 * the exact attached data), domain events to deliver (`deliver`), unsolicited messages no domain
 * machine takes yet (`notify`), and `wake`s for time-outs.
 *
 * It gives every wire request its own `GSW_REFERENCE_ID` and correlates answers by it; assembles
 * `ChainedRecord` ... `ChainedRecordsDataEnd` into one `chained-records` event; sends a reschedule
 * onto a new number as `AddRecord`, then (with the handle its acknowledgement carries)
 * `RecordReschedule`, and acknowledges the domain request only then; turns an error answering a
 * preview request into `no-records` when it is the configured "no records" error; times a request out
 * (`request-failed` with reason `timeout`); and refuses replies it cannot place (`unknown-reference`,
 * `duplicate-reply`, `late-reply`, `out-of-order-reply`); a second request under an id still waiting
 * is refused (`duplicate-request`). The correlation (deadlines, closed references) is the one shared
 * with `genesys.gms.bridge`. Records are delivered with their zone
 * resolved from the Genesys Time Zone object (`genesys.zone`).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const started = genesys.ocs.machine.start({ at: 0, applicationId: 134, dateTimeZone: 'America/New_York' });
 * if (started.ok) {
 *   const step = genesys.ocs.machine.transition(started.state, {
 *     type: 'send', at: 1, request: { kind: 'preview-record', requestId: 'outbound-1', referenceId: 1, campaign: 'Renewals' },
 *   });
 *   step.effects[0]; // { type: 'send-wire', request: { kind: 'preview-record', ... }, pairs: [['GSW_AGENT_REQ_TYPE', 'PreviewRecordRequest'], ...] }
 * }
 * ```
 */
export const machine: Machine<BridgeInput, BridgeState, BridgeEvent, BridgeEffect, BridgeCode> = defineMachine<BridgeInput, BridgeState, BridgeEvent, BridgeEffect, BridgeCode>({
  id: 'genesys.ocs',
  codes: bridgeCodes,
  start: startBridge,
  // A state the machine did not make (a caller's JSON, or garbage) goes through `restore` first (defineMachine).
  transition: transitionBridge,
  restore: restoreBridge,
});
