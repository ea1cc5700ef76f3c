/**
 * dialdesk: the headless domain core of a contact-center agent desktop's outbound work.
 *
 * Every area is a namespace of pure functions and state machines: {@link logout}, {@link time},
 * {@link callback}, {@link webcallback}, {@link outbound}, and the Genesys adapters in {@link genesys}. The
 * machine contract lives in {@link core}.
 * Each area is also published as its own subpath (`dialdesk/logout`, `dialdesk/time`, ...).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const step = logout.machine.start({ at: Date.now(), campaign: { mode: 'predictive', running: true } });
 * ```
 *
 * @module dialdesk
 */
export * as core from './core/index.js';
export type { Step, Started, Rejection, Result, WakeEffect, TickEvent, Machine, FieldError } from './core/index.js';
export * as logout from './logout/index.js';
export * as time from './time/index.js';
export * as callback from './callback/index.js';
export * as webcallback from './webcallback/index.js';
export * as outbound from './outbound/index.js';
export * as genesys from './genesys/index.js';
