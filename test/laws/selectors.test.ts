import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, core, logout, outbound, webcallback } from '../../src/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';
import { isDocumentedRefusal } from '../fuzz/functions.js';

// Issues 14 and 15: the one selector rule (docs/guides/machines.md, "Selectors"). Every public selector
// of every machine, given a value that is not a state of its machine, throws the documented RangeError
// (the fuzzer counts it as a refusal because the TSDoc says `@throws RangeError`); given a saved state
// read back from JSON, it answers as for the machine's own state; an `at` that is not an instant, or
// is before the state's last event, reads as the state's `lastAt`.

type Machine = core.Machine<unknown, { readonly lastAt: number }, unknown, unknown, string>;
interface Row {
  readonly path: string;
  readonly machine: Machine;
  readonly sequences: fc.Arbitrary<arbitraries.EventSequence<unknown, unknown>>;
  readonly call: (state: never, at: number) => unknown;
}

const m = <T>(x: T): Machine => x as unknown as Machine;
const seq = <T>(x: T): fc.Arbitrary<arbitraries.EventSequence<unknown, unknown>> => x as unknown as fc.Arbitrary<arbitraries.EventSequence<unknown, unknown>>;
const lg = { machine: m(logout.machine), sequences: seq(arbitraries.logoutSequence()) };
const wc = { machine: m(webcallback.machine), sequences: seq(arbitraries.webcallbackSequence()) };
const dl = { machine: m(callback.dialog.machine), sequences: seq(arbitraries.callbackDialogSequence()) };
const lc = { machine: m(callback.lifecycle.machine), sequences: seq(arbitraries.callbackLifecycleSequence()) };
const cp = { machine: m(outbound.campaigns.machine), sequences: seq(arbitraries.campaignsSequence()) };
const ix = { machine: m(outbound.interaction.machine), sequences: seq(arbitraries.interactionSequence()) };
const rs = { machine: m(outbound.reschedule.machine), sequences: seq(arbitraries.rescheduleSequence()) };
const pc = { machine: m(outbound.pacing.machine), sequences: seq(arbitraries.pacingSequence()) };

const rows: readonly Row[] = [
  { path: 'logout.remainingMs', ...lg, call: (s, at) => logout.remainingMs(s, at) },
  { path: 'logout.countdownLabel', ...lg, call: (s, at) => logout.countdownLabel(s, at) },
  { path: 'logout.statusTooltip', ...lg, call: (s, at) => logout.statusTooltip(s, at) },
  { path: 'logout.messages', ...lg, call: (s, at) => logout.messages(s, at) },
  { path: 'webcallback.button', ...wc, call: (s, at) => webcallback.button(s, at) },
  { path: 'webcallback.fields', ...wc, call: (s, at) => webcallback.fields(s, at) },
  { path: 'webcallback.commitButton', ...wc, call: (s, at) => webcallback.commitButton(s, at) },
  { path: 'webcallback.clock', ...wc, call: (s, at) => webcallback.clock(s, at) },
  { path: 'webcallback.calendar', ...wc, call: (s, at) => webcallback.calendar(s, at) },
  { path: 'callback.dialog.grid', ...dl, call: (s, at) => callback.dialog.grid(s, at, 'en-US') },
  { path: 'callback.dialog.calendar', ...dl, call: (s, at) => callback.dialog.calendar(s, at) },
  { path: 'callback.dialog.commitButton', ...dl, call: (s, at) => callback.dialog.commitButton(s, at) },
  { path: 'callback.lifecycle.actions', ...lc, call: (s, at) => callback.lifecycle.actions(s, at) },
  { path: 'outbound.campaigns.myCampaigns', ...cp, call: (s, at) => outbound.campaigns.myCampaigns(s, at) },
  { path: 'outbound.campaigns.inNegotiatedCampaign', ...cp, call: (s, at) => outbound.campaigns.inNegotiatedCampaign(s, at) },
  { path: 'outbound.campaigns.logoutCampaign', ...cp, call: (s, at) => outbound.campaigns.logoutCampaign(s, at) },
  { path: 'outbound.interaction.recordActions', ...ix, call: (s, at) => outbound.interaction.recordActions(s, at, 101) },
  { path: 'outbound.interaction.previewCapacity', ...ix, call: (s, at) => outbound.interaction.previewCapacity(s, at) },
  { path: 'outbound.interaction.autoDialCountdown', ...ix, call: (s, at) => outbound.interaction.autoDialCountdown(s, at, 101) },
  { path: 'outbound.reschedule.button', ...rs, call: (s, at) => outbound.reschedule.button(s, at) },
  { path: 'outbound.reschedule.personalCheckBox', ...rs, call: (s, at) => outbound.reschedule.personalCheckBox(s, at) },
  { path: 'outbound.reschedule.calendar', ...rs, call: (s, at) => outbound.reschedule.calendar(s, at) },
  { path: 'outbound.reschedule.fields', ...rs, call: (s, at) => outbound.reschedule.fields(s, at) },
  { path: 'outbound.reschedule.commitButton', ...rs, call: (s, at) => outbound.reschedule.commitButton(s, at) },
  { path: 'outbound.pacing.agents', ...pc, call: (s, at) => outbound.pacing.agents(s, at) },
  { path: 'outbound.pacing.calls', ...pc, call: (s, at) => outbound.pacing.calls(s, at) },
  { path: 'outbound.pacing.abandonment', ...pc, call: (s, at) => outbound.pacing.abandonment(s, at) },
  { path: 'outbound.pacing.decide', ...pc, call: (s, at) => outbound.pacing.decide(s, at) },
  { path: 'outbound.pacing.progressiveCalls', ...pc, call: (s) => outbound.pacing.progressiveCalls(s) },
  { path: 'outbound.pacing.lineCap', ...pc, call: (s) => outbound.pacing.lineCap(s) },
];

