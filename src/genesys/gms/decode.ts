import { d, isRecord, ownField, rangeError, rejection, type Rejection, type Result } from '../../core/internal.js';
import {
  parseEngagementAvailability,
  parseGmsAvailability,
  type dialog,
  type lifecycle,
} from '../../callback/index.js';

type CompletionReason = lifecycle.CompletionReason;
import type { GmsCode } from './codes.js';
import { decodeError } from './errors.js';
import { operations, type Operation } from './request.js';
import { apiVersions, type ApiVersion } from './service.js';
import { ENGAGEMENT, KEY, PREVIEW_REJECTS, REASONS, STATES } from './wire.js';

/**
 * A request in flight, as the bridge remembers it to read its answer.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const s: genesys.gms.SentRequest = {
 *   kind: 'cancel', requestId: 'cancel-1', target: 'lifecycle', api: 'v1', bucketMinutes: 5,
 *   window: null, desiredAt: null, callbackId: 'cb-42', deadline: 10_000,
 * };
 * ```
 */
export interface SentRequest {
  /** The operation. */
  readonly kind: Operation;
  /** Its id. */
  readonly requestId: string;
  /** Which machine the answer goes to. */
  readonly target: 'dialog' | 'lifecycle';
  /** The API it went through. */
  readonly api: ApiVersion;
  /** The service's bucket, minutes. */
  readonly bucketMinutes: number;
  /** For availability: the day asked for `[start, end)`; else `null`. */
  readonly window: {
    /** Start of the asked availability window, epoch ms UTC. */
    readonly start: number;
    /** End of the asked availability window, epoch ms UTC. */
    readonly end: number;
  } | null;
  /** For create and reschedule: the desired time sent; else `null`. */
  readonly desiredAt: number | null;
  /** The callback it is about (reschedule, cancel, query), or `null`. */
  readonly callbackId: string | null;
  /** When it times out, epoch ms UTC. */
  readonly deadline: number;
}

/**
 * What an answer becomes: an event for the dialog, an event for the lifecycle, and, after a create, the id
 * the server gave the new callback (so the host can follow it with a lifecycle).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const d: genesys.gms.Delivery = { type: 'lifecycle-event', callbackId: 'cb-42', event: { type: 'request-acknowledged', at: 1_000, requestId: 'cancel-1' } };
 * ```
 */
export type Delivery =
  | {
      /** Discriminant: give `event` to the dialog machine. */
      readonly type: 'dialog-event';
      /** The event. */
      readonly event: dialog.DialogEvent;
    }
  | {
      /** Discriminant: give `event` to the lifecycle machine of `callbackId`. */
      readonly type: 'lifecycle-event';
      /** The callback whose lifecycle takes it. */
      readonly callbackId: string;
      /** The event. */
      readonly event: lifecycle.LifecycleEvent;
    }
  | {
      /** Discriminant: the server created a callback. */
      readonly type: 'callback-created';
      /** The create request. */
      readonly requestId: string;
      /** The id GMS gave it (`_id`). */
      readonly callbackId: string;
      /** Its desired time, or `null` for an immediate callback. */
      readonly desiredAt: number | null;
    };

/** The failure event for a request, to its machine. */
export function failure(sent: SentRequest, at: number, reason: Rejection): Delivery {
  if (sent.target === 'lifecycle') return { type: 'lifecycle-event', callbackId: sent.callbackId ?? '', event: { type: 'request-failed', at, requestId: sent.requestId, reason } };
  return { type: 'dialog-event', event: { type: 'request-failed', at, requestId: sent.requestId, reason } };
}

function invalid(path: string, message: string): Rejection<GmsCode> {
  return rejection('invalid-response', message, undefined, path);
}

/** The first callback record of a query answer: the record itself, or the one with the asked id in a list. */
function record(body: unknown): Readonly<Record<string, unknown>> | Rejection<GmsCode> {
  if (isRecord(body)) return body;
  if (Array.isArray(body)) {
    const first: unknown = (body as readonly unknown[])[0];
    if (isRecord(first)) return first;
    return invalid('$[0]', 'Expected a list holding the callback record.');
  }
  return invalid('$', 'Expected a callback record.');
}

