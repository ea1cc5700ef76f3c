/**
 * The machine contract shared by every dialdesk area: {@link Step}, {@link Rejection}, {@link Result},
 * the {@link WakeEffect} / {@link TickEvent} pair, and small helpers for building total machines.
 *
 * Guide: [Running a machine](../../docs/guides/machines.md).
 *
 * @module core
 */
export type { Rejection } from './rejection.js';
export { rejection } from './rejection.js';
export type { Step, Accepted, Refused } from './step.js';
export { accept, refuse, refuseWith } from './step.js';
export type { Result, Ok, Fail } from './result.js';
export { ok, fail } from './result.js';
export type { WakeEffect, TickEvent } from './effects.js';
export { commonCodes, type CommonCode } from './codes.js';
export { isRecord, ownField, isInstant, checkEnvelope } from './guards.js';
export { deepFreeze } from './freeze.js';
export { requestId } from './requests.js';
export type { Machine } from './machine.js';
