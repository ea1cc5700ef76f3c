import {
  accept,
  d,
  deepFreeze,
  defineMachine,
  isInstant,
  isRecord,
  ownField,
  readEnvelope,
  refuse,
  refuseWith,
  refuseStart,
  rejection,
  type Machine,
  type Result,
  type Started,
  type Rejection,
  type Step,
  type TickEvent,
  type WakeEffect,
} from '../../core/internal.js';
import { gmsDefaultBucketMinutes } from '../../callback/index.js';
import { HOUR } from '../../time/index.js';
import { deadlineOf, dueAt, place } from '../correlator.js';
import { buildRequest, type OutgoingEffect } from './build.js';
import { codes, type GmsCode } from './codes.js';
import { deliveriesOf, failure, sentRequest, type Delivery, type SentRequest } from './decode.js';
import type { HttpRequest } from './request.js';
import type { GmsService } from './service.js';

/**
 * What the bridge starts from: now, the service, and how long an answer may take (default 10 s).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const input: genesys.gms.BridgeInput = { at: 0, service: { serviceName: 'callback-for-desktop' }, timeoutMs: 5_000 };
 * ```
 */
export interface BridgeInput {
  /** Now, epoch ms UTC. */
  readonly at: number;
  /** The GMS callback service. */
  readonly service: GmsService;
  /** Milliseconds an answer may take before the request fails with `request-timed-out`; default 10 000. */
  readonly timeoutMs?: number;
}

/**
 * The bridge's state: plain, frozen JSON.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const started = genesys.gms.bridge.start({ at: 0, service: { serviceName: 'cb' } });
 * if (started.ok) {
 *   const s: genesys.gms.BridgeState = started.state;
 * }
 * ```
 */
export interface BridgeState {
  /** Schema version. */
  readonly version: 1;
  /** The last accepted instant. */
  readonly lastAt: number;
  /** The service. */
  readonly service: GmsService;
  /** The answer deadline, milliseconds. */
  readonly timeoutMs: number;
  /** The requests in flight, oldest first. */
  readonly inFlight: readonly SentRequest[];
}

/**
 * Events of the bridge: `send` a dialog or lifecycle effect (it becomes a `send-request`); the `response`
 * to a request (`status` and parsed JSON `body`, by `requestId`); a `tick`, which fails every request past
 * its deadline.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.gms.BridgeEvent = { type: 'response', at: 1_000, requestId: 'cancel-1', status: 200, body: {} };
 * ```
 */
export type BridgeEvent =
  | {
      /** Discriminant. */
      readonly type: 'send';
      /** When, epoch ms UTC. */
      readonly at: number;
      /** The dialog's or lifecycle's effect, or a `query-state`. */
      readonly effect: OutgoingEffect;
    }
  | {
      /** Discriminant. */
      readonly type: 'response';
      /** When, epoch ms UTC. */
      readonly at: number;
      /** The request answered. */
      readonly requestId: string;
      /** The HTTP status. */
      readonly status: number;
      /** The parsed JSON body (untrusted), or `null` when empty. */
      readonly body: unknown;
    }
  | TickEvent;

/**
 * Effects of the bridge: `send-request` (send `request` over HTTP; answer with a `response` event carrying
 * `request.requestId`), `wake` (send a `tick` then), and the {@link Delivery} effects (give the event to the
 * dialog or lifecycle; a callback was created).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.gms.BridgeEffect = { type: 'wake', at: 10_000 };
 * ```
 */
export type BridgeEffect =
  | {
      /** Discriminant. */
      readonly type: 'send-request';
      /** The HTTP request, with `kind` and `requestId`. */
      readonly request: HttpRequest;
    }
  | WakeEffect
  | Delivery;

const DEFAULT_TIMEOUT = 10_000;

type Out = Step<BridgeState, BridgeEffect, GmsCode>;

const serviceFields = d.object({
  serviceName: d.unknownValue,
  api: d.unknownValue,
  bucketMinutes: d.unknownValue,
  maxTimeSlots: d.unknownValue,
  reportBusy: d.unknownValue,
  extraKeys: d.optional(d.dictionary(d.unknownValue, { max: 1_000 })),
});

/**
 * Reads the service once into a plain copy (never `JSON.stringify` of the caller's object, which may hold
 * a bigint or be deeply nested): the fields `buildRequest` checks as given, and of the fields it only
 * reads when usable (`maxTimeSlots`, `reportBusy`, string `extraKeys`) the usable values.
 */