/**
 * Reads a callback record's `_callback_state` and `_callback_reason` as the lifecycle event it means
 * (`queued`, `routing`, `processing`, or `completed` with its reason; `SCHEDULED` becomes no event: the
 * lifecycle starts there). `AGENT_PREVIEW_CANCEL_AFTER_<n>REJECTS` becomes `agent-preview-rejected` with
 * `rejects: n`. Total: an unknown state or reason is a refusal (`invalid-response`,
 * `unknown-completion-reason`) naming the JSON path.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const r = genesys.gms.decodeState({ _id: 'cb-42', _callback_state: 'COMPLETED', _callback_reason: 'AGENT_PREVIEW_CANCEL_AFTER_3REJECTS' }, 5_000);
 * if (r.ok) r.value; // { type: 'completed', at: 5000, reason: 'agent-preview-rejected', rejects: 3 }
 * ```
 */
export function decodeState(
  body: unknown,
  at: number,
  api: ApiVersion = 'v1',
): Result<lifecycle.LifecycleEvent | null, GmsCode> {
  // Engagement v3 answers `{ status, data: { id, callbackState, callbackReason, ... } }` ([ENG] GetCallbackResponse200).
  const eng = api === 'engagement-v3';
  const keys = eng ? { state: ENGAGEMENT.state, reason: ENGAGEMENT.reason } : { state: KEY.state, reason: KEY.reason };
  const r = record(eng && isRecord(body) ? ownField(body, 'data') : body);
  if ('code' in r && typeof r.code === 'string' && !(keys.state in r)) return { ok: false, error: r as Rejection<GmsCode> };
  const rec = r as Readonly<Record<string, unknown>>;
  const stateRaw = ownField(rec, keys.state);
  const status = typeof stateRaw === 'string' && Object.prototype.hasOwnProperty.call(STATES, stateRaw) ? STATES[stateRaw] : undefined;
  if (status === undefined) return { ok: false, error: invalid(`$.${keys.state}`, 'Not a documented callback state.') };
  if (status === 'scheduled') return { ok: true, value: null };
  if (status !== 'completed') return { ok: true, value: { type: status, at } };
  const reasonRaw = ownField(rec, keys.reason);
  if (typeof reasonRaw === 'string') {
    if (Object.prototype.hasOwnProperty.call(REASONS, reasonRaw)) return { ok: true, value: { type: 'completed', at, reason: REASONS[reasonRaw] as CompletionReason } };
    const m = PREVIEW_REJECTS.exec(reasonRaw);
    if (m !== null) return { ok: true, value: { type: 'completed', at, reason: 'agent-preview-rejected', rejects: Number(m[1]) } };
  }
  return {
    ok: false,
    error: rejection<GmsCode>(
      'unknown-completion-reason',
      'A completed callback came with a reason the API reference does not list.',
      { kind: typeof reasonRaw, length: typeof reasonRaw === 'string' ? reasonRaw.length : undefined },
      `$.${keys.reason}`,
    ),
  };
}

function availability(sent: SentRequest, body: unknown, at: number): Delivery {
  const parsed =
    sent.api === 'v1'
      ? parseGmsAvailability(body, { durationMin: sent.bucketMinutes })
      : // GMS v2 and Engagement v3 answer `{ slots: [{ utcTime, localTime, capacity, total }], durationMin, timezone }`
        // ([ENG] Availabilities; [GMS-SDK] reads `slots` from v2). Not confirmed word for word for GMS v2.
        parseEngagementAvailability(body);
  if (!parsed.ok) return failure(sent, at, rejection('invalid-response', 'The availability answer does not have the documented shape.', parsed.error.details, parsed.error.path));
  const w = sent.window;
  const slots = w === null ? parsed.value.slots : parsed.value.slots.filter((s) => s.end > w.start && s.start < w.end);
  return { type: 'dialog-event', event: { type: 'request-acknowledged', at, requestId: sent.requestId, slots } };
}

