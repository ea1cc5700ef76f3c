import { isInstant, maxInstant } from './instant.js';
import { rejection, type Rejection } from './rejection.js';

export { isInstant } from './instant.js';

/**
 * True for a non-null, non-array object. Reads on such a value should use own properties only
 * (see {@link ownField}) so that keys like `__proto__` stay inert.
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property of untrusted data; inherited keys (`__proto__`, `constructor`, ...) read as `undefined`.
 */
export function ownField(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** The codes an envelope check refuses with. */
export type EnvelopeCode = 'invalid-event' | 'invalid-instant' | 'time-went-backwards';

/** An event's envelope read once into plain values: its `type` and its `at`. */
export interface Envelope {
  /** The event's `type`. */
  readonly type: string;
  /** The event's instant, epoch milliseconds UTC (a supported instant, not before the last one). */
  readonly at: number;
}

/**
 * Reads the envelope every event shares, each field exactly once: an object with a string `type` and a
 * supported instant `at` (see {@link isInstant}) not earlier than `lastAt`. Returns the plain
 * {@link Envelope}, or the {@link Rejection} (`invalid-event`, `invalid-instant`, `time-went-backwards`)
 * with its JSON path. Never throws, whatever the event's getters do.
 */
export function readEnvelope(event: unknown, lastAt: number): Envelope | Rejection<EnvelopeCode> {
  let type: unknown;
  let at: unknown;
  try {
    if (!isRecord(event)) return rejection('invalid-event', 'An event must be an object with a string `type`.', undefined, '$');
    type = ownField(event, 'type');
    at = ownField(event, 'at');
  } catch {
    return rejection('invalid-event', 'The event could not be read.', undefined, '$');
  }
  if (typeof type !== 'string') return rejection('invalid-event', 'An event must be an object with a string `type`.', undefined, '$.type');
  if (!isInstant(at)) {
    return rejection('invalid-instant', `\`at\` must be an epoch-millisecond number from 0 to ${maxInstant}.`, undefined, '$.at');
  }
  if (at < lastAt) {
    return rejection('time-went-backwards', `Event at ${at} is earlier than the last accepted event at ${lastAt}.`, { at, lastAt }, '$.at');
  }
  return { type, at };
}

/**
 * Checks the envelope every event shares (see {@link readEnvelope}). Returns `undefined` when the
 * envelope is sound, or the {@link Rejection}.
 */
export function checkEnvelope(event: unknown, lastAt: number): Rejection<EnvelopeCode> | undefined {
  const read = readEnvelope(event, lastAt);
  return 'code' in read ? read : undefined;
}
