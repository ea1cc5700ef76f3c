import { MINUTE, local, resolve, type ZoneName } from '../time/index.js';
import type { WebCallbackConfig } from './config.js';
import type { FieldError } from '../core/field-error.js';
import type { Field } from './problems.js';
import { fromCode, type WebCallbackCode } from './codes.js';
import type { Draft } from './state.js';

/**
 * What {@link validateDraft} needs to know besides the draft (a `WebCallbackState` has all three).
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const context: webcallback.DraftContext = { zone: 'Europe/Paris', numbers: ['+33123456789'], config: webcallback.defaultConfig };
 * ```
 */
export interface DraftContext {
  /** The agent's zone. */
  readonly zone: ZoneName;
  /** The contact's numbers. */
  readonly numbers: readonly string[];
  /** The rules. */
  readonly config: WebCallbackConfig;
}

/**
 * Everything wrong with a draft at the instant `at`, field by field (On, From, Till, To), in that order.
 * An empty list means Done may commit it. Never throws.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const errors = webcallback.validateDraft(
 *   { on: '2026-11-24', from: '08:00', durationMinutes: 600, to: '+15551230009' },
 *   { zone: 'UTC', numbers: ['+15551230001'], config: webcallback.defaultConfig },
 *   Date.UTC(2026, 10, 24, 9),
 * );
 * errors.map((p) => p.code); // ['time-in-past', 'duration-out-of-bounds', 'unknown-number']
 * ```
 */
export function validateDraft(draft: Draft, context: DraftContext, at: number): readonly FieldError<Field, WebCallbackCode>[] {
  const { zone, numbers, config } = context;
  const errors: FieldError<Field, WebCallbackCode>[] = [];
  const today = local(at, zone);
  const start = resolve({ date: draft.on, time: draft.from, zone }, config.policy);
  if (today.ok && draft.on < today.value.date) {
    errors.push({ field: 'on', code: 'time-in-past', message: `${draft.on} has passed.` });
  } else if (!start.ok) {
    const code = fromCode(start.error.code);
    errors.push({ field: 'from', code, message: start.error.message });
  } else if (start.value.at <= at) {
    errors.push({ field: 'from', code: 'time-in-past', message: `${draft.on} ${draft.from} has passed.` });
  } else if (start.value.at < at + config.minLeadMinutes * MINUTE) {
    errors.push({
      field: 'from',
      code: 'time-too-soon',
      message: `The new time must be at least ${config.minLeadMinutes} minutes ahead.`,
    });
  }
  const { minDurationMinutes: min, maxDurationMinutes: max } = config;
  if (!(draft.durationMinutes >= min && draft.durationMinutes <= max)) {
    errors.push({
      field: 'till',
      code: 'duration-out-of-bounds',
      message: `The window must last from ${min} to ${max} minutes, not ${draft.durationMinutes}.`,
    });
  }
  if (!numbers.includes(draft.to)) {
    errors.push({ field: 'to', code: 'unknown-number', message: `${draft.to} is not one of the contact's numbers.` });
  }
  return Object.freeze(errors.map((p) => Object.freeze(p)));
}
