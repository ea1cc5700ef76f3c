import { isInstant, isRecord, ownField } from '../core/guards.js';
import { fail, ok, type Result } from '../core/result.js';
import type { LogoutRequest, LogoutState, LogoutStatus } from './state.js';
import { readCampaign } from './start.js';

const STATUSES: readonly LogoutStatus[] = ['logged-in', 'awaiting-authorization', 'authorized', 'logged-out'];
const MESSAGES: readonly string[] = ['none', 'shown', 'dismissed', 'hidden'];
const OUTCOMES: readonly string[] = ['pending', 'authorized', 'expired'];
const AUTHORIZERS: readonly string[] = ['server', 'deadline', 'campaign'];
const SOURCES: readonly string[] = ['main-window', 'voice-channel'];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isInstantOrNull = (v: unknown): v is number | null => v === null || isInstant(v);
const oneOf = (values: readonly string[], v: unknown): boolean => typeof v === 'string' && values.includes(v);

/** Reads a saved request, or returns the name of the first field that is wrong. */
function readRequest(raw: unknown): LogoutRequest | string {
  if (!isRecord(raw)) return 'request';
  const f = (key: string): unknown => ownField(raw, key);
  const id = f('id');
  if (typeof id !== 'string' || !/^logout-[1-9]\d*$/.test(id)) return 'request.id';
  if (!oneOf(SOURCES, f('source'))) return 'request.source';
  if (!isInstant(f('requestedAt'))) return 'request.requestedAt';
  if (!isInstant(f('deadline'))) return 'request.deadline';
  if (!oneOf(['configuration', 'server'], f('deadlineSetBy'))) return 'request.deadlineSetBy';
  if (!isCount(f('deliveredDuringWait'))) return 'request.deliveredDuringWait';
  if (!oneOf(MESSAGES, f('message'))) return 'request.message';
  if (!isInstantOrNull(f('messageShownAt')) || (f('messageShownAt') === null) !== (f('message') === 'none')) return 'request.messageShownAt';
  const outcome = f('outcome');
  if (!oneOf(OUTCOMES, outcome)) return 'request.outcome';
  if (!isInstantOrNull(f('resolvedAt')) || (f('resolvedAt') === null) !== (outcome === 'pending')) return 'request.resolvedAt';
  const by = f('authorizedBy');
  if (outcome === 'authorized' ? !oneOf(AUTHORIZERS, by) : by !== null) return 'request.authorizedBy';
  // Every field is checked above; copy them into a fresh frozen object (extra keys are dropped).
  return Object.freeze({
    id,
    source: f('source'),
    requestedAt: f('requestedAt'),
    deadline: f('deadline'),
    deadlineSetBy: f('deadlineSetBy'),
    deliveredDuringWait: f('deliveredDuringWait'),
    message: f('message'),
    messageShownAt: f('messageShownAt'),
    outcome,
    resolvedAt: f('resolvedAt'),
    authorizedBy: by,
  } as LogoutRequest);
}

/** Whether the status agrees with the request it claims (a pending request iff awaiting, and so on). */
function consistent(status: LogoutStatus, request: LogoutRequest | null, interactions: number, loggedOutAt: number | null): boolean {
  switch (status) {
    case 'awaiting-authorization':
      return request !== null && request.outcome === 'pending' && loggedOutAt === null;
    case 'authorized':
      return request !== null && request.outcome === 'authorized' && interactions > 0 && loggedOutAt === null;
    case 'logged-in':
      return (request === null || request.outcome === 'expired') && loggedOutAt === null;
    case 'logged-out':
      return loggedOutAt !== null && (request === null || request.outcome !== 'pending');
  }
}

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
  const f = (key: string): unknown => ownField(value, key);
  if (f('version') !== 1) return bad('version');
  const status = f('status');
  if (!oneOf(STATUSES, status)) return bad('status');
  const lastAt = f('lastAt');
  if (!isInstant(lastAt)) return bad('lastAt');
  const rawCampaign = f('campaign');
  const campaign = isRecord(rawCampaign) ? readCampaign(ownField(rawCampaign, 'mode'), ownField(rawCampaign, 'running')) : undefined;
  if (campaign === undefined) return bad('campaign');
  const maxDelayMs = f('maxDelayMs');
  if (typeof maxDelayMs !== 'number' || !Number.isFinite(maxDelayMs) || maxDelayMs <= 0) return bad('maxDelayMs');
  const authorizeAtDeadline = f('authorizeAtDeadline');
  if (typeof authorizeAtDeadline !== 'boolean') return bad('authorizeAtDeadline');
  const interactions = f('interactions');
  if (!isCount(interactions)) return bad('interactions');
  const requestCount = f('requestCount');
  if (!isCount(requestCount)) return bad('requestCount');
  const rawRequest = f('request');
  const request = rawRequest === null ? null : readRequest(rawRequest);
  if (typeof request === 'string') return bad(request);
  if (request !== null && request.id !== `logout-${requestCount}`) return bad('requestCount');
  const loggedOutAt = f('loggedOutAt');
  if (!isInstantOrNull(loggedOutAt)) return bad('loggedOutAt');
  if (!consistent(status as LogoutStatus, request, interactions, loggedOutAt)) return bad('status');
  return ok(
    Object.freeze({
      version: 1,
      status: status as LogoutStatus,
      lastAt,
      campaign,
      maxDelayMs,
      authorizeAtDeadline,
      interactions,
      requestCount,
      request,
      loggedOutAt,
    }),
  );
}
