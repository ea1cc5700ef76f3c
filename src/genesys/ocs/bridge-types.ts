import type { TickEvent, WakeEffect } from '../../core/index.js';
import type { LogoutEvent } from '../../logout/index.js';
import type { campaigns } from '../../outbound/index.js';
import type { FieldDeclaration } from '../../outbound/records/index.js';
import type { InteractionEvent, OutboundRequest } from '../../outbound/interaction/index.js';
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
export interface BridgeInput extends Partial<Omit<BridgeConfig, 'applicationId'>> {
  /** Start instant, epoch ms. */
  readonly at: number;
  /** `GSW_APPLICATION_ID`: the OCS application's DBID. */
  readonly applicationId: number;
}

/**
 * The reschedule a bridge sends once AddRecord is acknowledged (a reschedule onto a new number).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const f: genesys.ocs.FollowUpReschedule = { campaign: 'Renewals', callbackType: 'personal', dialSchedTime: 1_785_000_000 };
 * ```
 */
export interface FollowUpReschedule {
  /** The campaign. */
  readonly campaign: string;
  /** Personal or campaign callback. */
  readonly callbackType: 'personal' | 'campaign';
  /** When, UTC epoch seconds. */
  readonly dialSchedTime: number;
}

/**
 * A reference id the bridge closed lately: answered, or timed out.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.ocs.ClosedReference = { referenceId: 3, how: 'expired' };
 * ```
 */
export interface ClosedReference {
  /** The `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `answered` or `expired`. */
  readonly how: 'answered' | 'expired';
}

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
  /** Which machine the answer goes to (`host`: a session request the host sent itself). */
  readonly answerTo: 'interaction' | 'logout' | 'host';
  /** When it times out, epoch ms. */
  readonly deadline: number;
  /** For a chained-record request: the chain's records received so far (domain record data). */
  readonly chain: readonly Readonly<Record<string, string>>[];
  /** For an AddRecord of a reschedule onto a new number: the reschedule to send after it. */
  readonly then: FollowUpReschedule | null;
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
  readonly closed: readonly ClosedReference[];
}

/**
 * A domain request to send (the interaction machine's `send-request` effect's `request`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.BridgeSendEvent = { type: 'send', at: 1, request: { kind: 'reject', requestId: 'outbound-2', referenceId: 2, handle: 101 } };
 * ```
 */
export interface BridgeSendEvent {
  /** Discriminant. */
  readonly type: 'send';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The request. */
  readonly request: OutboundRequest;
}

/**
 * The logout machine asks OCS for logout (its `send-request` effect with a `logout` request: its `requestId`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.BridgeSendLogoutEvent = { type: 'send-logout', at: 1, requestId: 'logout-1' };
 * ```
 */
export interface BridgeSendLogoutEvent {
  /** Discriminant. */
  readonly type: 'send-logout';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The logout request's id. */
  readonly requestId: string;
}

/**
 * A session request the host sends itself, answered to the host: `PreviewDialingModeStart` and
 * `PreviewDialingModeOver` (start and stop working a preview campaign; "PreviewDialingModeStart
 * Request") and `ReadyTime` ("ReadyTime Request"). The keys these requests carry beyond the common ones
 * are not confirmed, so `data` is written as given.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.BridgeSendSessionEvent = { type: 'send-session', at: 1, requestId: 'session-1', request: { kind: 'preview-dialing-mode-start', campaign: 'Renewals', data: {} } };
 * ```
 */
export interface BridgeSendSessionEvent {
  /** Discriminant. */
  readonly type: 'send-session';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The host's id for the request, echoed in the answer delivered to the host. */
  readonly requestId: string;
  /** The request. */
  readonly request: {
    /** Which session request. */
    readonly kind: 'preview-dialing-mode-start' | 'preview-dialing-mode-over' | 'ready-time';
    /** `GSW_CAMPAIGN_NAME`. */
    readonly campaign: string;
    /** Further keys, written as given (strings or integers). */
    readonly data: Readonly<Record<string, string | number>>;
  };
}

/**
 * A message from OCS arrived: `user-event`, a T-Server `EventUserEvent` (`data`: its user data); or
 * `cometd`, a GWS CometD message on `/v2/me/outbound` (`data`: the message's `data`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.BridgeReceivedEvent = { type: 'user-event', at: 5, data: { GSW_USER_EVENT: 'RecordRejectAcknowledge', GSW_REFERENCE_ID: 2 } };
 * ```
 */
