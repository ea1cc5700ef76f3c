import { accept, checkEnvelope, deepFreeze, isInstant, isRecord, ownField, refuse, refuseWith, type StepMachine, type Step } from '../../core/internal.js';
import { isCallResult } from '../records/codes.js';
import { parseFieldDeclarations } from '../records/fields.js';
import { outboundPermissions, type InteractionConfig, type InteractionInput } from './config.js';
import { recordAction, requestPreview } from './agent.js';
import { requestAnswer } from './answers.js';
import { automaticCall, callProgress, chainedRecords, previewAnswer, recordFilled, recordPushed } from './delivery.js';
import type { InteractionEffect } from './effects.js';
import type { InteractionEvent } from './events.js';
import type { InteractionState } from './state.js';
import { callbackUnavailable, recordRemoved, scheduledCall } from './server.js';
import { arm, autoDialDue, disarm, nextWake } from './timed-preview.js';
import { done, type Ev, type S, type X } from './shared.js';

function configProblem(config: unknown): string | undefined {
  if (!isRecord(config)) return '`config` must be an object.';
  const c = config as unknown as InteractionConfig;
  if (!Array.isArray(c.permissions) || !(c.permissions as unknown[]).every((p) => (outboundPermissions as readonly unknown[]).includes(p))) return 'Unknown permission in `permissions`.';
  if (!Array.isArray(c.callResults) || c.callResults.length === 0 || !c.callResults.every(isCallResult)) return '`callResults` must be a non-empty list of call results.';
  if (!c.callResults.includes(c.defaultCallResult)) return '`defaultCallResult` must be one of `callResults`.';
  if (!Array.isArray(c.dispositions) || !(c.dispositions as unknown[]).every((d) => isRecord(d) && typeof ownField(d, 'code') === 'string' && typeof ownField(d, 'label') === 'string')) return '`dispositions` must be a list of { code, label }.';
  if (c.defaultDisposition !== null && !(c.dispositions as readonly { code: string }[]).some((d) => d.code === c.defaultDisposition)) return '`defaultDisposition` must be null or one of `dispositions`.';
  if (!parseFieldDeclarations(c.fields).ok) return '`fields` must be field declarations (distinct non-empty keys, known types, boolean `readOnly`).';
  if (!Number.isSafeInteger(c.maxPreviewRecords) || (c.maxPreviewRecords < 1 && c.maxPreviewRecords !== -1)) return '`maxPreviewRecords` must be an integer of at least 1, or -1 for no limit.';
  const timed = ownField(config, 'timedPreviewAutoDial');
  if (timed !== undefined && (typeof timed !== 'number' || !Number.isSafeInteger(timed) || timed < 0 || timed > 86_400)) return '`timedPreviewAutoDial` must be whole seconds from 0 to 86400.';
  return undefined;
}

function startInteraction(input: InteractionInput): Step<S, X> {
  const at = isRecord(input) ? ownField(input, 'at') : undefined;
  const config = isRecord(input) ? ownField(input, 'config') : undefined;
  const state = (c: InteractionConfig, lastAt: number): S =>
    deepFreeze({ version: 1, lastAt, config: JSON.parse(JSON.stringify(c)) as InteractionConfig, requestSeq: 0, slots: [], pending: [], processed: [], noRecordsAt: null });
  const empty = { permissions: [], callResults: ['unknown'], defaultCallResult: 'unknown', dispositions: [], defaultDisposition: null, fields: [], maxPreviewRecords: 1 } as const;
  if (!isInstant(at)) return refuse(state(empty, 0), 'invalid-input', '`at` must be an epoch-millisecond instant.');
  const problem = configProblem(config);
  if (problem !== undefined) return refuse(state(empty, at), 'invalid-input', problem);
  return accept(state(config as InteractionConfig, at));
}

const RECORD_ACTIONS = new Set(['accept', 'decline', 'reject', 'cancel', 'request-chain', 'schedule-callback', 'mark-processed', 'dial', 'update-fields', 'set-call-result', 'set-disposition', 'do-not-call', 'reschedule', 'callback-unavailable']);

function transitionInteraction(state: S, event: InteractionEvent): Step<S, X> {
  const bad = checkEnvelope(event, state.lastAt);
  if (bad) return refuseWith(state, bad);
  const at = event.at;
  // Timed preview: a record whose timer ran out by `at` is dialled first, as a punctual tick would have.
  const [settled, dialled] = autoDialDue({ ...state, lastAt: at }, at);
  if (event.type === 'tick') return done(settled, [...dialled, ...nextWake(settled)]);
  const step = apply(dialled.length === 0 ? state : settled, event);
  if (!step.ok) return dialled.length === 0 ? step : refuse(state, step.error.code, step.error.message, step.error.details);
  let next = step.state;
  if (RECORD_ACTIONS.has(event.type)) next = disarm(next, (event as unknown as Ev).handle);
  const [armed, wakes] = arm(state, next, at);
  if (armed === step.state && dialled.length === 0) return step;
  return done(armed, [...dialled, ...step.effects, ...wakes]);
}

function apply(state: S, event: InteractionEvent): Step<S, X> {
  const e = event as unknown as Ev;
  const at = event.at;
  const base: S = { ...state, lastAt: at };
  switch (event.type) {
    case 'scheduled-call':
      return scheduledCall(state, base, e);
    case 'callback-unavailable':
      return callbackUnavailable(state, base, e, at);
    case 'record-removed':
      return recordRemoved(state, base, e);
    case 'preview-record':
    case 'no-records':
      return previewAnswer(state, base, e, event.type);
    case 'record-pushed':
      return recordPushed(state, base, e);
    case 'call-connected':
    case 'call-seized':
      return automaticCall(state, base, e, event.type);
    case 'record-filled':
      return recordFilled(state, base, e);
    case 'chained-records':
      return chainedRecords(state, base, e);
    case 'request-acknowledged':
    case 'request-failed':
      return requestAnswer(state, base, e, event.type);
    case 'call-established':
    case 'call-ended':
      return callProgress(state, base, e, event.type);
    case 'request-preview':
      return requestPreview(state, base, e, at);
    case 'accept':
    case 'decline':
    case 'reject':
    case 'cancel':
    case 'request-chain':
    case 'schedule-callback':
    case 'mark-processed':
    case 'dial':
    case 'update-fields':
    case 'set-call-result':
    case 'set-disposition':
    case 'do-not-call':
    case 'reschedule':
      return recordAction(state, base, e, event.type, at);
    default:
      return refuse(state, 'unknown-event', `Unknown event type ${String(e.type)}.`);
  }
}

/**
 * The agent's outbound interaction machine, one for every dialing mode: it holds the records on the
 * agent's desktop (preview, push preview, progressive, predictive, the seizing modes, power and GVP),
 * tracks each through `preview`/`offered`/`seized` → `dialing` → `connected` → `wrap-up`, sends every
 * server request with an id and keeps it pending until its acknowledgement or error, and finishes a
 * record only on the processed acknowledgement. Permissions come from the configuration; codes are
 * {@link InteractionCode}.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const config: outbound.InteractionConfig;
 * let s = outbound.interaction.start({ at: 0, config }).state;
 * const step = outbound.interaction.transition(s, { type: 'request-preview', at: 1 });
 * step.effects; // [{ type: 'send-request', request: { kind: 'preview-record', id: 'outbound-1', referenceId: 1, campaign: null } }]
 * ```
 */
export const interaction: StepMachine<InteractionInput, InteractionState, InteractionEvent, InteractionEffect> = Object.freeze({
  start: startInteraction,
  transition: transitionInteraction,
});
