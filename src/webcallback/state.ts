import type { LocalDate, LocalTime, YearMonth, ZoneName } from '../time/index.js';
import type { WebCallbackConfig } from './config.js';
import type { FieldError } from '../core/field-error.js';
import type { Field } from './problems.js';
import type { WebCallbackCode } from './codes.js';

/**
 * A web callback's time window and number: what the server holds, or what a request asks for.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const s: webcallback.Schedule = { start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 15), number: '+15551230001' };
 * ```
 */
export interface Schedule {
  /** The start of the window, epoch ms UTC. */
  readonly start: number;
  /** The end of the window, epoch ms UTC (after `start`). */
  readonly end: number;
  /** The number to call. */
  readonly number: string;
}

/**
 * The values of the Reschedule Callback view. The duration is elapsed time, so the end instant is
 * always the From instant plus the duration (Till is its local reading, which may be on the next day).
 *
 * @example
 * ```ts
 * import type { webcallback, time } from 'dialdesk';
 * declare const on: time.LocalDate; // '2026-11-25', from time.parseDate or a state
 * declare const from: time.LocalTime; // '09:30', from time.parseTime or a state
 * const d: webcallback.Draft = { on, from, durationMinutes: 60, to: '+15551230001' };
 * ```
 */
export interface Draft {
  /** The On field: the local date in the agent's zone. */
  readonly on: LocalDate;
  /** The From field: the local start time as entered. */
  readonly from: LocalTime;
  /** The window length in elapsed minutes (Till is derived from it). */
  readonly durationMinutes: number;
  /** The To field: the number to call. */
  readonly to: string;
}

/**
 * The Reschedule Callback view: open or closed, the check box, the values and the calendar month shown.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * state.view.set; // true once closed with X and valid values: the button shows Rescheduled Callback
 * ```
 */
export interface ViewState {
  /** Whether the view is displayed. */
  readonly open: boolean;
  /** The Reschedule Callback check box. */
  readonly ticked: boolean;
  /** True when the view was closed with X and the values were valid: Done will commit them. */
  readonly set: boolean;
  /** The field values (kept when the view closes). */
  readonly draft: Draft;
  /** The month the calendar picker shows (`show-month` moves it). */
  readonly month: YearMonth;
  /** Why the last close with X did not set the reschedule (empty otherwise). */
  readonly errors: readonly FieldError<Field, WebCallbackCode>[];
}

/**
 * A notification the machine will show (or has shown) at a web callback's start.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * state.notification?.status; // 'armed' until shown (the tick at `due`, or the server's delivery)
 * ```
 */
export interface Notification extends Schedule {
  /** The reschedule request that set this time. */
  readonly requestId: string;
  /** When to show it, epoch ms UTC (the window's start). */
  readonly due: number;
  /** `armed` until it is shown, `shown` after the notification effect. */
  readonly status: 'armed' | 'shown';
  /**
   * Who shows it: `local` (a `wake` at `due`, then the `tick` shows it) or `server` (the server
   * re-delivers the interaction from the reschedule queue: `callback-delivered` shows it).
   */
  readonly delivery: 'local' | 'server';
}

/**
 * A reschedule request sent to the server and not yet answered.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * state.pending?.requestId; // 'webcallback-reschedule-1'
 * ```
 */
export interface PendingRequest extends Schedule {
  /** The request id (from the counter in state). */
  readonly requestId: string;
  /** When Done sent it, epoch ms UTC. */
  readonly sentAt: number;
  /** The notification this request replaced, restored if the server refuses the request. */
  readonly replaced: Notification | null;
  /** The schedule before this request, restored if the server refuses it. */
  readonly previous: Schedule;
}

/**
 * The server's answer to the last reschedule request.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * if (state.outcome?.status === 'failed') state.outcome.reason;
 * ```
 */
export interface RequestAnswer {
  /** The request that was answered. */
  readonly requestId: string;
  /** `acknowledged`, or `failed` (the earlier schedule stays in force). */
  readonly status: 'acknowledged' | 'failed';
  /** The server's error code when it failed, otherwise `null`. */
  readonly code: string | null;
  /** The server's text when it failed, otherwise `null`. */
  readonly reason: string | null;
  /** When the answer arrived, epoch ms UTC. */
  readonly at: number;
}

/**
 * The whole state of a web callback's reschedule: plain, deeply frozen JSON.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const copy = JSON.parse(JSON.stringify(state)) as webcallback.WebCallbackState; // an equally valid state
 * ```
 */
export interface WebCallbackState {
  /** The state format version. */
  readonly version: 1;
  /** The last accepted instant, epoch ms UTC. */
  readonly lastAt: number;
  /** The web callback interaction being previewed. */
  readonly interactionId: string;
  /** The agent's zone (canonical IANA name): On, From and Till are read in it. */
  readonly zone: ZoneName;
  /** The contact's numbers offered in the To list. */
  readonly numbers: readonly string[];
  /** The rules the view applies. */
  readonly config: WebCallbackConfig;
  /** The schedule the server holds (the input's, then the last acknowledged one). */
  readonly scheduled: Schedule;
  /** The Reschedule Callback view. */
  readonly view: ViewState;
  /** How many reschedule requests were sent (the next id uses this + 1). */
  readonly requestCount: number;
  /** The request awaiting the server's answer, if any. */
  readonly pending: PendingRequest | null;
  /** The due notification of the latest committed reschedule, if any. */
  readonly notification: Notification | null;
  /** The server's answer to the last request, if any. */
  readonly outcome: RequestAnswer | null;
}
