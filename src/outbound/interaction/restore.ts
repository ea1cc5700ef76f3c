import * as d from '../../core/decode.js';
import { deepFreeze } from '../../core/internal.js';
import { fail, ok, type Result } from '../../core/result.js';
import { saved } from './decoders.js';
import type { InteractionState } from './state.js';

type Saved = d.Decoded<typeof saved>;

/** The path and rule of the first part of a saved state that contradicts the rest, or undefined. */
function contradiction(s: Saved): readonly [string, string] | undefined {
  const handles = new Set<number>();
  const calls = new Set<string>();
  const processed = new Set(s.processed);
  for (let i = 0; i < s.slots.length; i += 1) {
    const slot = s.slots[i]!;
    const at = `$.slots[${i}]`;
    if ((slot.record === null) !== (slot.phase === 'seized')) return [`${at}.record`, 'a record, or null exactly while the call is seized'];
    if (slot.record === null ? slot.chain.length > 0 : !slot.chain.some((r) => r.handle === slot.record?.handle)) {
      return [`${at}.chain`, 'a chain that holds the slot\'s record (empty for a seized call)'];
    }
    if (slot.record !== null) {
      if (handles.has(slot.record.handle) || processed.has(slot.record.handle)) return [`${at}.record.handle`, 'a handle held once and not processed'];
      handles.add(slot.record.handle);
    }
    if (slot.callId !== null) {
      if (calls.has(slot.callId)) return [`${at}.callId`, 'a call id held once'];
      calls.add(slot.callId);
    }
    if (slot.autoDialAt !== null && slot.phase !== 'preview') return [`${at}.autoDialAt`, 'null except on a previewed record'];
    if (slot.disposition !== null && !s.config.dispositions.some((x) => x.code === slot.disposition)) {
      return [`${at}.disposition`, 'null or one of the configured dispositions'];
    }
  }
  const references = new Set<number>();
  for (let i = 0; i < s.pending.length; i += 1) {
    const p = s.pending[i]!;
    const at = `$.pending[${i}]`;
    if (p.request.referenceId > s.requestCount || references.has(p.request.referenceId)) {
      return [`${at}.request.referenceId`, 'a request number sent once and not above `requestCount`'];
    }
    references.add(p.request.referenceId);
    if (p.sentAt > s.lastAt) return [`${at}.sentAt`, 'an instant not after `lastAt`'];
  }
  if (s.noRecordsAt !== null && s.noRecordsAt > s.lastAt) return ['$.noRecordsAt', 'null or an instant not after `lastAt`'];
  return undefined;
}

/**
 * Checks a saved interaction state (untrusted JSON, for example `JSON.parse` of what a host stored) and
 * returns it deeply frozen (a fresh copy: the caller's objects are never frozen), or `invalid-state`
 * with the JSON path of the first wrong value. Every field is checked, including the timed-preview
 * deadlines (`slots[i].autoDialAt`), due callbacks (`slots[i].callback`) and the configuration
 * (`timedPreviewAutoDial` 0..86400, `maxPreviewRecords` at least 1 or -1), and the parts that must agree
 * (a record iff not seized, unique handles, request numbers within `requestCount`), so that no
 * selector or transition can fail on a state it accepted. Never throws. @internal
 */
export function restoreInteraction(json: unknown): Result<InteractionState, 'invalid-state'> {
  const read = d.run(saved, json);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved interaction state: ${read.message}`, undefined, read.path);
  const wrong = contradiction(read);
  if (wrong !== undefined) return fail('invalid-state', `Not a saved interaction state: ${wrong[0]} must be ${wrong[1]}.`, undefined, wrong[0]);
  return ok(deepFreeze(read as unknown as InteractionState));
}
