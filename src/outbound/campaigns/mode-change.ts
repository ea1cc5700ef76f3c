import { describe, fail, isDialingMode, ok, type Result } from '../../core/internal.js';
import type { DialingMode } from '../../core/internal.js';

const SWITCHABLE: ReadonlySet<DialingMode> = new Set<DialingMode>([
  'progressive',
  'predictive',
  'progressive-with-seizing',
  'predictive-with-seizing',
]);

/**
 * Codes of {@link checkModeChange}:
 * - `invalid-mode`: `from` or `to` is not one of the dialing modes (the refusal's `path` says which).
 * - `invalid-input`: `running` is not a boolean.
 * - `same-mode`: the campaign already runs in that mode.
 * - `mode-change-needs-restart`: the campaign is running and the change is not between progressive and
 *   predictive (with or without seizing); it needs a stop, the change, and a start (for example any
 *   change to or from preview or push preview).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.campaigns.ModeChangeCode = 'mode-change-needs-restart';
 * ```
 */
export type ModeChangeCode = 'invalid-mode' | 'invalid-input' | 'same-mode' | 'mode-change-needs-restart';

/**
 * Whether a campaign group may change dialing mode now. Predictive and progressive (and the two seizing
 * modes) switch freely while running; any other change is allowed only while the campaign is not running.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.campaigns.checkModeChange('predictive', 'progressive', true).ok; // true
 * outbound.campaigns.checkModeChange('predictive', 'preview', true); // fails: 'mode-change-needs-restart'
 * outbound.campaigns.checkModeChange('predictive', 'preview', false).ok; // true
 * ```
 */
export function checkModeChange(from: DialingMode, to: DialingMode, running: boolean): Result<DialingMode, ModeChangeCode> {
  if (!isDialingMode(from)) return fail('invalid-mode', `\`from\` must be a dialing mode, not ${describe(from)}.`, undefined, '$.from');
  if (!isDialingMode(to)) return fail('invalid-mode', `\`to\` must be a dialing mode, not ${describe(to)}.`, undefined, '$.to');
  if (typeof running !== 'boolean') return fail('invalid-input', `\`running\` must be a boolean, not ${describe(running)}.`, undefined, '$.running');
  if (from === to) return fail('same-mode', `The campaign already uses ${to}.`, { from, to });
  if (!running || (SWITCHABLE.has(from) && SWITCHABLE.has(to))) return ok(to);
  return fail('mode-change-needs-restart', `A running campaign cannot switch from ${from} to ${to}; stop it, change the mode, start it.`, { from, to });
}
