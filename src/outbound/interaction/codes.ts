import type { CommonCode } from '../../core/codes.js';
import type { FieldCode } from '../records/fields.js';
import type { RecordParseCode } from '../records/parse.js';

/**
 * The refusal codes of the interaction machine besides the common ones (`core.commonCodes`):
 * - `permission-denied`: the agent's permissions do not allow it (`details.permission`).
 * - `unknown-record`: no record with that handle on the desktop; `unknown-call`: no such seized call.
 * - `unknown-request`: no pending request with that id, or the event does not answer that kind of request.
 * - `record-already-held`: a record with that handle is already on the desktop.
 * - `record-already-processed`: that record was finished; a processed record never comes back.
 * - `preview-limit-reached`: the agent already holds (or asked for) the maximum of preview records.
 * - `request-pending`: a request about that record is still waiting for its acknowledgement.
 * - `call-in-progress`: not while the call is up (hang up first).
 * - `not-in-chain`: that chain number is not in the chain the desktop holds.
 * - `call-result-not-offered`, `unknown-disposition`: a value outside the configured lists.
 * - `time-in-past`: a callback time that is not in the future.
 * - `invalid-mode`: a dialing mode that does not fit the event.
 * - `invalid-state`: `restore` was given something that is not a saved interaction state.
 * - the record parser's codes (`outbound.records.RecordParseCode`: `invalid-record-data`,
 *   `missing-field`, `invalid-field`, `unknown-zone`, `invalid-options`, `invalid-field-declaration`) for
 *   bad record data, and the field codes (`outbound.records.FieldCode`: `unknown-field`,
 *   `read-only-field`, `invalid-field-value`) for field updates.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.interaction.interactionCodes.includes('preview-limit-reached'); // true
 * ```
 */
export const interactionCodes = Object.freeze([
  'permission-denied',
  'unknown-record',
  'unknown-call',
  'unknown-request',
  'record-already-held',
  'record-already-processed',
  'preview-limit-reached',
  'request-pending',
  'call-in-progress',
  'not-in-chain',
  'call-result-not-offered',
  'unknown-disposition',
  'time-in-past',
  'invalid-mode',
  'invalid-state',
  'invalid-record-data',
  'missing-field',
  'invalid-field',
  'unknown-zone',
  'invalid-options',
  'invalid-field-declaration',
  'unknown-field',
  'read-only-field',
  'invalid-field-value',
  'invalid-record',
] as const);

/**
 * Every code the interaction machine refuses with: one of {@link interactionCodes} or a common code
 * (`invalid-event`, `unknown-event`, `invalid-instant`, `time-went-backwards`, `event-not-allowed`,
 * `invalid-input`). The machine's runtime `codes` list is exactly this union.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.interaction.InteractionCode = 'permission-denied';
 * ```
 */
export type InteractionCode = (typeof interactionCodes)[number] | CommonCode;

// The record parser's and the field updates' codes are refusals of this machine too (checked here).
type Covered = RecordParseCode | FieldCode extends InteractionCode ? true : false;
const covered: Covered = true;
void covered;