function copyService(raw: unknown): GmsService | d.Problem {
  const read = d.run(serviceFields, raw, '$.service');
  if (read instanceof d.Problem) return read;
  const out: { -readonly [K in keyof GmsService]: GmsService[K] } = { serviceName: read.serviceName as string };
  if (read.api !== undefined) out.api = read.api as NonNullable<GmsService['api']>;
  if (read.bucketMinutes !== undefined) out.bucketMinutes = read.bucketMinutes as number;
  if (typeof read.maxTimeSlots === 'number' && Number.isSafeInteger(read.maxTimeSlots) && read.maxTimeSlots > 0) out.maxTimeSlots = read.maxTimeSlots;
  if (typeof read.reportBusy === 'boolean') out.reportBusy = read.reportBusy;
  if (read.extraKeys !== undefined) {
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(read.extraKeys)) if (typeof v === 'string' && k !== '__proto__') extra[k] = v;
    out.extraKeys = extra;
  }
  return out;
}

function startBridge(input: BridgeInput): Started<BridgeState, BridgeEffect, GmsCode> {
  const raw: unknown = input;
  if (!isRecord(raw)) return refuseStart('invalid-input', 'The input must be an object.', undefined, '$');
  const at = ownField(raw, 'at');
  if (!isInstant(at)) return refuseStart('invalid-input', '`at` must be epoch milliseconds.', undefined, '$.at');
  const timeoutMs = ownField(raw, 'timeoutMs') ?? DEFAULT_TIMEOUT;
  if (typeof timeoutMs !== 'number' || !Number.isSafeInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > HOUR) {
    return refuseStart('invalid-input', '`timeoutMs` must be whole milliseconds from 1 to 3 600 000.', undefined, '$.timeoutMs');
  }
  const copy = copyService(ownField(raw, 'service'));
  if (copy instanceof d.Problem) return refuseStart('invalid-input', copy.message, undefined, copy.path);
  // A probe request checks the service once, so a bad service is refused at start, not at the first send.
  const probe = buildRequest(copy, { type: 'send-request', request: { kind: 'cancel', requestId: 'probe', callbackId: 'probe' } });
  if (!probe.ok && probe.error.code === 'invalid-service') return refuseStart('invalid-input', probe.error.message, probe.error.details, '$.service');
  return accept(deepFreeze({ version: 1, lastAt: at, service: copy, timeoutMs, inFlight: [] }) as BridgeState);
}

function send(state: BridgeState, at: number, effect: unknown): Out {
  if (!isRecord(effect)) return refuse(state, 'invalid-request', 'The effect must be an object.', undefined, '$.effect');
  const built = buildRequest(state.service, effect as OutgoingEffect);
  if (!built.ok) return refuse(state, built.error.code, built.error.message, built.error.details);
  const request = built.value;
  if (place(state.inFlight, [], request.requestId, (r) => r.requestId, () => undefined).found) {
    return refuse(state, 'duplicate-request', 'A request with that id is already in flight.', undefined, '$.effect.requestId');
  }
  // The fields of a `send-request` live in its `request` (a `query-state` effect carries them itself).
  const inner = ownField(effect, 'request');
  const fields = isRecord(inner) ? inner : effect;
  const kind = ownField(fields, 'kind');
  const start = ownField(fields, 'start');
  const end = ownField(fields, 'end');
  const desiredAt = ownField(fields, 'desiredAt');
  // The dialog's requests carry the dialog's `origin`; the lifecycle's do not.
  const fromDialog = kind === 'availability' || kind === 'schedule' || (kind === 'reschedule' && ownField(fields, 'origin') !== undefined);
  const sent: SentRequest = {
    kind: request.kind,
    requestId: request.requestId,
    target: fromDialog ? 'dialog' : 'lifecycle',
    api: state.service.api ?? 'v1',
    bucketMinutes: state.service.bucketMinutes ?? gmsDefaultBucketMinutes,
    window: request.kind === 'availability' && isInstant(start) && isInstant(end) ? { start, end } : null,
    desiredAt: isInstant(desiredAt) ? desiredAt : null,
    callbackId: typeof ownField(fields, 'callbackId') === 'string' ? (ownField(fields, 'callbackId') as string) : null,
    deadline: deadlineOf(at, state.timeoutMs),
  };
  const next = deepFreeze({ ...state, lastAt: at, inFlight: [...state.inFlight, sent] });
  return accept(next, [{ type: 'send-request', request }, { type: 'wake', at: sent.deadline }]);
}

