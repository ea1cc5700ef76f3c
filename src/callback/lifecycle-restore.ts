import * as d from '../core/decode.js';
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Result } from '../core/result.js';
import { callbackStatuses, completionReasons, type LifecycleState } from './lifecycle-types.js';

const id = d.string({ max: 200 });
const saved = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  callbackId: d.string({ min: 1, max: 10_000 }),
  status: d.literal(...callbackStatuses),
  desiredAt: d.nullable(d.instant),
  reason: d.literal(null, ...completionReasons),
  history: d.array(d.object({ status: d.literal(...callbackStatuses), at: d.instant }), { min: 1, max: 100 }),
  requestCount: d.integer(),
  pending: d.nullable(d.object({ kind: d.literal('cancel', 'reschedule'), requestId: id, desiredAt: d.nullable(d.instant) })),
  error: d.nullable(d.object({ code: d.string({ max: 200 }), message: d.string({ max: 10_000 }) })),
});

/** Checks a saved callback lifecycle state (untrusted JSON); never throws. */
export function restoreLifecycle(value: unknown): Result<LifecycleState, 'invalid-state'> {
  const read = d.run(saved, value);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved callback lifecycle state: ${read.message}`, undefined, read.path);
  const last = read.history[read.history.length - 1];
  if (last === undefined || last.status !== read.status) return fail('invalid-state', 'The history does not end in the status.', undefined, '$.history');
  if ((read.reason === null) !== (read.status !== 'completed')) return fail('invalid-state', 'Only a completed callback has a reason.', undefined, '$.reason');
  return ok(deepFreeze(read));
}
