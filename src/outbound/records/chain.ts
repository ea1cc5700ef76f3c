import { rangeError } from '../../core/internal.js';
import type { OutboundRecord } from './record.js';

/** The records of a list, each with numeric `chainId` and `chainN` (own data fields), or the helper's RangeError. */
function checkedList(fn: string, records: unknown): readonly OutboundRecord[] {
  if (!Array.isArray(records) || records.length > 100_000) throw rangeError(fn, 'an array of outbound records', records);
  for (let i = 0; i < records.length; i += 1) {
    const r: unknown = records[i];
    if (typeof r !== 'object' || r === null) throw rangeError(fn, 'an array of outbound records', r);
    for (const key of ['chainId', 'chainN']) {
      const d = Object.getOwnPropertyDescriptor(r, key);
      if (d === undefined || !('value' in d) || typeof d.value !== 'number' || Number.isNaN(d.value)) throw rangeError(fn, `records with a numeric ${key}`, r);
    }
  }
  return records as readonly OutboundRecord[];
}

/**
 * Orders the records of one chain by ascending `chain_n` (the dialling order) and drops records of
 * other chains and duplicate `chain_n` (the first one delivered wins).
 *
 * @throws RangeError when `records` is not an array of records with numeric `chainId` and `chainN`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const records: outbound.records.OutboundRecord[];
 * const chain = outbound.records.chainOf(records, 55); // chain 55 in dialling order
 * ```
 */
export function chainOf(records: readonly OutboundRecord[], chainId: number): readonly OutboundRecord[] {
  checkedList('outbound.chainOf', records);
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
 * @throws RangeError when `chain` is not an array of records with numeric `chainId` and `chainN`, or `chainN` is not a number.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const chain: outbound.records.OutboundRecord[];
 * outbound.records.nextInChain(chain, 1)?.phone; // the number after chain_n 1
 * ```
 */
export function nextInChain(chain: readonly OutboundRecord[], chainN: number): OutboundRecord | undefined {
  checkedList('outbound.nextInChain', chain);
  if (typeof chainN !== 'number' || Number.isNaN(chainN)) throw rangeError('outbound.nextInChain', 'a chain_n (a number)', chainN);
  let best: OutboundRecord | undefined;
  for (const r of chain) {
    if (r.chainN > chainN && (best === undefined || r.chainN < best.chainN)) best = r;
  }
  return best;
}
