import { outbound } from '../../../src/index.js';

/** One ledger entry for {@link buildLedger}: what happened and when (epoch ms). */
export type LedgerFixtureEntry = readonly [outbound.pacing.LedgerEntry, number];

/** A ledger built by recording `entries` in order through the checked entry point (a refusal fails the test). */
export function buildLedger(entries: readonly LedgerFixtureEntry[]): outbound.pacing.AbandonLedger {
  let l = outbound.pacing.emptyLedger();
  for (const [kind, at] of entries) {
    const r = outbound.pacing.recordChecked(l, kind, at);
    if (!r.ok) throw new Error(r.error.message);
    l = r.value;
  }
  return l;
}
