import { isRecord, ownField } from '../../core/internal.js';

/**
 * One attached-data pair as dialdesk writes it: the key and a string or integer value (T-Server
 * key-value lists hold strings and integers; the GWS samples show both).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const p: genesys.ocs.WirePair = ['GSW_AGENT_REQ_TYPE', 'RecordReject'];
 * ```
 */
export type WirePair = readonly [key: string, value: string | number];

/**
 * Attached data as a read-only map from key to value, however the host received it.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const data: genesys.ocs.WireData;
 * data.get('GSW_USER_EVENT');
 * ```
 */
export type WireData = ReadonlyMap<string, unknown>;

const MAX_PAIRS = 4096;

/**
 * Reads attached data in the shapes hosts receive it: an object of keys to values (T-Server SDKs,
 * GWS `userData`), a list of `[key, value]` pairs, or a list of `{ key, value }` objects (the
 * Workspace API's typed list). Only own keys are read; `undefined` for anything else, never throws.
 * @internal
 */
export function readWire(data: unknown): WireData | undefined {
  const out = new Map<string, unknown>();
  if (Array.isArray(data)) {
    if (data.length > MAX_PAIRS) return undefined;
    for (const item of data as unknown[]) {
      if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string') out.set(item[0], item[1]);
      else if (isRecord(item) && typeof ownField(item, 'key') === 'string') out.set(ownField(item, 'key') as string, ownField(item, 'value'));
      else return undefined;
    }
    return out;
  }
  if (!isRecord(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.length > MAX_PAIRS) return undefined;
  for (const key of keys) out.set(key, ownField(data, key));
  return out;
}

/** Describes an untrusted value by kind and size, never by content. @internal */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return `a ${typeof value}`;
}

/** A string value (numbers read as their decimal text); `undefined` when absent or empty. @internal */
export function wireText(data: WireData, key: string): string | undefined | null {
  const v = data.get(key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** A non-negative safe integer value (string or number); `undefined` when absent, `null` when malformed. @internal */
export function wireInteger(data: WireData, key: string): number | undefined | null {
  const v = data.get(key);
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v === 'string' && /^\s*\d{1,16}\s*$/.test(v)) {
    const n = Number(v.trim());
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

/** Plain object of the string and number values, for a record parser. @internal */
export function wireObject(data: WireData): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of data) {
    if (k === '__proto__') continue;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
  }
  return out;
}
