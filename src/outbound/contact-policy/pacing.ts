import { fail, ok, type Result } from '../../core/index.js';
import { resolvePresets } from './parse.js';
import type { AbandonRule } from '../pacing/ledger.js';
import type { AbandonmentRow, ContactPolicyCode, RingMinimumRow } from './types.js';

/**
 * What the pacer takes from presets: the abandonment limit (`null` when no preset has one), whether
 * AMD false positives count as abandoned live answers, the seconds within which a live answer must
 * reach an agent, the minimum ring time, whether an abandoned call needs a recorded message, and the
 * citations of the rows used.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.contactPolicy.pacingRules(['uk']);
 * if (r.ok) r.value.compliance; // { abandonRate: 0.03, window: '24h' }
 * ```
 */
export interface PacingRules {
  /** The abandonment limit for the ledger and the pacer, or `null`. */
  readonly compliance: AbandonRule | null;
  /** `abandoned`: AMD false positives count as abandoned live answers (Ofcom). */
  readonly amdFalsePositives: 'abandoned' | 'not-counted';
  /** Seconds within which a live answer must reach an agent (the smallest of the rows; 2 without one). */
  readonly abandonAfterSeconds: number;
  /** The minimum ring time in seconds (the largest of the rows), or `null` when no row sets one. */
  readonly minRingSeconds: number | null;
  /** Whether an abandoned call must get a recorded message. */
  readonly message: 'required' | 'not-required';
  /** The citations of the rows used. */
  readonly sources: readonly string[];
}

/**
 * The pacer's rules from presets (ids or objects, with their includes). A campaign is paced under one
 * abandonment limit: presets that bring two different ones are refused (`several-abandonment-rules`);
 * ring minimums combine to the longest. Refuses unknown or malformed presets (`invalid-preset`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.contactPolicy.pacingRules(['us-fl']);
 * if (r.ok) r.value.minRingSeconds; // 15 (the `us.ring-minimum` row: 47 CFR 64.1200(a)(6))
 * ```
 */
export function pacingRules(presets: unknown): Result<PacingRules, ContactPolicyCode> {
  const rows = resolvePresets(presets, '$.presets');
  if (!rows.ok) return rows;
  const abandonment = rows.value.filter((r): r is AbandonmentRow => r.kind === 'abandonment');
  const rings = rows.value.filter((r): r is RingMinimumRow => r.kind === 'ring-minimum');
  const [first, ...others] = abandonment;
  for (const o of others) {
    if (first !== undefined && (o.rate !== first.rate || o.window !== first.window || o.amdFalsePositives !== first.amdFalsePositives)) {
      return fail('several-abandonment-rules', `The presets bring different abandonment limits (${first.id}, ${o.id}); a campaign is paced under one.`, { path: '$.presets' });
    }
  }
  const minRing = rings.reduce<number | null>((m, r) => (m === null || r.seconds > m ? r.seconds : m), null);
  return ok(
    Object.freeze({
      compliance: first === undefined ? null : Object.freeze({ abandonRate: first.rate, window: first.window }),
      amdFalsePositives: first?.amdFalsePositives ?? 'not-counted',
      abandonAfterSeconds: abandonment.reduce((m, r) => Math.min(m, r.abandonAfterSeconds), 2),
      minRingSeconds: minRing,
      message: abandonment.some((r) => r.message === 'required') ? 'required' : 'not-required',
      sources: Object.freeze([...abandonment, ...rings].map((r) => r.source.citation)),
    }),
  );
}
