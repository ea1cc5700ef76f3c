import type { TickEvent, WakeEffect } from '../../core/index.js';
import type { LogoutEvent } from '../../logout/index.js';
import type { CampaignsEvent, FieldDeclaration, InteractionEvent, OutboundRequest } from '../../outbound/index.js';
import type { ZoneOverrides } from '../zone.js';
import type { DateTimeFormat } from './date-time.js';
import type { UserEvents, WireKeys } from './keys.js';
import type { OcsMessage } from './messages.js';
import type { WireRequest } from './requests.js';
import type { WirePair } from './wire.js';

/**
 * The bridge's configuration (kept in its state).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.ocs.BridgeConfig = {
 *   applicationId: 134, timeoutMs: 10_000, dateTimeZone: 'America/New_York', dateTimeFormat: 'MM/DD/YYYY HH:MM',
 *   fields: [{ key: 'note', type: 'string' }], zones: {}, keys: {}, events: {}, modes: {},
 *   agentGroup: null, dispositionField: null, noRecordsTexts: ['No Records Available'], noRecordsNumbers: [],
 * };
 * ```
 */
export interface BridgeConfig {
  /** `GSW_APPLICATION_ID`. */
  readonly applicationId: number;
  /** How long a request may wait for its answer, ms (1 to 86,400,000). */
  readonly timeoutMs: number;
  /** The IANA zone `GSW_DATE_TIME` is written in, or `null` (then reschedules need `epoch-seconds`). */
  readonly dateTimeZone: string | null;
  /** How `GSW_DATE_TIME` is written. */
  readonly dateTimeFormat: DateTimeFormat;
  /** The calling list's custom fields. */
  readonly fields: readonly FieldDeclaration[];
  /** The tenant's own Time Zone objects. */
  readonly zones: ZoneOverrides;
  /** Keys that differ in this deployment. */
  readonly keys: Partial<WireKeys>;
  /** User-event names that differ in this deployment. */
  readonly events: Partial<UserEvents>;
  /** Campaign mode names that differ or are added. */
  readonly modes: Readonly<Record<string, string>>;
  /** The agent group campaign notices are for when `GSW_CAMPAIGN_GROUP_NAME` does not say, or `null`. */
  readonly agentGroup: string | null;
  /** The custom field the disposition code is written to with RecordProcessed, or `null` to leave it out. */
  readonly dispositionField: string | null;
  /** Error texts that mean "no records" in answer to a preview request (public desktop code checks `No Records Available`). */
  readonly noRecordsTexts: readonly string[];
  /** Error numbers that mean "no records" (the Defined Constants list could not be read: none by default). */
  readonly noRecordsNumbers: readonly number[];
}

/**
 * Input of the bridge: the start instant and the configuration (omitted parts take their defaults:
 * timeout 10 s, format `MM/DD/YYYY HH:MM`, no zone for `GSW_DATE_TIME`, no custom fields, no overrides,
 * no agent group, no disposition field, `No Records Available` as the no-records text).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const input: genesys.ocs.BridgeInput = { at: 0, applicationId: 134, dateTimeZone: 'America/New_York' };
 * ```
 */
export type BridgeInput = { readonly at: number; readonly applicationId: number } & Partial<Omit<BridgeConfig, 'applicationId'>>;

/**
 * A wire request waiting for its answer.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const state: genesys.ocs.BridgeState;
 * state.pending.map((p) => `${p.request.kind} #${p.request.referenceId} until ${p.deadline}`);
 * ```
 */
export interface PendingWire {
  /** The request as sent. */
  readonly request: WireRequest;
  /** The domain request it serves (its `id`), or the logout request's id. */
  readonly requestId: string;
  /** Which machine the answer goes to. */
  readonly answerTo: 'interaction' | 'logout';
  /** When it times out, epoch ms. */
  readonly deadline: number;
  /** For a chained-record request: the chain's records received so far (domain record data). */
  readonly chain: readonly Readonly<Record<string, string>>[];
  /** For an AddRecord of a reschedule onto a new number: the reschedule to send after it. */
  readonly then: { readonly campaign: string; readonly callbackType: 'personal' | 'campaign'; readonly dialSchedTime: number } | null;
}

/**
 * A record the bridge has seen come from OCS (it names the record's campaign and chain in requests).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.BridgeRecord = { handle: 101, chainId: 55, chainN: 0, campaign: 'Renewals', tzName: 'EST' };
 * ```
 */
export interface BridgeRecord {
  /** Record handle. */
  readonly handle: number;
  /** Chain id. */
  readonly chainId: number;
  /** Position in the chain. */
  readonly chainN: number;
  /** Campaign, or `null`. */
  readonly campaign: string | null;
  /** The Genesys Time Zone object's name, or `null`. */
  readonly tzName: string | null;
}

/**
 * State of the bridge (plain JSON, deeply frozen).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const state: genesys.ocs.BridgeState;
 * state.pending.length;
 * ```
 */
