import type { CallResult } from '../records/codes.js';
import type { Outcome } from './types.js';

const table: Readonly<Partial<Record<CallResult, Outcome>>> = Object.freeze({
  ok: 'conversation',
  answer: 'conversation',
  transferred: 'conversation',
  conferenced: 'conversation',
  'wrong-party': 'conversation',
  'wrong-number': 'conversation',
  busy: 'busy',
  'no-answer': 'no-answer',
  'dropped-no-answer': 'no-answer',
  'answering-machine': 'answering-machine',
  fax: 'answering-machine',
  pager: 'answering-machine',
  abandoned: 'abandoned',
  dropped: 'abandoned',
  silence: 'abandoned',
  'do-not-call': 'refused',
  'all-trunks-busy': 'not-connected',
  'sit-detected': 'not-connected',
  'sit-invalid-number': 'not-connected',
  'sit-vacant': 'not-connected',
  'sit-intercept': 'not-connected',
  'sit-unknown': 'not-connected',
  'sit-no-circuit': 'not-connected',
  'sit-reorder': 'not-connected',
  'no-dial-tone': 'not-connected',
  'no-ringback': 'not-connected',
  'no-progress': 'not-connected',
  'no-established': 'not-connected',
  'dial-error': 'not-connected',
  'no-port-available': 'not-connected',
  'general-error': 'not-connected',
  'system-error': 'not-connected',
});

/**
 * How the contact policy reads an OCS call result: a person reached (`ok`, `answer`, transfers, a
 * wrong party) is a `conversation`; `do-not-call` is `refused`; `abandoned`, `dropped` and `silence`
 * are `abandoned`; machines, fax and pagers are `answering-machine`; SIT tones, dialling and system
 * errors never reached the number (`not-connected`); `busy` and `no-answer` are themselves. Any other
 * result (`unknown`, `cleared`, `stale`, ...) counts as `no-answer`: an attempt for every frequency
 * limit, but no conversation. So does a value that is not a call result at all (untyped input: a
 * number, an object, an inherited key such as `'toString'`): the function is total.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.contactPolicy.outcomeOf('do-not-call'); // 'refused'
 * outbound.contactPolicy.outcomeOf('sit-vacant'); // 'not-connected'
 * ```
 */
export function outcomeOf(result: CallResult): Outcome {
  return typeof result === 'string' && Object.hasOwn(table, result) ? (table[result] ?? 'no-answer') : 'no-answer';
}
