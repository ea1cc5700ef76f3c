/**
 * Which callback API a service is reached through: GMS v1 (`/genesys/1/...`), GMS v2 (the same, with the v2
 * availability query `/genesys/2/service/callback/{service}/availability`) or the Engagement API v3
 * (`/engagement/v3/callbacks/...`: availability, create, cancel, retrieve; it has no reschedule).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.gms.apiVersions; // ['v1', 'v2', 'engagement-v3']
 * ```
 */
export const apiVersions = Object.freeze(['v1', 'v2', 'engagement-v3'] as const);

/**
 * One of the {@link apiVersions}.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const v: genesys.gms.ApiVersion = 'v2';
 * ```
 */
export type ApiVersion = (typeof apiVersions)[number];

/**
 * A configured GMS callback service, as the desktop reaches it.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const s: genesys.gms.GmsService = { serviceName: 'callback-for-desktop', api: 'v2', bucketMinutes: 15, reportBusy: true };
 * ```
 */
export interface GmsService {
  /** The callback execution name: the service is `service.{serviceName}` in the GMS options. */
  readonly serviceName: string;
  /** Which API; default `v1`. */
  readonly api?: ApiVersion;
  /** The service's `_request_time_bucket` in minutes (5, 10, 15, 20, 30, 60, 120); default 5, GMS's default. */
  readonly bucketMinutes?: number;
  /** `max-time-slots` for availability queries; default none (the server's). */
  readonly maxTimeSlots?: number;
  /** `report-busy` (v2 and Engagement): also return full slots so the grid can show them as full; default true. */
  readonly reportBusy?: boolean;
  /**
   * The service's other request keys sent with every create, for example the tokens and `_overwritable_options`
   * keys the service accepts (GMS Callback Services API, "Overwriting Configuration in Queries"). They never
   * replace `_customer_number` or `_desired_time`.
   */
  readonly extraKeys?: Readonly<Record<string, string>>;
}