/** A few accepted states of a machine: its start and the end of sampled accepted sequences. */
function statesOf(row: Row): { readonly lastAt: number }[] {
  const out: { readonly lastAt: number }[] = [];
  for (const c of fc.sample(row.sequences, { numRuns: 4, seed: 14 })) {
    const started = row.machine.start(c.input);
    if (!started.ok) continue;
    let state = started.state;
    out.push(state);
    for (const event of c.events) {
      const step = row.machine.transition(state, event);
      if (step.ok) state = step.state;
    }
    out.push(state);
  }
  return out;
}

const logoutState = (() => {
  const s = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
  if (!s.ok) throw new Error(s.error.code);
  return s.state;
})();
const pacingState = (() => {
  const s = outbound.pacing.machine.start({ at: 0, config: { mode: 'progressive' } });
  if (!s.ok) throw new Error(s.error.code);
  return s.state;
})();

const call = (row: Row, state: unknown, at: unknown): unknown => row.call(state as never, at as number);

describe.each(rows)('$path', (row) => {
  const states = statesOf(row);
  const other = row.machine === lg.machine ? pacingState : logoutState;
  const garbage: readonly (readonly [string, unknown])[] = [
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a number', 42],
    ['a string', 'state'],
    ['an array', []],
    ['a state of another machine', other],
    ['a state with its version changed', { ...(states[0] ?? {}), version: 1e9 }],
    ['a toString trap', { toString: () => 'x', valueOf: () => 1 }],
  ];

  it('has sample states', () => {
    expect(states.length).toBeGreaterThan(0);
  });

  it.each(garbage)('refuses %s with the documented RangeError', (_name, value) => {
    let thrown: unknown;
    try {
      call(row, value, Date.UTC(2026, 10, 24));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    const message = (thrown as RangeError).message;
    expect(message.startsWith(`${row.path}: expected ${/^outbound\./.test(row.path) ? 'an' : 'a'} `)).toBe(true);
    expect(message.length).toBeLessThan(200);
    expect(isDocumentedRefusal(row.path, thrown)).toBe(true);
  });

  it('answers a saved state read back from JSON as it answers the machine\'s own', () => {
    for (const state of states) {
      const at = state.lastAt + 60_000;
      expect(call(row, JSON.parse(JSON.stringify(state)), at)).toEqual(call(row, state, at));
    }
  });

  it('reads an at that is not an instant, or before the last event, as the state\'s lastAt', () => {
    for (const state of states) {
      const expected = call(row, state, state.lastAt);
      for (const at of [Number.NaN, -1, -0, 1e300, core.maxInstant + 1, Number.POSITIVE_INFINITY, '12' as unknown, undefined, null, {}]) {
        expect(call(row, state, at)).toEqual(expected);
      }
      if (state.lastAt > 0) expect(call(row, state, state.lastAt - 1)).toEqual(expected);
    }
  });
});
