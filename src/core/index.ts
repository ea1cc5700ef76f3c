/**
 * The machine contract shared by every dialdesk area: {@link Machine}, {@link Step} / {@link Started},
 * {@link Rejection}, {@link Result} with its helpers {@link ok} and {@link fail}, the
 * {@link WakeEffect} / {@link TickEvent} pair, the common refusal codes, and the one supported range of
 * instants ({@link maxInstant}, {@link isInstant}). The helpers the areas build their machines with
 * (the decoder, `accept`, `refuse`, deep freeze) are internal.
 *
 * Guide: [Running a machine](../../docs/guides/machines.md).
 *
 * @module core
 */
export type { Rejection } from './rejection.js';
export type { Step, Started, Accepted, Refused } from './step.js';
export type { Result, Ok, Fail } from './result.js';
export { ok, fail } from './result.js';
export type { WakeEffect, TickEvent } from './effects.js';
export { commonCodes, type CommonCode } from './codes.js';
export { maxInstant, isInstant } from './instant.js';
export type { Machine } from './machine.js';
export type { FieldError } from './field-error.js';
export type { ButtonState } from './button-state.js';
