import { d, fail, isProblem, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { recordDecoder } from './check.js';
import { kindOf, memberPath } from './path.js';
import { parseDate } from '../../time/index.js';
import type { OutboundRecord } from './record.js';

/**
 * Types a custom field can have: `date` values are calendar dates `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.fieldTypes.includes('date'); // true
 * ```
 */
export const fieldTypes = Object.freeze(['string', 'number', 'boolean', 'date'] as const);

/**
 * One of the {@link fieldTypes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.records.FieldType = 'number';
 * ```
 */
export type FieldType = (typeof fieldTypes)[number];

/**
 * A typed custom-field value (`null` for an empty field; a date is a `YYYY-MM-DD` string).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const v: outbound.records.FieldValue = 1250.5;
 * ```
 */
export type FieldValue = string | number | boolean | null;

/**
 * A custom field of the calling list's format, as the desktop may show and update it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const f: outbound.records.FieldDeclaration = { key: 'balance_due', type: 'number', readOnly: true };
 * ```
 */
export interface FieldDeclaration {
  /** The key the server uses for the field (the `send_attribute` name), also its key in `record.fields`. */
  readonly key: string;
  /** The value type. */
  readonly type: FieldType;
  /** When true the agent may see but not update the field. */
  readonly readOnly?: boolean;
}

/**
 * Codes of field validation and update:
 * - `unknown-field`: the key is not in the declared field list.
 * - `read-only-field`: the field is declared read-only.
 * - `invalid-field-value`: the value does not have the declared type.
 * - `invalid-field-declaration`: the declared field list itself is malformed (not an array, an item
 *   that is not an object, a key that is not a non-empty string or is declared twice, a type not in
 *   {@link fieldTypes}, a `readOnly` that is not a boolean); `details.path` is its JSON path.
 * - `invalid-record`: the record given to {@link updateFields} is not an `OutboundRecord` (`$.record...`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.records.FieldCode = 'read-only-field';
 * ```
 */
export type FieldCode = 'unknown-field' | 'read-only-field' | 'invalid-field-value' | 'invalid-field-declaration' | 'invalid-record';

/**
 * Checks an untrusted declared field list (for example from a configuration file): an array of
 * `{ key, type, readOnly? }` with distinct non-empty keys and types from {@link fieldTypes}. Refuses
 * with `invalid-field-declaration` and `details.path`, the JSON path of the bad part under `base`
 * (a string of at most 200 characters, else `$`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.parseFieldDeclarations([{ key: 'balance', type: 'number' }]).ok; // true
 * const r = outbound.records.parseFieldDeclarations([{ key: 'a', type: 'string' }, null]);
 * if (!r.ok) r.error.details; // { path: '$[1]' }
 * ```
 */
export function parseFieldDeclarations(value: unknown, base = '$'): Result<readonly FieldDeclaration[], 'invalid-field-declaration'> {
  const root = typeof base === 'string' && base.length <= 200 ? base : '$';
  const bad = (path: string, rule: string, got: unknown): Result<never, 'invalid-field-declaration'> =>
    fail('invalid-field-declaration', `${path} must be ${rule}, not ${kindOf(got)}.`, { path });
  if (!Array.isArray(value)) return bad(root, 'an array of field declarations', value);
  const out: FieldDeclaration[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const path = `${root}[${i}]`;
    const item: unknown = value[i];
    if (!isRecord(item)) return bad(path, 'an object { key, type, readOnly? }', item);
    const key = ownField(item, 'key');
    if (typeof key !== 'string' || key === '') return bad(`${path}.key`, 'a non-empty string', key);
    if (seen.has(key)) return bad(`${path}.key`, 'a key not declared before', key);
    const type = ownField(item, 'type');
    if (typeof type !== 'string' || !(fieldTypes as readonly string[]).includes(type)) return bad(`${path}.type`, `one of ${fieldTypes.join(', ')}`, type);
    const readOnly = ownField(item, 'readOnly');
    if (readOnly !== undefined && typeof readOnly !== 'boolean') return bad(`${path}.readOnly`, 'a boolean', readOnly);
    seen.add(key);
    out.push(readOnly === undefined ? { key, type: type as FieldType } : { key, type: type as FieldType, readOnly });
  }
  return ok(out);
}

/**
 * True for a real calendar date written `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31 (what
 * `time.parseDate` accepts; year 0000 is not a date).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.isCalendarDate('2026-02-28'); // true
 * outbound.records.isCalendarDate('2026-02-30'); // false
 * ```
 */
export function isCalendarDate(value: unknown): boolean {
  return parseDate(value).ok;
}

/**
 * Checks an agent-supplied value against a field type (`null` clears any field).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.isFieldValue('boolean', true); // true
 * outbound.records.isFieldValue('number', '12'); // false
 * ```
 */
export function isFieldValue(type: FieldType, value: unknown): value is FieldValue {
  if (value === null) return true;
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return isCalendarDate(value);
    default:
      return false;
  }
}

