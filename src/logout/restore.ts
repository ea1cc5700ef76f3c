import { isInstant, isRecord, ownField } from '../core/guards.js';
import { fail, ok, type Result } from '../core/result.js';
import type { LogoutRequest, LogoutState, LogoutStatus } from './state.js';
import { readCampaign } from './start.js';

type Check = (value: unknown) => boolean;

const isCount: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const orNull = (check: Check): Check => (v) => v === null || check(v);
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) => values.includes(v);

/** The fields of a saved request, each with its check; a fresh frozen copy keeps only these. */
const REQUEST_FIELDS: readonly (readonly [keyof LogoutRequest, Check])[] = [
  ['id', (v) => typeof v === 'string'], // and it must be `logout-<requestCount>`, checked below
  ['source', oneOf('main-window', 'voice-channel')],
  ['requestedAt', isInstant],
  ['deadline', isInstant],
  ['deadlineSetBy', oneOf('configuration', 'server')],
  ['deliveredDuringWait', isCount],
  ['message', oneOf('none', 'shown', 'dismissed', 'hidden')],
  ['messageShownAt', orNull(isInstant)],
  ['outcome', oneOf('pending', 'authorized', 'expired')],
  ['resolvedAt', orNull(isInstant)],
  ['authorizedBy', oneOf(null, 'server', 'deadline', 'campaign')],
];

/** Reads a saved request, or returns the name of the first field that is wrong. */
function readRequest(raw: unknown): LogoutRequest | string {
  if (!isRecord(raw)) return 'request';
  const copy: Record<string, unknown> = {};
  for (const [key, check] of REQUEST_FIELDS) {
    const v = ownField(raw, key);
    if (!check(v)) return `request.${key}`;
    copy[key] = v;
  }
  const r = copy as unknown as LogoutRequest;
  if ((r.messageShownAt === null) !== (r.message === 'none')) return 'request.messageShownAt';
  if ((r.resolvedAt === null) !== (r.outcome === 'pending')) return 'request.resolvedAt';
  if ((r.authorizedBy === null) !== (r.outcome !== 'authorized')) return 'request.authorizedBy';
  return Object.freeze(r);
}

/** Whether the status agrees with the request it claims (a pending request iff awaiting, and so on). */
function consistent(status: LogoutStatus, request: LogoutRequest | null, interactions: number, loggedOutAt: number | null): boolean {
  const outcome = request?.outcome ?? null;
  if (status === 'logged-out') return loggedOutAt !== null && outcome !== 'pending';
  if (loggedOutAt !== null) return false;
  if (status === 'logged-in') return outcome === null || outcome === 'expired';
  return status === 'authorized' ? outcome === 'authorized' && interactions > 0 : outcome === 'pending';
}

/** The top-level fields of a saved state other than `campaign` and `request`, each with its check. */
const STATE_FIELDS: readonly (readonly [keyof LogoutState, Check])[] = [
  ['version', oneOf(1)],
  ['status', oneOf('logged-in', 'awaiting-authorization', 'authorized', 'logged-out')],
  ['lastAt', isInstant],
  ['maxDelayMs', (v) => typeof v === 'number' && Number.isFinite(v) && v > 0],
  ['authorizeAtDeadline', (v) => typeof v === 'boolean'],
  ['interactions', isCount],
  ['requestCount', isCount],
  ['loggedOutAt', orNull(isInstant)],
];

/**
 * Checks a saved logout state (for example `JSON.parse` of what a host stored) and returns it as a
 * deeply frozen state, or `invalid-state` with `details.field` naming the first field that is wrong.
 * Use it when the saved data may be stale, tampered with or from another version; a state the host
 * itself just serialized can be passed to `transition` directly.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const saved = JSON.stringify(logout.start({ at: 0, campaign: { mode: 'predictive', running: true } }).state);
 * const restored = logout.restore(JSON.parse(saved));
 * if (restored.ok) logout.transition(restored.value, { type: 'tick', at: Date.now() });
 * logout.restore({ version: 1 }).ok; // false
 * ```
 */
export function restore(value: unknown): Result<LogoutState, 'invalid-state'> {
  const bad = (field: string) => fail('invalid-state', `Not a saved logout state: \`${field}\` is missing or wrong.`, { field });
  if (!isRecord(value)) return bad('state');
  const copy: Record<string, unknown> = {};
  for (const [key, check] of STATE_FIELDS) {
    const v = ownField(value, key);
    if (!check(v)) return bad(key);
    copy[key] = v;
  }
  const rawCampaign = ownField(value, 'campaign');
  const campaign = isRecord(rawCampaign) ? readCampaign(ownField(rawCampaign, 'mode'), ownField(rawCampaign, 'running')) : undefined;
  if (campaign === undefined) return bad('campaign');
  const rawRequest = ownField(value, 'request');
  const request = rawRequest === null ? null : readRequest(rawRequest);
  if (typeof request === 'string') return bad(request);
  const state = { ...copy, campaign, request } as unknown as LogoutState;
  if (request !== null && request.id !== `logout-${state.requestCount}`) return bad('requestCount');
  if (!consistent(state.status, request, state.interactions, state.loggedOutAt)) return bad('status');
  return ok(Object.freeze(state));
}
