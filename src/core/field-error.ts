/**
 * A problem with one field of a form machine (the reschedule views, the callback dialog): what the UI
 * shows under the field, and what the machine refuses a commit with. The one field-error type of the
 * package; each area narrows `Field` to its own field names and `Code` to its own codes.
 *
 * @example
 * ```ts
 * import type { FieldError } from 'dialdesk';
 * const e: FieldError<'phone', 'phone-empty'> = { field: 'phone', code: 'phone-empty', message: 'Enter a phone number.' };
 * ```
 */
export interface FieldError<Field extends string = string, Code extends string = string> {
  /** The offending field. */
  readonly field: Field;
  /** A stable kebab-case code from the machine's `codes`. */
  readonly code: Code;
  /** A human-readable explanation (not part of the contract). */
  readonly message: string;
  /** Structured context, e.g. the earliest allowed instant or the number's window. */
  readonly details?: Readonly<Record<string, unknown>>;
}