/**
 * Reads a server string as a value of a field type: numbers in decimal, booleans as
 * `true`/`false`/`1`/`0` (any case), dates as `YYYY-MM-DD`; an empty string is `null`. Total: a type
 * not in {@link fieldTypes} is refused with `invalid-field-declaration` (`details.path` `$.type`), a
 * value that is not a string or does not read as the type with `invalid-field-value` (`$.raw`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.fieldFromString('number', '12.5'); // { ok: true, value: 12.5 }
 * outbound.records.fieldFromString('boolean', 'maybe').ok; // false
 * ```
 */
export function fieldFromString(type: FieldType, raw: string): Result<FieldValue, 'invalid-field-value' | 'invalid-field-declaration'> {
  const t: unknown = type;
  const r: unknown = raw;
  if (typeof t !== 'string' || !(fieldTypes as readonly string[]).includes(t)) {
    return fail('invalid-field-declaration', `The type must be one of ${fieldTypes.join(', ')}, not ${kindOf(t)}.`, { path: '$.type' });
  }
  if (typeof r !== 'string') return fail('invalid-field-value', `The value must be a string, not ${kindOf(r)}.`, { path: '$.raw' });
  if (r === '') return ok(null);
  const refuse = (what: string): Result<never, 'invalid-field-value'> => fail('invalid-field-value', `Not ${what}: ${kindOf(r)}.`, { path: '$.raw' });
  switch (t as FieldType) {
    case 'string':
      return ok(r);
    case 'number': {
      const n = r.trim() === '' ? Number.NaN : Number(r);
      return Number.isFinite(n) ? ok(n) : refuse('a number');
    }
    case 'boolean': {
      const b = r.toLowerCase();
      if (b === 'true' || b === '1') return ok(true);
      if (b === 'false' || b === '0') return ok(false);
      return refuse('a boolean');
    }
    case 'date':
      return isCalendarDate(r) ? ok(r) : refuse('a date YYYY-MM-DD');
  }
}

/**
 * Validates a set of agent changes against the declared field list: every key must be declared,
 * writable, and of the declared type. Returns the changes as typed values, or the first problem with
 * `details.field` and `details.path` (a malformed field list is `invalid-field-declaration`, see
 * {@link parseFieldDeclarations}).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const fields = [{ key: 'note', type: 'string' }, { key: 'balance', type: 'number', readOnly: true }] as const;
 * outbound.records.checkFieldChanges({ note: 'call after 6' }, fields).ok; // true
 * outbound.records.checkFieldChanges({ balance: 0 }, fields); // fails with 'read-only-field'
 * ```
 */
export function checkFieldChanges(
  changes: unknown,
  declarations: readonly FieldDeclaration[],
): Result<Readonly<Record<string, FieldValue>>, FieldCode> {
  const declared = parseFieldDeclarations(declarations);
  if (!declared.ok) return declared;
  if (!isRecord(changes)) {
    return fail('invalid-field-value', `Changes must be an object of field keys to values, not ${kindOf(changes)}.`, { path: '$' });
  }
  const byKey = new Map(declared.value.map((d) => [d.key, d]));
  const entries: [string, FieldValue][] = [];
  for (const key of Object.keys(changes)) {
    const path = memberPath('$', key);
    const declaration = byKey.get(key);
    if (!declaration) return fail('unknown-field', 'No such field in the field list.', { field: key, path });
    if (declaration.readOnly === true) return fail('read-only-field', 'The field is read-only.', { field: key, path });
    const value = ownField(changes, key);
    if (!isFieldValue(declaration.type, value)) {
      return fail('invalid-field-value', `The field takes a ${declaration.type}, not ${kindOf(value)}.`, { field: key, type: declaration.type, path });
    }
    entries.push([key, value]);
  }
  return ok(Object.fromEntries(entries));
}

/**
 * Applies agent changes to a record's custom fields after {@link checkFieldChanges}; returns a new record.
 * Total: a record that is not an `OutboundRecord` (as `parseRecord` makes it, or its JSON) is refused
 * with `invalid-record` and the JSON path of the bad part (`$.record`, `$.record.chainN`, ...).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.records.OutboundRecord;
 * const r = outbound.records.updateFields(record, { note: 'call after 6' }, [{ key: 'note', type: 'string' }]);
 * if (r.ok) r.value.fields.note; // 'call after 6'
 * ```
 */
export function updateFields(
  record: OutboundRecord,
  changes: unknown,
  declarations: readonly FieldDeclaration[],
): Result<OutboundRecord, FieldCode> {
  const read = d.run(recordDecoder, record, '$.record');
  if (isProblem(read)) return fail('invalid-record', read.message, { path: read.path }, read.path);
  const checked = checkFieldChanges(changes, declarations);
  if (!checked.ok) return checked;
  return ok({ ...read, fields: { ...read.fields, ...checked.value } });
}
