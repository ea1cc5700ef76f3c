import { MINUTE, local, parseDate, parseTime, resolve, zone as parseZone, type ZoneName } from '../time/index.js';
import { d, describe, isInstant, rangeError } from '../core/internal.js';
import { parseConfig, type WebCallbackConfig } from './config.js';
import type { FieldError } from '../core/field-error.js';
import type { Field } from './problems.js';
import { fromCode, type WebCallbackCode } from './codes.js';

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
  /** The agent's zone, an IANA name (checked). */
  readonly zone: string;
  /** The contact's numbers. */
  readonly numbers: readonly string[];
  /** The rules. */
  readonly config: WebCallbackConfig;
}

const draftFields = d.object({ on: d.unknownValue, from: d.unknownValue, durationMinutes: d.unknownValue, to: d.unknownValue });
const contextFields = d.object({ zone: d.string({ min: 1, max: 200 }), numbers: d.array(d.string(), { max: 10_000 }), config: d.unknownValue });

/** Reads the context once, or `undefined` when it is not a {@link DraftContext}. */
function readContext(context: unknown): { readonly zone: ZoneName; readonly numbers: readonly string[]; readonly config: WebCallbackConfig } | undefined {
  const read = d.run(contextFields, context);
  if (read instanceof d.Problem || typeof read.config !== 'object' || read.config === null) return undefined;
  const zone = parseZone(read.zone);
  const config = parseConfig(read.config);
  return zone.ok && config.ok ? { zone: zone.value, numbers: read.numbers, config: config.value } : undefined;
}

/**
 * Everything wrong with a draft at the instant `at`, field by field (On, From, Till, To), in that order.
 * An empty list means Done may commit it. A draft of any shape gives field errors (a field that is not a
 * date, a time, a number of minutes or a string is `invalid-date`, `invalid-time`, `invalid-duration` or
 * `unknown-number`), never a throw; messages describe an unreadable value by kind and size only.
 *
 * @throws RangeError when `context` is not a {@link DraftContext} (a known zone, a list of numbers and a
 * configuration `parseConfig` accepts) or `at` is not a supported instant: values its types rule out.
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
export function validateDraft(draft: { readonly on: string; readonly from: string; readonly durationMinutes: number; readonly to: string }, context: DraftContext, at: number): readonly FieldError<Field, WebCallbackCode>[] {
  const ctx = readContext(context);
  if (ctx === undefined) throw rangeError('webcallback.validateDraft', 'a draft context { zone, numbers, config }', context);
  if (!isInstant(at)) throw rangeError('webcallback.validateDraft', 'a supported epoch-millisecond instant', at);
  const { zone, numbers, config } = ctx;
  const read = d.run(draftFields, draft);
  const fields = read instanceof d.Problem ? {} : read;
  const errors: FieldError<Field, WebCallbackCode>[] = [];
  const on = parseDate(fields.on);
  const from = parseTime(fields.from);
  const today = local(at, zone);
  if (!on.ok) {
    errors.push({ field: 'on', code: 'invalid-date', message: `On must be a date YYYY-MM-DD, not ${describe(fields.on)}.` });
  } else if (!from.ok) {
    errors.push({ field: 'from', code: 'invalid-time', message: `From must be a time HH:mm, not ${describe(fields.from)}.` });
  } else {
    const start = resolve({ date: on.value, time: from.value, zone }, config.policy);
    if (today.ok && on.value < today.value.date) {
      errors.push({ field: 'on', code: 'time-in-past', message: `${on.value} has passed.` });
    } else if (!start.ok) {
      const code = fromCode(start.error.code);
      errors.push({ field: 'from', code, message: start.error.message });
    } else if (start.value.at <= at) {
      errors.push({ field: 'from', code: 'time-in-past', message: `${on.value} ${from.value} has passed.` });
    } else if (start.value.at < at + config.minLeadMinutes * MINUTE) {
      errors.push({
        field: 'from',
        code: 'time-too-soon',
        message: `The new time must be at least ${config.minLeadMinutes} minutes ahead.`,
      });
    }
  }
  const { minDurationMinutes: min, maxDurationMinutes: max } = config;
  const duration = fields.durationMinutes;
  if (typeof duration !== 'number') {
    errors.push({ field: 'till', code: 'invalid-duration', message: `The window must be a number of minutes, not ${describe(duration)}.` });
  } else if (!(duration >= min && duration <= max)) {
    errors.push({
      field: 'till',
      code: 'duration-out-of-bounds',
      message: `The window must last from ${min} to ${max} minutes, not ${describe(duration)}.`,
    });
  }
  const to = fields.to;
  if (typeof to !== 'string' || !numbers.includes(to)) {
    errors.push({ field: 'to', code: 'unknown-number', message: `To (${describe(to)}) is not one of the contact's numbers.` });
  }
  return Object.freeze(errors.map((p) => Object.freeze(p)));
}