function respond(state: BridgeState, at: number, raw: Readonly<Record<string, unknown>>): Out {
  const id = ownField(raw, 'requestId');
  const status = ownField(raw, 'status');
  if (typeof id !== 'string') return refuse(state, 'invalid-event', "'response' needs `requestId`.", undefined, '$.requestId');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    return refuse(state, 'invalid-event', "'response' needs `status`, an HTTP status from 100 to 599.", undefined, '$.status');
  }
  // GMS answers carry no memory of closed requests: an answer to one answered or timed out is stale.
  const placed = place(state.inFlight, [], id, (r) => r.requestId, () => undefined);
  const sent = placed.found ? state.inFlight[placed.index] : undefined;
  if (sent === undefined) return refuse(state, 'unknown-request', 'No request with that id is in flight (answered, timed out or never sent).', undefined, '$.requestId');
  const deliveries = deliveriesOf(sent, status, ownField(raw, 'body'), at);
  return accept(deepFreeze({ ...state, lastAt: at, inFlight: state.inFlight.filter((r) => r !== sent) }), deliveries);
}

function tick(state: BridgeState, at: number): Out {
  const { due: late, open } = dueAt(state.inFlight, at);
  const timedOut: Rejection = rejection('request-timed-out', 'The callback server did not answer in time.');
  const effects: BridgeEffect[] = late.map((r) => failure(r, at, rejection('request-timed-out', timedOut.message, { requestId: r.requestId, deadline: r.deadline })));
  return accept(deepFreeze({ ...state, lastAt: at, inFlight: open }), effects);
}

function transitionBridge(state: BridgeState, event: BridgeEvent): Out {
  // The envelope every machine shares (DESIGN §2): an `at` outside the supported range is
  // `invalid-instant`, one before the last accepted instant `time-went-backwards`.
  const env = readEnvelope(event, state.lastAt);
  if ('code' in env) return refuseWith(state, env);
  const raw = event as unknown as Readonly<Record<string, unknown>>;
  const at = env.at;
  switch (env.type) {
    case 'send':
      return send(state, at, ownField(raw, 'effect'));
    case 'response':
      return respond(state, at, raw);
    case 'tick':
      return tick(state, at);
    default:
      return refuse(state, 'unknown-event', 'Not a bridge event.', undefined, '$.type');
  }
}

const savedHead = d.object({ version: d.literal(1), lastAt: d.instant, service: d.unknownValue, timeoutMs: d.unknownValue, inFlight: d.array(sentRequest, { max: 10_000 }) });

/** Checks a saved bridge state (untrusted JSON) with the core decoder: each field read once, never thrown. */
function restoreBridge(json: unknown): Result<BridgeState, GmsCode> {
  const read = d.run(savedHead, json);
  if (read instanceof d.Problem) return { ok: false, error: rejection('invalid-state', `Not a GMS bridge state: ${read.message}`, undefined, read.path) };
  // The service and time-out are checked as `start` checks them (a probe request), so a restored state is one `start` could make.
  const started = startBridge({ at: read.lastAt, service: read.service as GmsService, timeoutMs: read.timeoutMs as number });
  if (!started.ok) return { ok: false, error: rejection('invalid-state', 'Not a GMS bridge state: its service or time-out is not valid.', undefined, started.error.path ?? '$') };
  return { ok: true, value: deepFreeze({ ...started.state, inFlight: read.inFlight as SentRequest[] }) };
}

/**
 * The GMS bridge machine: the correlation discipline between the callback dialog and lifecycle and a GMS
 * server. Each `send` turns an effect into one HTTP request with the effect's request id and a deadline
 * (`wake`); each `response` is matched to its request by id (an unknown id is `unknown-request`), decoded, and
 * delivered to the machine that asked; a `tick` past a deadline delivers the failure (`request-timed-out`).
 * Pure and total: refusals return the same state with a code from `codes`.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const m = genesys.gms.bridge;
 * const started = m.start({ at: 0, service: { serviceName: 'callback-for-desktop' } });
 * if (started.ok) {
 *   const sent = m.transition(started.state, { type: 'send', at: 0, effect: { type: 'send-request', request: { kind: 'cancel', requestId: 'cancel-1', callbackId: 'cb-42' } } });
 *   // sent.effects: a send-request (DELETE /genesys/1/service/callback/callback-for-desktop/cb-42) and a wake at 10 000
 *   const answered = m.transition(sent.state, { type: 'response', at: 300, requestId: 'cancel-1', status: 200, body: null });
 *   answered.effects; // [{ type: 'lifecycle-event', callbackId: 'cb-42', event: { type: 'request-acknowledged', at: 300, requestId: 'cancel-1' } }]
 * }
 * ```
 */
export const bridge: Machine<BridgeInput, BridgeState, BridgeEvent, BridgeEffect, GmsCode> = defineMachine<BridgeInput, BridgeState, BridgeEvent, BridgeEffect, GmsCode>({
  id: 'genesys.gms.bridge',
  codes,
  start: startBridge,
  transition: transitionBridge,
  restore: restoreBridge,
});
