import { d, deepFreeze, fail, ok, type Result } from '../../core/internal.js';
import { own } from './brand.js';
import { savedConfig } from './config.js';
import { DELAY_BINS, HOLD_BINS } from './histogram.js';
import { ascending, ledgerDecoder } from './ledger.js';
import type { AgentRecord, PacerData, PacingState } from './state.js';
import { SHARDS, shardOf, type Shards } from './table.js';

/*
 * `restore` of the pacer: a saved state (untrusted JSON) is read with the core decoder into a fresh copy,
 * then checked for what the pacer relies on (tables hashed where their ids belong, counts that match the
 * tables, a ledger in order, histograms of the right size in cumulative form, instants not after
 * `lastAt`), so that no selector or transition can throw or drift on a state it accepted.
 */

/** The most entries one table may hold in a saved state (agents, ringing or waiting calls over all shards). */
const MAX_ENTRIES = 100_000;
const id = d.string({ min: 1, max: 200 });
const count = d.integer();
const nonNegative = d.number({ min: 0 });

/** A sharded table: SHARDS shards, ids and values of one length, each id in its own shard, once. */
function shards<V>(value: d.Decoder<V>): d.Decoder<Shards<V>> {
  const table = d.refine(d.object({ ids: d.array(id, { max: MAX_ENTRIES }), values: d.array(value, { max: MAX_ENTRIES }) }), (t) =>
    t.ids.length === t.values.length ? undefined : 'a table with one value per id',
  );
  return d.refine(d.array(table, { min: SHARDS, max: SHARDS }), (all) => {
    let total = 0;
    for (let i = 0; i < all.length; i += 1) {
      const t = all[i];
      if (t === undefined) return 'a full list of shards';
      total += t.ids.length;
      if (new Set(t.ids).size !== t.ids.length) return 'tables without a repeated id';
      if (t.ids.some((x) => shardOf(x) !== i)) return 'tables whose ids sit in the shard of their hash';
    }
    return total <= MAX_ENTRIES ? undefined : `tables of at most ${MAX_ENTRIES} entries in all`;
  });
}

const agentRecord: d.Decoder<AgentRecord> = d.object({ status: d.literal('ready', 'talking', 'wrap-up', 'not-ready'), since: d.instant });

/** A cumulative histogram of a fixed size: non-negative, finite and never decreasing. */
function cumulative(bins: number): d.Decoder<readonly number[]> {
  return d.refine(d.array(nonNegative, { min: bins, max: bins }), (c) => (ascending(c, false) ? undefined : 'a cumulative histogram (never decreasing)'));
}

const ledger = ledgerDecoder;

const saved = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  config: savedConfig,
  agents: shards(agentRecord),
  ready: count,
  talking: count,
  wrapUp: count,
  notReady: count,
  ringing: shards(d.instant),
  ringingCount: count,
  waiting: shards(d.instant),
  waitingCount: count,
  ledger,
  stats: d.object({
    outcomes: count,
    hitRate: d.number({ min: 0, max: 1 }),
    answerDelay: cumulative(DELAY_BINS),
    failDelay: cumulative(DELAY_BINS),
    talk: cumulative(HOLD_BINS),
    wrap: cumulative(HOLD_BINS),
    talkSamples: count,
    talkMean: nonNegative,
    wrapMean: nonNegative,
    agentWaitMean: nonNegative,
  }),
  control: d.object({ gain: d.number({ min: 0.1, max: 10 }), dialLevel: d.number({ min: 1, max: 20 }), lastAdjustAt: d.instant }),
  totals: d.object({ dialed: count, answered: count, noContact: count, connected: count, abandoned: count }),
});

type Saved = d.Decoded<typeof saved>;

function entries<V>(t: Shards<V>): V[] {
  return t.flatMap((shard) => [...shard.values]);
}

/** What a decoded state must also satisfy: the problem's path and what was expected, or undefined. */
function consistency(s: Saved): readonly [string, string] | undefined {
  const agents = entries(s.agents);
  const counted = (status: AgentRecord['status']): number => agents.filter((a) => a.status === status).length;
  if (counted('ready') !== s.ready || counted('talking') !== s.talking || counted('wrap-up') !== s.wrapUp || counted('not-ready') !== s.notReady) {
    return ['$.agents', 'agents whose statuses match the counts ready, talking, wrapUp and notReady'];
  }
  if (agents.some((a) => a.since > s.lastAt)) return ['$.agents', 'agents whose `since` is not after lastAt'];
  const ringing = entries(s.ringing);
  const waiting = entries(s.waiting);
  if (ringing.length !== s.ringingCount) return ['$.ringingCount', 'the number of ringing calls'];
  if (waiting.length !== s.waitingCount) return ['$.waitingCount', 'the number of waiting calls'];
  if (ringing.some((at) => at > s.lastAt) || waiting.some((at) => at > s.lastAt)) return ['$.ringing', 'calls dialed or answered not after lastAt'];
  const ringingIds = new Set(s.ringing.flatMap((t) => t.ids));
  if (s.waiting.some((t) => t.ids.some((x) => ringingIds.has(x)))) return ['$.waiting', 'calls that are not both ringing and waiting'];
  if (s.ledger.lastAt > s.lastAt) return ['$.ledger.lastAt', 'a ledger entry not after lastAt'];
  if (s.control.lastAdjustAt > s.lastAt) return ['$.control.lastAdjustAt', 'an adjustment not after lastAt'];
  if (s.control.dialLevel > s.config.maxLinesPerAgent) return ['$.control.dialLevel', 'a dial level of at most maxLinesPerAgent'];
  return undefined;
}

/**
 * Checks a saved pacer state (untrusted JSON) and returns a deeply frozen copy, or `invalid-state`
 * with the JSON path of what is wrong. Never throws and never freezes the value it was given.
 */
export function restorePacer(json: unknown): Result<PacingState, 'invalid-state'> {
  const read = d.run(saved, json);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved pacer state: ${read.message}`, undefined, read.path);
  const wrong = consistency(read);
  if (wrong !== undefined) return fail('invalid-state', `Not a saved pacer state: ${wrong[0]} must hold ${wrong[1]}.`, undefined, wrong[0]);
  const state: PacerData = own(deepFreeze(read));
  return ok(state);
}
