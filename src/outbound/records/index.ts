/**
 * `outbound.records`: OCS calling-list records and chains: the record codes (types, statuses, contact
 * info types, call results), the parser of the key-value data a server delivers (`parseRecord`), custom
 * fields, and chains.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.records.parseRecord({ GSW_RECORD_HANDLE: '12', GSW_CHAIN_ID: '7', GSW_PHONE: '+15550100', GSW_TZ_NAME: 'America/New_York' });
 * if (r.ok) r.value.callResult; // 'unknown'
 * ```
 *
 * @module
 */
export {
  recordTypes,
  recordStatuses,
  contactInfoTypes,
  callResults,
  defaultCallResult,
  codeOf,
  nameOf,
  isCallResult,
  type RecordType,
  type RecordStatus,
  type ContactInfoType,
  type CallResult,
} from './codes.js';
export type { OutboundRecord, TreatmentProgress } from './record.js';
export {
  fieldTypes,
  isCalendarDate,
  isFieldValue,
  fieldFromString,
  parseFieldDeclarations,
  checkFieldChanges,
  updateFields,
  type FieldType,
  type FieldValue,
  type FieldDeclaration,
  type FieldCode,
} from './fields.js';
export { recordKeys, parseRecord, type RecordKeys, type RecordParseCode, type ParseRecordOptions } from './parse.js';
export { chainOf, nextInChain } from './chain.js';
