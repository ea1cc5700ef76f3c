import { describe } from '../core/decode.js';

/**
 * What {@link checkJsonRoundTrip} found: whether `JSON.parse(JSON.stringify(value))` is deeply equal to
 * the value, and if not, the first path where they differ.
 *
 * @example
 * ```ts
 * import * as testing from 'dialdesk/testing';
 * testing.checkJsonRoundTrip({ at: new Date(0) }); // { ok: false, path: '$.at', reason: 'not plain data: Date' }
 * ```
 */
export interface RoundTripReport {
  /** True when the value survives a JSON round trip unchanged. */
  readonly ok: boolean;
  /** The JSON path of the first difference (`$` for the root), or `null`. */
  readonly path: string | null;
  /** What differs there, or `null`. */
  readonly reason: string | null;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as object | null;
    return proto === Object.prototype || proto === null ? 'object' : `not plain data: ${(proto as { constructor?: { name?: string } }).constructor?.name ?? 'unknown'}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return `non-finite number ${String(value)}`;
  return typeof value;
}

/** A difference: the keys from it up to the root (innermost first), and what differs. */
interface Miss {
  readonly keys: (string | number)[];
  readonly reason: string;
}

/**
 * The first difference between `a` and its JSON copy `b`, or `undefined`. Nothing is allocated while the
 * values agree (the path is built on the way back from a difference), so a state of 100 000 numbers is
 * compared in a few milliseconds.
 */
function miss(a: unknown, b: unknown): Miss | undefined {
  switch (typeof a) {
    case 'number':
      if (!Number.isFinite(a)) return { keys: [], reason: `non-finite number ${String(a)}` };
      return Object.is(a, b) || (a === 0 && b === 0) ? undefined : { keys: [], reason: `${describe(a)} became ${describe(b)}` };
    case 'string':
    case 'boolean':
      return a === b ? undefined : { keys: [], reason: `${describe(a)} became ${describe(b)}` };
    case 'object':
      break;
    default:
      return { keys: [], reason: typeof a };
  }
  if (a === null) return b === null ? undefined : { keys: [], reason: `null became ${describe(b)}` };
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return { keys: [], reason: 'array length or type changed' };
    for (let i = 0; i < a.length; i += 1) {
      const m = miss(a[i], b[i]);
      if (m !== undefined) {
        m.keys.push(i);
        return m;
      }
    }
    return undefined;
  }
  const kind = kindOf(a);
  if (kind !== 'object') return { keys: [], reason: kind };
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of Object.keys(x)) {
    if (!(key in y)) return { keys: [key], reason: `key lost (value ${kindOf(x[key])})` };
    const m = miss(x[key], y[key]);
    if (m !== undefined) {
      m.keys.push(key);
      return m;
    }
  }
  return undefined;
}

const SAME: RoundTripReport = Object.freeze({ ok: true, path: null, reason: null });

function compare(a: unknown, b: unknown): RoundTripReport {
  const m = miss(a, b);
  if (m === undefined) return SAME;
  let path = '$';
  for (let i = m.keys.length - 1; i >= 0; i -= 1) {
    const k = m.keys[i] as string | number;
    path += typeof k === 'number' ? `[${k}]` : `.${k}`;
  }
  return { ok: false, path, reason: m.reason };
}

/** The JSON copy of `state` and the report (internal: {@link assertJsonRoundTrip} keeps the copy). */
function roundTrip(state: unknown): { readonly report: RoundTripReport; readonly copy?: unknown } {
  let copy: unknown;
  try {
    const text = JSON.stringify(state) as string | undefined;
    if (text === undefined) return { report: { ok: false, path: '$', reason: `not JSON: ${describe(state)}` } };
    copy = JSON.parse(text) as unknown;
  } catch (error) {
    // The engine's message may quote keys of the value: name the kind of failure only.
    return { report: { ok: false, path: '$', reason: error instanceof RangeError ? 'too deeply nested to serialize' : 'not serializable (a cycle, a bigint or a throwing toJSON)' } };
  }
  try {
    return { report: compare(state, copy), copy };
  } catch {
    return { report: { ok: false, path: '$', reason: 'too deeply nested or unreadable to compare' } };
  }
}

/**
 * Checks that a state is plain JSON data: that `JSON.parse(JSON.stringify(state))` gives back an equal
 * value (no `Date`, `Map`, class instance, function, `undefined` value, `NaN` or `Infinity` inside).
 * Total: anything that cannot be serialized or read is a report with `ok: false`.
 *
 * @example
 * ```ts
 * import * as testing from 'dialdesk/testing';
 * testing.checkJsonRoundTrip({ version: 1, deadline: 5_000 }).ok; // true
 * ```
 */
export function checkJsonRoundTrip(state: unknown): RoundTripReport {
  return roundTrip(state).report;
}

/**
 * Throws a `RangeError` naming the path when a state does not survive a JSON round trip (`undefined`
 * included); returns the parsed copy otherwise, so a test can go on with the copy and check that it
 * behaves the same.
 *
 * @throws RangeError when `JSON.parse(JSON.stringify(state))` differs from `state`.
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const step = logout.machine.start({ at: 0, campaign: { mode: 'preview', running: false } });
 * if (!step.ok) throw new Error(step.error.code);
 * const copy = testing.assertJsonRoundTrip(step.state);
 * ```
 */
export function assertJsonRoundTrip<S>(state: S): S {
  const { report, copy } = roundTrip(state);
  if (!report.ok) {
    const path = (report.path ?? '$').slice(0, 120);
    throw new RangeError(`testing.assertJsonRoundTrip: expected a state that survives a JSON round trip; at ${path}: ${(report.reason ?? '').slice(0, 160)}`);
  }
  return copy as S;
}

/**
 * True when a value and everything reachable from it is frozen (primitives count as frozen). Iterative
 * and cycle-safe; `false` when a getter inside throws.
 *
 * @example
 * ```ts
 * import * as testing from 'dialdesk/testing';
 * testing.isDeeplyFrozen(Object.freeze({ a: Object.freeze([1]) })); // true
 * testing.isDeeplyFrozen({ a: 1 }); // false
 * ```
 */
export function isDeeplyFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  try {
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null || seen.has(v)) continue;
      if (!Object.isFrozen(v)) return false;
      seen.add(v);
      for (const child of Object.values(v) as unknown[]) stack.push(child);
    }
  } catch {
    return false; // a getter that throws: the value cannot be vouched for
  }
  return true;
}
