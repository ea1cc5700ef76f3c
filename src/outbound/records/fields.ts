import { fail, ok, ownField, type Result } from '../../core/internal.js';
import type { OutboundRecord } from './record.js';

/**
 * Types a custom field can have: `date` values are calendar dates `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.fieldTypes.includes('date'); // true
 * ```
 */
export const fieldTypes = Object.freeze(['string', 'number', 'boolean', 'date'] as const);

/**
 * One of the {@link fieldTypes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.FieldType = 'number';
 * ```
 */
export type FieldType = (typeof fieldTypes)[number];

/**
 * A typed custom-field value (`null` for an empty field; a date is a `YYYY-MM-DD` string).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const v: outbound.FieldValue = 1250.5;
 * ```
 */
export type FieldValue = string | number | boolean | null;

/**
 * A custom field of the calling list's format, as the desktop may show and update it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const f: outbound.FieldDeclaration = { key: 'balance_due', type: 'number', readOnly: true };
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
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.FieldCode = 'read-only-field';
 * ```
 */
export type FieldCode = 'unknown-field' | 'read-only-field' | 'invalid-field-value';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.isCalendarDate('2026-02-28'); // true
 * outbound.isCalendarDate('2026-02-30'); // false
 * ```
 */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/**
 * Checks an agent-supplied value against a field type (`null` clears any field).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.isFieldValue('boolean', true); // true
 * outbound.isFieldValue('number', '12'); // false
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
  }
}

/**
 * Reads a server string as a value of a field type: numbers in decimal, booleans as
 * `true`/`false`/`1`/`0` (any case), dates as `YYYY-MM-DD`; an empty string is `null`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.fieldFromString('number', '12.5'); // { ok: true, value: 12.5 }
 * outbound.fieldFromString('boolean', 'maybe').ok; // false
 * ```
 */
export function fieldFromString(type: FieldType, raw: string): Result<FieldValue, 'invalid-field-value'> {
  if (raw === '') return ok(null);
  switch (type) {
    case 'string':
      return ok(raw);
    case 'number': {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      return Number.isFinite(n) ? ok(n) : fail('invalid-field-value', `Not a number: ${raw}`);
    }
    case 'boolean': {
      const b = raw.toLowerCase();
      if (b === 'true' || b === '1') return ok(true);
      if (b === 'false' || b === '0') return ok(false);
      return fail('invalid-field-value', `Not a boolean: ${raw}`);
    }
    case 'date':
      return isCalendarDate(raw) ? ok(raw) : fail('invalid-field-value', `Not a date YYYY-MM-DD: ${raw}`);
  }
}

/**
 * Validates a set of agent changes against the declared field list: every key must be declared,
 * writable, and of the declared type. Returns the changes as typed values, or the first problem with
 * `details.field`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const fields = [{ key: 'note', type: 'string' }, { key: 'balance', type: 'number', readOnly: true }] as const;
 * outbound.checkFieldChanges({ note: 'call after 6' }, fields).ok; // true
 * outbound.checkFieldChanges({ balance: 0 }, fields); // fails with 'read-only-field'
 * ```
 */
export function checkFieldChanges(
  changes: unknown,
  declarations: readonly FieldDeclaration[],
): Result<Readonly<Record<string, FieldValue>>, FieldCode> {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    return fail('invalid-field-value', 'Changes must be an object of field keys to values.');
  }
  const source = changes as Readonly<Record<string, unknown>>;
  const entries: [string, FieldValue][] = [];
  for (const key of Object.keys(source)) {
    const declaration = declarations.find((d) => d.key === key);
    if (!declaration) return fail('unknown-field', `No field ${key} in the field list.`, { field: key });
    if (declaration.readOnly === true) return fail('read-only-field', `Field ${key} is read-only.`, { field: key });
    const value = ownField(source, key);
    if (!isFieldValue(declaration.type, value)) {
      return fail('invalid-field-value', `Field ${key} takes a ${declaration.type}.`, { field: key, type: declaration.type });
    }
    entries.push([key, value]);
  }
  return ok(Object.fromEntries(entries));
}

/**
 * Applies agent changes to a record's custom fields after {@link checkFieldChanges}; returns a new record.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.OutboundRecord;
 * const r = outbound.updateFields(record, { note: 'call after 6' }, [{ key: 'note', type: 'string' }]);
 * if (r.ok) r.value.fields.note; // 'call after 6'
 * ```
 */
export function updateFields(
  record: OutboundRecord,
  changes: unknown,
  declarations: readonly FieldDeclaration[],
): Result<OutboundRecord, FieldCode> {
  const checked = checkFieldChanges(changes, declarations);
  if (!checked.ok) return checked;
  return ok({ ...record, fields: { ...record.fields, ...checked.value } });
}