export interface BridgeState {
  /** Schema version. */
  readonly version: 1;
  /** Last accepted instant, epoch ms. */
  readonly lastAt: number;
  /** The configuration. */
  readonly config: BridgeConfig;
  /** The last `GSW_REFERENCE_ID` used. */
  readonly referenceSeq: number;
  /** Requests waiting for their answers, oldest first. */
  readonly pending: readonly PendingWire[];
  /** Records seen, newest last (at most 256). */
  readonly records: readonly BridgeRecord[];
  /** Reference ids answered (`answered`) or timed out (`expired`) lately, newest last (at most 64). */
  readonly closed: readonly { readonly referenceId: number; readonly how: 'answered' | 'expired' }[];
}

/**
 * Events of the bridge:
 * - `send`: a domain request to send (the interaction machine's `send-request` effect's `request`).
 * - `send-logout`: the logout machine asks OCS for logout (its `send-logout-request` effect's `requestId`).
 * - `user-event`: a T-Server `EventUserEvent` from OCS arrived; `data` is its user data.
 * - `cometd`: a GWS CometD message on `/v2/me/outbound` arrived; `data` is its `data`.
 * - `tick`: the host timer for a `wake`.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.BridgeEvent = { type: 'user-event', at: 5, data: { GSW_USER_EVENT: 'RecordRejectAcknowledge', GSW_REFERENCE_ID: 2 } };
 * ```
 */
export type BridgeEvent =
  | { readonly type: 'send'; readonly at: number; readonly request: OutboundRequest }
  | { readonly type: 'send-logout'; readonly at: number; readonly requestId: string }
  | { readonly type: 'user-event' | 'cometd'; readonly at: number; readonly data: unknown }
  | TickEvent;

/**
 * Send this request to OCS: `pairs` as the user data of a `RequestDistributeUserEvent` (T-Server), or
 * `request` through `genesys.gws.restCall` (GWS).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const e: genesys.ocs.SendWireEffect;
 * e.pairs[0]; // ['GSW_AGENT_REQ_TYPE', ...]
 * ```
 */
export interface SendWireEffect {
  /** Discriminant. */
  readonly type: 'send-wire';
  /** The request. */
  readonly request: WireRequest;
  /** Its attached data, encoded. */
  readonly pairs: readonly WirePair[];
}

/**
 * Deliver this event to a domain machine (`outbound.interaction`, `outbound.campaigns`, `logout`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const e: genesys.ocs.DeliverEffect;
 * if (e.to === 'interaction') e.event.type;
 * ```
 */
export type DeliverEffect =
  | { readonly type: 'deliver'; readonly to: 'interaction'; readonly event: InteractionEvent }
  | { readonly type: 'deliver'; readonly to: 'campaigns'; readonly event: CampaignsEvent }
  | { readonly type: 'deliver'; readonly to: 'logout'; readonly event: LogoutEvent };

/**
 * An unsolicited OCS message no domain machine takes yet (a scheduled call, a record OCS cancelled):
 * for the host to show or route.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const e: genesys.ocs.NotifyEffect;
 * if (e.message.kind === 'scheduled-call') e.message.record.phone;
 * ```
 */
export interface NotifyEffect {
  /** Discriminant. */
  readonly type: 'notify';
  /** The message. */
  readonly message: OcsMessage;
}

/**
 * Effects of the bridge.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * function kind(x: genesys.ocs.BridgeEffect): string { return x.type; }
 * ```
 */
export type BridgeEffect = SendWireEffect | DeliverEffect | NotifyEffect | WakeEffect;

/**
 * Refusal codes of the bridge (besides the common ones, the decoder's and the encoder's):
 * - `unknown-reference`: a reply whose `GSW_REFERENCE_ID` the bridge never sent (or none, with no single pending request it can answer).
 * - `duplicate-reply`: a reply to a request already answered.
 * - `late-reply`: a reply to a request that already timed out (the domain was told it failed).
 * - `out-of-order-reply`: a reply that does not fit the request (a chained record for a reject, an end marker before a chain request...).
 * - `unknown-record`: a domain request about a record the bridge has not seen come from OCS.
 * - `missing-group`: a campaign notice without a group, and no `agentGroup` configured.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.machine.codes.includes('duplicate-reply'); // true
 * ```
 */
export type BridgeCode =
  | 'invalid-event'
  | 'unknown-event'
  | 'invalid-instant'
  | 'time-went-backwards'
  | 'event-not-allowed'
  | 'invalid-input'
  | 'unknown-reference'
  | 'duplicate-reply'
  | 'late-reply'
  | 'out-of-order-reply'
  | 'unknown-record'
  | 'missing-group'
  | 'invalid-request'
  | 'invalid-context'
  | 'invalid-event-data'
  | 'unknown-user-event'
  | 'missing-field'
  | 'invalid-field'
  | 'unknown-genesys-zone'
  | 'unknown-zone'
  | 'invalid-record-data';

/** Every {@link BridgeCode}, at run time. @internal */
export const bridgeCodes: readonly BridgeCode[] = Object.freeze([
  'invalid-event',
  'unknown-event',
  'invalid-instant',
  'time-went-backwards',
  'event-not-allowed',
  'invalid-input',
  'unknown-reference',
  'duplicate-reply',
  'late-reply',
  'out-of-order-reply',
  'unknown-record',
  'missing-group',
  'invalid-request',
  'invalid-context',
  'invalid-event-data',
  'unknown-user-event',
  'missing-field',
  'invalid-field',
  'unknown-genesys-zone',
  'unknown-zone',
  'invalid-record-data',
]);
