/**
 * The callback types Workspace offers an agent (Workspace Desktop Edition help, "Callback Interactions",
 * section Callback Types, modified 8.5.111.21: "Immediate, Delayed, or Scheduled" and "Delayed (Agent
 * Preview)"; the matching Callback scenarios are User Terminated Immediate, Delayed, Scheduled and Delayed
 * Agent Preview in the Callback 8.5 User's Guide, "Callback Scenarios and Configuration"):
 *
 * - `immediate`: call back as soon as possible; no desired time, so no slot.
 * - `delayed`: the customer delays the callback; an agent calls at the desired time.
 * - `scheduled`: the customer schedules the callback for a desired time.
 * - `delayed-agent-preview`: like `scheduled`, and the agent previews the callback before the call is placed.
 *
 * All but `immediate` carry a desired time, chosen from a slot of the grid ({@link needsSlot}).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.callbackKinds.length; // 4
 * ```
 */
export const callbackKinds = Object.freeze(['immediate', 'delayed', 'scheduled', 'delayed-agent-preview'] as const);

/**
 * One of the {@link callbackKinds}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const k: callback.CallbackKind = 'delayed-agent-preview';
 * ```
 */
export type CallbackKind = (typeof callbackKinds)[number];

/**
 * How the callback was offered to and accepted by the customer, as the Genesys callback API reports it for
 * reporting (Engagement API, create callback, `cbOfferType`: "Possible values are ASAP, SCHEDULED,
 * COMBINED_SCHEDULED_AND_ASAP ... used for reporting purposes only"; its default is ASAP without a desired
 * time and SCHEDULED with one, see {@link defaultOfferType}).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.offerTypes.includes('combined-scheduled-and-asap'); // true
 * ```
 */
export const offerTypes = Object.freeze(['asap', 'scheduled', 'combined-scheduled-and-asap'] as const);

/**
 * One of the {@link offerTypes}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.OfferType = 'asap';
 * ```
 */
export type OfferType = (typeof offerTypes)[number];

/**
 * Whether a callback of this kind needs a desired time (a slot): every kind but `immediate`.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.needsSlot('delayed'); // true
 * callback.needsSlot('immediate'); // false
 * ```
 */
export function needsSlot(kind: CallbackKind): boolean {
  return kind !== 'immediate';
}

/**
 * The offer type the server assumes when none is sent: `asap` for a callback with no desired time,
 * `scheduled` for one with a desired time (Engagement API, create callback, `cbOfferType` default). Which of
 * the three a customer was really offered is the host's knowledge: set it on the callback type
 * (`CallbackTypeOffer.offerType` in {@link dialog}) when it differs, for example `combined-scheduled-and-asap`.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.defaultOfferType('immediate'); // 'asap'
 * callback.defaultOfferType('delayed-agent-preview'); // 'scheduled'
 * ```
 */
export function defaultOfferType(kind: CallbackKind): OfferType {
  return needsSlot(kind) ? 'scheduled' : 'asap';
}
