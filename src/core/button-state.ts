/**
 * The label of a reschedule view's toolbar toggle, as the `button(state, at)` selector of each reschedule
 * machine answers it (`webcallback.button`, `outbound.reschedule.button`): `reschedule` (Reschedule
 * Callback) or `rescheduled` (Rescheduled Callback). One type for the one idea in both areas.
 *
 * @example
 * ```ts
 * import type { core } from 'dialdesk';
 * const b: core.ButtonState = 'rescheduled';
 * ```
 */
export type ButtonState = 'reschedule' | 'rescheduled';
