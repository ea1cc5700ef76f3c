import type { OutboundRecord } from './record.js';

/**
 * Orders the records of one chain by ascending `chain_n` (the dialling order) and drops records of
 * other chains and duplicate `chain_n` (the first one delivered wins).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const records: outbound.records.OutboundRecord[];
 * const chain = outbound.records.chainOf(records, 55); // chain 55 in dialling order
 * ```
 */
export function chainOf(records: readonly OutboundRecord[], chainId: number): readonly OutboundRecord[] {
  const seen = new Set<number>();
  const out: OutboundRecord[] = [];
  for (const r of records) {
    if (r.chainId !== chainId || seen.has(r.chainN)) continue;
    seen.add(r.chainN);
    out.push(r);
  }
  return out.sort((a, b) => a.chainN - b.chainN);
}

/**
 * The next record of the chain after `chainN` in dialling order, or `undefined` at the end of the chain.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const chain: outbound.records.OutboundRecord[];
 * outbound.records.nextInChain(chain, 1)?.phone; // the number after chain_n 1
 * ```
 */
export function nextInChain(chain: readonly OutboundRecord[], chainN: number): OutboundRecord | undefined {
  let best: OutboundRecord | undefined;
  for (const r of chain) {
    if (r.chainN > chainN && (best === undefined || r.chainN < best.chainN)) best = r;
  }
  return best;
}
