import * as d from '../../core/decode.js';
import { commonCodes } from '../../core/codes.js';
import type { TickEvent } from '../../core/effects.js';
import { accept, deepFreeze, defineMachine, readEnvelope, refuse, refuseStart, refuseWith, type Machine, type Started, type Step } from '../../core/internal.js';
import { recordAction, requestPreview } from './agent.js';
import { requestAnswer } from './answers.js';
import { interactionCodes, type InteractionCode } from './codes.js';
import type { InteractionConfig, InteractionInput } from './config.js';
import { input as inputDecoder } from './decoders.js';
import { automaticCall, callProgress, chainedRecords, previewAnswer, recordFilled, recordPushed } from './delivery.js';
import type { InteractionEffect } from './effects.js';
import type { InteractionEvent } from './events.js';
import { eventDecoders } from './read-event.js';
import { restoreInteraction } from './restore.js';
import { callbackUnavailable, recordRemoved, scheduledCall } from './server.js';
import { done, type Ev, type S, type X } from './shared.js';
import type { InteractionState } from './state.js';
import { arm, autoDialDue, disarm, nextWake } from './timed-preview.js';

function startInteraction(input: InteractionInput): Started<S, X, string> {
  const read = d.run(inputDecoder, input);
  if (read instanceof d.Problem) return refuseStart('invalid-input', `Not an interaction input: ${read.message}`, undefined, read.path);
  const config = read.config as InteractionConfig;
  return accept(deepFreeze<S>({ version: 1, lastAt: read.at, config, requestCount: 0, slots: [], pending: [], processed: [], noRecordsAt: null }));
}

const RECORD_ACTIONS = new Set(['accept', 'decline', 'reject', 'cancel', 'request-chain', 'schedule-callback', 'mark-processed', 'dial', 'update-fields', 'set-call-result', 'set-disposition', 'do-not-call', 'reschedule', 'callback-unavailable']);

function transitionInteraction(state: S, event: InteractionEvent | TickEvent): Step<S, X> {
  const envelope = readEnvelope(event, state.lastAt);
  if ('code' in envelope) return refuseWith(state, envelope);
  const decoder = Object.prototype.hasOwnProperty.call(eventDecoders, envelope.type) ? eventDecoders[envelope.type] : undefined;
  if (decoder === undefined) return refuse(state, 'unknown-event', 'The interaction machine has no event of this type.', undefined, '$.type');
  const read = d.run(decoder, event);
  if (read instanceof d.Problem) return refuseWith(state, d.rejectionOf('invalid-event', read));
  const e = read as InteractionEvent;
  const at = envelope.at;
  // Timed preview: a record whose timer ran out by `at` is dialled first, as a punctual tick would have.
  const [settled, dialled] = autoDialDue({ ...state, lastAt: at }, at);
  if (e.type === 'tick') return done(settled, [...dialled, ...nextWake(settled)]);
  const step = apply(dialled.length === 0 ? state : settled, e);
  if (!step.ok) return refuseWith(state, step.error);
  let next = step.state;
  if (RECORD_ACTIONS.has(e.type)) next = disarm(next, (e as unknown as Ev).handle);
  const [armed, wakes] = arm(state, next, at);
  if (armed === step.state && dialled.length === 0) return step;
  return done(armed, [...dialled, ...step.effects, ...wakes]);
}

function apply(state: S, event: Exclude<InteractionEvent, TickEvent>): Step<S, X> {
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
    default:
      return recordAction(state, base, e, event.type, at);
  }
}

/**
 * The agent's outbound interaction machine, one for every dialing mode: it holds the records on the
 * agent's desktop (preview, push preview, progressive, predictive, the seizing modes, power and GVP),
 * tracks each through `preview`/`offered`/`seized` → `dialing` → `connected` → `wrap-up`, sends every
 * server request (`send-request`, with a `requestId`) and keeps it pending until its reply
 * (`request-acknowledged`, `request-failed`, or the records answering it), and finishes a record only on
 * the processed acknowledgement. It also takes the flows the server starts (a callback coming due,
 * a record withdrawn) and dials a timed preview by itself at its deadline (a `wake`, then a `tick`).
 * Permissions come from the configuration; codes are {@link InteractionCode}.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const config: outbound.interaction.InteractionConfig;
 * const m = outbound.interaction.machine;
 * const started = m.start({ at: 0, config });
 * if (started.ok) {
 *   const step = m.transition(started.state, { type: 'request-preview', at: 1 });
 *   step.effects; // [{ type: 'send-request', request: { kind: 'preview-record', requestId: 'outbound-1', referenceId: 1, campaign: null } }]
 * }
 * ```
 */
export const machine: Machine<InteractionInput, InteractionState, InteractionEvent, InteractionEffect, InteractionCode> = defineMachine<
  InteractionInput,
  InteractionState,
  InteractionEvent,
  InteractionEffect,
  InteractionCode
>({
  id: 'outbound.interaction',
  codes: [...commonCodes, ...interactionCodes],
  start: startInteraction,
  transition: transitionInteraction,
  restore: restoreInteraction,
});
