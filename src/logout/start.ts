import { isInstant, isRecord, ownField } from '../core/guards.js';
import { accept, refuse, type Step } from '../core/step.js';
import { isDialingMode } from '../core/internal.js';
import type { LogoutEffect } from './effects.js';
import type { LogoutCampaign, LogoutInput, LogoutState } from './state.js';

/**
 * The configured maximum wait when `maxDelayMs` is not given: 30 seconds.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * logout.defaultMaxDelayMs; // 30000
 * ```
 */
export const defaultMaxDelayMs = 30_000;

/**
 * The state a refused `start` hands back so that the `Step` type holds: terminal (`logged-out` at
 * epoch 0), so that using it by mistake refuses every event instead of behaving plausibly.
 */
const UNUSABLE: LogoutState = Object.freeze({
  version: 1,
  status: 'logged-out',
  lastAt: 0,
  campaign: Object.freeze({ mode: 'preview', running: false }),
  maxDelayMs: defaultMaxDelayMs,
  authorizeAtDeadline: true,
  interactions: 0,
  requestCount: 0,
  request: null,
  loggedOutAt: 0,
});

function invalid(field: string): Step<LogoutState, LogoutEffect> {
  return refuse(UNUSABLE, 'invalid-input', `\`${field}\` is missing or not valid (see LogoutInput).`, { field });
}

/**
 * Parses an untrusted campaign (`{ mode, running }`), or returns `undefined`.
 *
 * @internal
 */
export function readCampaign(mode: unknown, running: unknown): LogoutCampaign | undefined {
  if (!isDialingMode(mode) || typeof running !== 'boolean') return undefined;
  return Object.freeze({ mode, running });
}

/**
 * Builds the first logout state: the agent is logged in, no request has been sent.
 *
 * Untrusted input is checked: a refusal has the code `invalid-input` with `details.field` naming the
 * offending field, and its `state` is an unusable terminal placeholder (status `logged-out`); check
 * `step.ok` before using the state.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const step = logout.start({ at: Date.UTC(2026, 10, 24, 9), campaign: { mode: 'predictive', running: true } });
 * if (step.ok) step.state.status; // 'logged-in'
 * ```
 */
export function start(input: LogoutInput): Step<LogoutState, LogoutEffect> {
  const raw: unknown = input;
  if (!isRecord(raw)) return invalid('input');
  const at = ownField(raw, 'at');
  if (!isInstant(at)) return invalid('at');
  const rawCampaign = ownField(raw, 'campaign');
  const campaign = isRecord(rawCampaign)
    ? readCampaign(ownField(rawCampaign, 'mode'), ownField(rawCampaign, 'running'))
    : undefined;
  if (campaign === undefined) {
    return invalid('campaign');
  }
  const maxDelayMs = ownField(raw, 'maxDelayMs') ?? defaultMaxDelayMs;
  if (typeof maxDelayMs !== 'number' || !Number.isFinite(maxDelayMs) || maxDelayMs <= 0) {
    return invalid('maxDelayMs');
  }
  const authorizeAtDeadline = ownField(raw, 'authorizeAtDeadline') ?? true;
  if (typeof authorizeAtDeadline !== 'boolean') {
    return invalid('authorizeAtDeadline');
  }
  const interactions = ownField(raw, 'interactions') ?? 0;
  if (typeof interactions !== 'number' || !Number.isSafeInteger(interactions) || interactions < 0) {
    return invalid('interactions');
  }
  const state: LogoutState = Object.freeze({
    version: 1,
    status: 'logged-in',
    lastAt: at,
    campaign,
    maxDelayMs,
    authorizeAtDeadline,
    interactions,
    requestCount: 0,
    request: null,
    loggedOutAt: null,
  });
  return accept(state);
}
