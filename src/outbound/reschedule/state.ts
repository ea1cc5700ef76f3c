import type { LocalTime, YearMonth } from '../../time/index.js';
import type { ContactType } from './contact-type.js';
import type { RescheduleRequest } from '../reschedule-request.js';
import type { CallStatus, RescheduleConfig } from './input.js';

/**
 * Where the reschedule stands:
 * - `idle`: the Reschedule Callback check box is clear (nothing will be rescheduled);
 * - `editing`: ticked; the agent sets date, time, personal flag and number;
 * - `pending`: Done was clicked and the request is waiting for the server;
 * - `rescheduled`: the server acknowledged; the button shows "rescheduled".
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const phase: outbound.reschedule.ReschedulePhase = 'pending';
 * ```
 */
export type ReschedulePhase = 'idle' | 'editing' | 'pending' | 'rescheduled';

/**
 * A new number the agent added (confirmed in the Add New Number form).
 *
 * @example
 * ```ts
 * import type { outbound, time } from 'dialdesk';
 * declare const nine: time.LocalTime; // '09:00', from time.parseTime or a state
 * declare const eight: time.LocalTime; // '20:00', from time.parseTime or a state
 * const n: outbound.reschedule.AddedNumber = { phone: '+16175550199', contactType: 'mobile', from: nine, until: eight };
 * ```
 */
export interface AddedNumber {
  /** The normalized phone (or address). */
  readonly phone: string;
  /** Its OCS contact info type. */
  readonly contactType: ContactType;
  /** When it may first be called each day, in the contact's zone. */
  readonly from: LocalTime;
  /** When calling must stop each day (exclusive), in the contact's zone; after `from`. */
  readonly until: LocalTime;
}

/**
 * The Add New Number form while it is open: what the agent has typed so far (checked on confirm).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const form: outbound.reschedule.NewNumberForm = { phone: '617 555 0199', contactType: 'mobile', from: '09:00', until: '20:00' };
 * ```
 */
export interface NewNumberForm {
  /** The Phone field as typed. */
  readonly phone: string;
  /** The Type drop-down (an OCS contact info type). */
  readonly contactType: ContactType;
  /** The From field as typed. */
  readonly from: string;
  /** The Until field as typed. */
  readonly until: string;
}

/**
 * Why the server refused the last request, kept until the next Done.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const f: outbound.reschedule.ServerFailure = { requestId: 'reschedule-1', code: 'record-locked', message: 'Record is locked.' };
 * ```
 */
export interface ServerFailure {
  /** The request the server refused. */
  readonly requestId: string;
  /** The server's code (free text from the host; `server-error` when none was given). */
  readonly code: string;
  /** The server's reason for people. */
  readonly message: string;
}

/**
 * The reschedule machine's state: plain, frozen, JSON-round-trippable data.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const step = outbound.reschedule.machine.start({
 *   at: Date.UTC(2026, 10, 24, 15, 7), recordHandle: 1,
 *   chain: [{ recordHandle: 1, chainN: 0, phone: '6175550100', contactType: 'home-phone', from: null, until: null }],
 *   contactZone: 'America/New_York', agentZone: 'America/New_York',
 * });
 * if (step.ok) JSON.parse(JSON.stringify(step.state)); // an equally valid state
 * ```
 */
export interface RescheduleState {
  /** Schema version. */
  readonly version: 1;
  /** The last accepted instant, epoch ms UTC. */
  readonly lastAt: number;
  /** The validated input. */
  readonly config: RescheduleConfig;
  /** Where the reschedule stands. */
  readonly phase: ReschedulePhase;
  /** Whether the call is still connected. */
  readonly call: CallStatus;
  /** Whether the callback is personal (the check box is ticked). */
  readonly personal: boolean;
  /** The date field as shown (typed text, or the picked date written in the date format). */
  readonly dateText: string;
  /** The time field as shown. */
  readonly timeText: string;
  /** The month the calendar shows. */
  readonly shownMonth: YearMonth;
  /** The chosen chain number's record handle, `'new'` for the added number, or `null` for none. */
  readonly number: number | 'new' | null;
  /** The number added with New Phone Number, or `null`. */
  readonly added: AddedNumber | null;
  /** The Add New Number form when open, or `null`. */
  readonly form: NewNumberForm | null;
  /** How many reschedule requests were sent (the request id counter). */
  readonly requests: number;
  /** The request waiting for the server (phase `pending`), the acknowledged one (phase `rescheduled`), or `null`. */
  readonly request: RescheduleRequest | null;
  /** The server's reason for refusing the last request, or `null`. */
  readonly failure: ServerFailure | null;
}
