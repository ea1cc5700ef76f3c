import * as d from '../core/decode.js';
import { accept, type Started } from '../core/step.js';
import { dialingModes, isDialingMode } from '../core/internal.js';
import type { LogoutCode } from './codes.js';
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
 * Untrusted input is checked: a refusal has the code `invalid-input` with the JSON `path` of the
 * offending field, and no state.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const step = logout.machine.start({ at: Date.UTC(2026, 10, 24, 9), campaign: { mode: 'predictive', running: true } });
 * if (step.ok) step.state.status; // 'logged-in'
 * ```
 */
const input = d.object({
  at: d.instant,
  campaign: d.object({ mode: d.literal(...dialingModes), running: d.boolean }),
  maxDelayMs: d.optional(d.number({ min: Number.MIN_VALUE, expected: 'a positive number of milliseconds' })),
  authorizeAtDeadline: d.optional(d.boolean),
  exitOnError: d.optional(d.boolean),
  interactions: d.optional(d.integer()),
});

export function start(raw: LogoutInput): Started<LogoutState, LogoutEffect, LogoutCode> {
  const read = d.run(input, raw);
  if (read instanceof d.Problem) return { ok: false, error: d.rejectionOf('invalid-input', read) };
  const state: LogoutState = Object.freeze({
    version: 1,
    status: 'logged-in',
    lastAt: read.at,
    campaign: Object.freeze({ mode: read.campaign.mode, running: read.campaign.running }),
    maxDelayMs: read.maxDelayMs ?? defaultMaxDelayMs,
    authorizeAtDeadline: read.authorizeAtDeadline ?? true,
    exitOnError: read.exitOnError ?? false,
    interactions: read.interactions ?? 0,
    requestCount: 0,
    request: null,
    loggedOutAt: null,
  });
  return accept(state);
}
