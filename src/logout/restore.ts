import * as d from '../core/decode.js';
import { fail, ok, type Result } from '../core/result.js';
import { dialingModes } from '../core/internal.js';
import type { LogoutRequest, LogoutState, LogoutStatus } from './state.js';

const request = d.object({
  id: d.string({ max: 40 }), // and it must be `logout-<requestCount>`, checked below
  source: d.literal('main-window', 'voice-channel'),
  requestedAt: d.instant,
  deadline: d.instant,
  deadlineSetBy: d.literal('configuration', 'server'),
  deliveredDuringWait: d.integer(),
  message: d.literal('none', 'shown', 'dismissed', 'hidden'),
  messageShownAt: d.nullable(d.instant),
  outcome: d.literal('pending', 'authorized', 'expired', 'failed'),
  resolvedAt: d.nullable(d.instant),
  authorizedBy: d.literal(null, 'server', 'deadline', 'campaign'),
  failure: d.nullable(d.string({ max: 500 })),
});

const saved = d.object({
  version: d.literal(1),
  status: d.literal('logged-in', 'awaiting-authorization', 'authorized', 'logged-out'),
  lastAt: d.instant,
  campaign: d.object({ mode: d.literal(...dialingModes), running: d.boolean }),
  maxDelayMs: d.number({ min: Number.MIN_VALUE, expected: 'a positive number of milliseconds' }),
  authorizeAtDeadline: d.boolean,
  exitOnError: d.boolean,
  interactions: d.integer(),
  requestCount: d.integer(),
  request: d.nullable(request),
  loggedOutAt: d.nullable(d.instant),
});

/** The path of the first field of a request that contradicts another, or undefined. */
function contradiction(r: LogoutRequest): string | undefined {
  if ((r.messageShownAt === null) !== (r.message === 'none')) return '$.request.messageShownAt';
  if ((r.resolvedAt === null) !== (r.outcome === 'pending')) return '$.request.resolvedAt';
  if ((r.authorizedBy === null) !== (r.outcome !== 'authorized')) return '$.request.authorizedBy';
  if ((r.failure === null) !== (r.outcome !== 'failed')) return '$.request.failure';
  return undefined;
}

/** Whether the status agrees with the request it claims (a pending request iff awaiting, and so on). */
function consistent(status: LogoutStatus, request: LogoutRequest | null, interactions: number, loggedOutAt: number | null): boolean {
  const outcome = request?.outcome ?? null;
  if (status === 'logged-out') return loggedOutAt !== null && outcome !== 'pending';
  if (loggedOutAt !== null) return false;
  if (status === 'logged-in') return outcome === null || outcome === 'expired' || outcome === 'failed';
  return status === 'authorized' ? outcome === 'authorized' && interactions > 0 : outcome === 'pending';
}

/**
 * Checks a saved logout state (for example `JSON.parse` of what a host stored) and returns it as a
 * deeply frozen state, or `invalid-state` with the JSON `path` of the first value that is wrong. Never throws.
 * Use it when the saved data may be stale, tampered with or from another version; a state the host
 * itself just serialized can be passed to `transition` directly.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const started = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * const saved = started.ok ? JSON.stringify(started.state) : 'null';
 * const restored = logout.machine.restore(JSON.parse(saved));
 * if (restored.ok) logout.machine.transition(restored.value, { type: 'tick', at: Date.now() });
 * logout.machine.restore({ version: 1 }).ok; // false
 * ```
 */
export function restore(value: unknown): Result<LogoutState, 'invalid-state'> {
  const read = d.run(saved, value);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved logout state: ${read.message}`, undefined, read.path);
  const bad = (path: string) => fail('invalid-state', `Not a saved logout state: ${path} contradicts the rest of the state.`, undefined, path);
  const req: LogoutRequest | null = read.request === null ? null : Object.freeze({ ...read.request });
  if (req !== null) {
    const wrong = contradiction(req);
    if (wrong !== undefined) return bad(wrong);
    if (req.id !== `logout-${read.requestCount}`) return bad('$.requestCount');
  }
  if (!consistent(read.status, req, read.interactions, read.loggedOutAt)) return bad('$.status');
  const state: LogoutState = Object.freeze({ ...read, campaign: Object.freeze({ ...read.campaign }), request: req });
  return ok(state);
}