export interface BridgeReceivedEvent {
  /** Discriminant. */
  readonly type: 'user-event' | 'cometd';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The message's data, untrusted. */
  readonly data: unknown;
}

/**
 * Events of the bridge: {@link BridgeSendEvent}, {@link BridgeSendLogoutEvent},
 * {@link BridgeSendSessionEvent}, {@link BridgeReceivedEvent}, and `tick` (the host timer for a `wake`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.BridgeEvent = { type: 'tick', at: 10_000 };
 * ```
 */
export type BridgeEvent = BridgeSendEvent | BridgeSendLogoutEvent | BridgeSendSessionEvent | BridgeReceivedEvent | TickEvent;

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
 * Deliver this event to the outbound interaction machine (`outbound.interaction.machine`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.DeliverToInteraction = { type: 'deliver', to: 'interaction', event: { type: 'request-acknowledged', at: 5, requestId: 'outbound-2' } };
 * ```
 */
export interface DeliverToInteraction {
  /** Discriminant. */
  readonly type: 'deliver';
  /** The machine. */
  readonly to: 'interaction';
  /** Its event. */
  readonly event: InteractionEvent;
}

/**
 * Deliver this event to the campaigns machine (`outbound.campaigns`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.DeliverToCampaigns = { type: 'deliver', to: 'campaigns', event: { type: 'campaign-started', at: 5, campaign: 'Renewals', group: 'Sales', mode: 'predictive' } };
 * ```
 */
export interface DeliverToCampaigns {
  /** Discriminant. */
  readonly type: 'deliver';
  /** The machine. */
  readonly to: 'campaigns';
  /** Its event. */
  readonly event: campaigns.CampaignsEvent;
}

/**
 * Deliver this event to the logout machine (`logout`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.DeliverToLogout = { type: 'deliver', to: 'logout', event: { type: 'request-acknowledged', at: 5, requestId: 'logout-1' } };
 * ```
 */
export interface DeliverToLogout {
  /** Discriminant. */
  readonly type: 'deliver';
  /** The machine. */
  readonly to: 'logout';
  /** Its event. */
  readonly event: LogoutEvent;
}

/**
 * The answer to a host's session request ({@link BridgeSendSessionEvent}): acknowledged, or failed
 * (OCS's error text or number, or `timeout`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.ocs.DeliverToHost = { type: 'deliver', to: 'host', event: { type: 'request-failed', at: 5, requestId: 'session-1', reason: 'timeout' } };
 * ```
 */
export interface DeliverToHost {
  /** Discriminant. */
  readonly type: 'deliver';
  /** The host. */
  readonly to: 'host';
  /** The answer. */
  readonly event: HostAnswer;
}

/**
 * The answer to a host's session request: `request-acknowledged`, or `request-failed` with a reason.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const a: genesys.ocs.HostAnswer = { type: 'request-acknowledged', at: 5, requestId: 'session-1' };
 * ```
 */
export type HostAnswer =
  | {
      /** Discriminant: OCS acknowledged the request. */
      readonly type: 'request-acknowledged';
      /** When, epoch ms. */
      readonly at: number;
      /** The host's id for the request. */
      readonly requestId: string;
    }
  | {
      /** Discriminant: OCS refused the request, or did not answer in time. */
      readonly type: 'request-failed';
      /** When, epoch ms. */
      readonly at: number;
      /** The host's id for the request. */
      readonly requestId: string;
      /** OCS's error text (or `OCS error <number>`), or `timeout`. */
      readonly reason: string;
    };

/**
 * Deliver an event to a domain machine (or, for a session request, to the host).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const e: genesys.ocs.DeliverEffect;
 * if (e.to === 'interaction') e.event.type;
 * ```
 */
export type DeliverEffect = DeliverToInteraction | DeliverToCampaigns | DeliverToLogout | DeliverToHost;

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
 * - `duplicate-request`: a request under an id (domain request id, logout or session request id) that is still waiting for its answer.
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
  | 'invalid-state'
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
  | 'duplicate-request'
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
  | 'invalid-record-data'
  | 'invalid-options'
  | 'invalid-field-declaration';

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
  'duplicate-request',
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
  'invalid-options',
  'invalid-field-declaration',
  'invalid-state',
]);