/**
 * Reads a GMS answer (`status`, parsed JSON `body`) to a request in flight as the deliveries it means:
 * success of availability → the dialog's `request-acknowledged` with `slots` (v1 through
 * `callback.parseGmsAvailability` with the service's bucket, v2 and Engagement v3 through
 * `callback.parseEngagementAvailability`); create → `request-acknowledged` and `callback-created` with the
 * `_id`; reschedule and cancel → `request-acknowledged` (to the dialog or the lifecycle that asked); query →
 * the lifecycle's status event. Any error status → `request-failed` carrying {@link decodeError}'s typed
 * refusal. Total on any body, status and instant (they come from the server and the host's clock).
 *
 * @throws RangeError when `sent` is not a request in flight as the bridge keeps it (`state.inFlight`).
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const sent: genesys.gms.SentRequest = {
 *   kind: 'create', requestId: 'callback-2', target: 'dialog', api: 'v1', bucketMinutes: 5,
 *   window: null, desiredAt: Date.UTC(2026, 10, 24, 15), callbackId: null, deadline: Date.UTC(2026, 10, 24, 14, 0, 10),
 * };
 * genesys.gms.decodeAnswer(sent, 200, { _id: 'cb-42' }, Date.UTC(2026, 10, 24, 14, 0, 1)).map((d) => d.type);
 * // ['callback-created', 'dialog-event']
 * ```
 */
export function decodeAnswer(sent: SentRequest, status: number, body: unknown, at: number): readonly Delivery[] {
  const read = d.run(sentRequest, sent);
  if (read instanceof d.Problem) throw rangeError('genesys.gms.decodeAnswer', 'a request in flight (an item of the bridge state inFlight)', sent);
  return deliveriesOf(read, status, body, at);
}

/** A request in flight as saved (internal: the bridge's `restore` and {@link decodeAnswer} check with it). */
export const sentRequest: d.Decoder<SentRequest> = d.object({
  kind: d.literal(...operations),
  requestId: d.string({ max: 1_000 }),
  target: d.literal('dialog', 'lifecycle'),
  api: d.literal(...apiVersions),
  bucketMinutes: d.integer(1, 1_440),
  window: d.nullable(d.object({ start: d.instant, end: d.instant })),
  desiredAt: d.nullable(d.instant),
  callbackId: d.nullable(d.string({ max: 1_000 })),
  deadline: d.instant,
});

/** {@link decodeAnswer} of a request already checked (internal: the bridge's own requests). */
export function deliveriesOf(sent: SentRequest, status: number, body: unknown, at: number): readonly Delivery[] {
  if (!Number.isInteger(status) || status < 200 || status > 299) return [failure(sent, at, decodeError(Number.isInteger(status) ? status : 0, body, sent.bucketMinutes))];
  switch (sent.kind) {
    case 'availability':
      return [availability(sent, body, at)];
    case 'create': {
      // GMS: `{ _id }`; Engagement v3: `{ status, data: { id } }` ([ENG] CreateCallbackResponse200, `id` typed Number there).
      const eng = sent.api === 'engagement-v3';
      const holder = eng && isRecord(body) ? ownField(body, 'data') : body;
      const raw = isRecord(holder) ? ownField(holder, eng ? ENGAGEMENT.id : KEY.id) : undefined;
      const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
      if (typeof id !== 'string' || id.length === 0 || id.length > 512) return [failure(sent, at, invalid(eng ? '$.data.id' : `$.${KEY.id}`, 'The create answer carries no callback id.'))];
      return [
        { type: 'callback-created', requestId: sent.requestId, callbackId: id, desiredAt: sent.desiredAt },
        { type: 'dialog-event', event: { type: 'request-acknowledged', at, requestId: sent.requestId } },
      ];
    }
    case 'reschedule':
    case 'cancel':
      return sent.target === 'dialog'
        ? [{ type: 'dialog-event', event: { type: 'request-acknowledged', at, requestId: sent.requestId } }]
        : [{ type: 'lifecycle-event', callbackId: sent.callbackId ?? '', event: { type: 'request-acknowledged', at, requestId: sent.requestId } }];
    case 'query-state': {
      const r = decodeState(body, at, sent.api);
      if (!r.ok) return [failure(sent, at, r.error)];
      return r.value === null ? [] : [{ type: 'lifecycle-event', callbackId: sent.callbackId ?? '', event: r.value }];
    }
  }
}
