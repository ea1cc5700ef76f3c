import fc from 'fast-check';
import type { DialogEvent } from '../../callback/dialog-events.js';
import { calendar, commitButton } from '../../callback/dialog-selectors.js';
import type { DialogInput, DialogState, Origin } from '../../callback/dialog-state.js';
import { machine as dialog } from '../../callback/dialog-machine.js';
import type { Slot } from '../../callback/slot.js';
import { MINUTE, addDays, day, local } from '../../time/index.js';
import { trickyZone } from './time.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const origins: fc.Arbitrary<Origin> = fc.oneof(
  fc.record({ kind: fc.constant('reschedule' as const), callbackId: fc.constant('cb-1'), desiredAt: fc.constant(null) }),
  fc.record({ kind: fc.constant('interaction' as const), interactionId: fc.constant('ix-1'), media: fc.constantFrom('voice', 'chat', 'email', 'sms') }),
  fc.record({ kind: fc.constant('team-communicator' as const), contactId: fc.constant('contact-1') }),
);

function dialogInput(): fc.Arbitrary<DialogInput> {
  return fc
    .record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      origin: origins,
      immediateOffered: fc.boolean(),
      zones: fc.uniqueArray(trickyZone(), { minLength: 1, maxLength: 3 }),
      numbers: fc.uniqueArray(fc.constantFrom('+15550100', '+15550101', '+442071838750'), { maxLength: 2 }),
      noticeMinutes: fc.constantFrom(0, 15, 60),
      horizonDays: fc.integer({ min: 1, max: 7 }),
      desiredIn: fc.integer({ min: 1, max: 48 * 60 }),
      // Now and then a contact policy: Florida's 3 calls in 24 hours and 08:00-20:00, with past attempts.
      policy: fc.option(
        fc.record({
          presets: fc.constantFrom(['us-fl' as const], ['us' as const], ['fr' as const]),
          ago: fc.uniqueArray(fc.integer({ min: 1, max: 48 * 60 }), { maxLength: 4 }),
          outcome: fc.constantFrom('no-answer' as const, 'busy' as const, 'refused' as const),
        }),
        { freq: 3 },
      ),
    })
    .map(({ at, origin, immediateOffered, zones, numbers, noticeMinutes, horizonDays, desiredIn, policy }) => ({
      at,
      // A rescheduled callback is wanted some time after `at`.
      origin: origin.kind === 'reschedule' ? { ...origin, desiredAt: at + desiredIn * MINUTE } : origin,
      types: [
        { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' as const },
        { id: 'delayed', label: 'Delayed', kind: 'delayed' as const },
        { id: 'preview', label: 'Delayed (Agent Preview)', kind: 'delayed-agent-preview' as const },
        ...(immediateOffered ? [{ id: 'immediate', label: 'As soon as possible', kind: 'immediate' as const }] : []),
      ],
      zones,
      defaultZone: zones[0] as string,
      numbers,
      noticeMinutes,
      horizonDays,
      contactPolicy:
        policy === null
          ? null
          : { presets: policy.presets, zone: zones[0] as string, history: policy.ago.map((m) => ({ at: at - m * MINUTE, outcome: policy.outcome })) },
    }));
}

/** Slots every 30 or 60 minutes over the loaded day, with some full. */
function slotsOf(state: DialogState, draw: Draw): Slot[] {
  const d = day(state.availability.date, state.availability.zone);
  if (!d.ok) return [];
  const every = draw.pick([30, 60]) * MINUTE;
  const length = draw.pick([15, 30]) * MINUTE;
  const slots: Slot[] = [];
  for (let start = d.value.start; start + length <= d.value.end; start += every) {
    const capacity = draw.int(1, 3);
    slots.push({ start, end: start + length, capacity, remaining: draw.int(0, capacity) });
  }
  return slots;
}

function candidates(state: DialogState, at: number, draw: Draw): DialogEvent[] {
  // The reschedule view opens with its check box clear: tick it (and now and then clear it again).
  if (state.phase === 'selecting' && !state.rescheduling) return [{ type: 'set-reschedule', at, checked: true }];
  const events: DialogEvent[] = [
    { type: 'choose-type', at, typeId: draw.pick(state.types).id },
    { type: 'choose-zone', at, zone: draw.pick(state.zones) },
    { type: 'ok', at },
  ];
  if (state.origin.kind === 'reschedule' && draw.int(0, 9) === 0) events.push({ type: 'set-reschedule', at, checked: draw.int(0, 1) === 0 });
  const today = local(at, state.zone);
  if (today.ok) events.push({ type: 'choose-date', at, date: addDays(today.value.date, draw.int(0, state.horizonDays)) });
  const picker = calendar(state, at);
  if (picker.ok) {
    const arrow = draw.int(0, 1) === 0 ? picker.value.next : picker.value.previous;
    if (arrow !== null) events.push({ type: 'show-month', at, year: arrow.year, month: arrow.month });
  }
  if (state.numbers.length > 0) events.push({ type: 'choose-number', at, number: draw.pick(state.numbers) });
  const view = state.availability;
  if (view.status === 'loading') {
    events.push(
      draw.int(0, 5) === 0
        ? { type: 'request-failed', at, requestId: view.requestId, reason: { code: 'server-error', message: 'Try again.' } }
        : { type: 'request-acknowledged', at, requestId: view.requestId, slots: slotsOf(state, draw) },
    );
  }
  if (view.status === 'loaded' && view.slots.length > 0) {
    events.push({ type: 'choose-slot', at, start: draw.pick(view.slots).start });
    const open = view.slots.filter((s) => s.remaining > 0 && s.start > at + state.noticeMinutes * MINUTE);
    if (open.length > 0) events.push({ type: 'choose-slot', at, start: draw.pick(open).start });
  }
  if (state.pendingCommit !== null) {
    events.push(
      draw.int(0, 2) === 0
        ? { type: 'request-failed', at, requestId: state.pendingCommit, reason: { code: 'slot-full', message: 'The slot filled up.' } }
        : { type: 'request-acknowledged', at, requestId: state.pendingCommit },
    );
  }
  // Closing without a commit is rarer, so that sequences reach the commit.
  if (commitButton(state, at).enabled || draw.int(0, 5) === 0) events.push({ type: 'dismissed', at });
  if (draw.int(0, 7) === 0) events.push({ type: 'cancel', at });
  return events;
}

/**
 * Inputs and accepted event sequences for the callback schedule/reschedule dialog (`callback.dialog`),
 * opened from a callback to reschedule, an interaction or the team communicator, now and then under a
 * contact policy: ticking (and clearing) the reschedule view's check box, choosing the type, zone, date,
 * number and slot, the picker's month arrows, availability requests answered (or failed) with slots over
 * the loaded day, OK or dismissal, and the server's answer to the commit. Every event is accepted from the
 * state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.callbackDialogSequence(), ({ input, events }) => {
 *     const story = testing.run(callback.dialog.machine, input, events);
 *     return story.refusals.length === 0 && (story.state.phase !== 'closed' || story.state.outcome !== null);
 *   }),
 *   { numRuns: 20 },
 * );
 * ```
 */
export function callbackDialogSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<DialogInput, DialogEvent>> {
  return acceptedEvents(dialog, dialogInput(), candidates, sequenceOptions('callbackDialogSequence', options));
}
