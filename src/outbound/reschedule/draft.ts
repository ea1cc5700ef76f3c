import { deepFreeze } from '../../core/internal.js';
import { monthOf, writeDate } from '../../time/index.js';
import type { CallStatus, RescheduleConfig } from './input.js';
import { initialPersonal } from './policy.js';
import { propose } from './proposal.js';
import type { RescheduleState } from './state.js';

type Draft = Pick<RescheduleState, 'personal' | 'dateText' | 'timeText' | 'shownMonth' | 'number' | 'added' | 'form' | 'failure'>;

/**
 * A fresh draft at `now`: the proposed date and time, the calendar on that month, the personal flag
 * the policy starts with, and the record's own number chosen when it is in the chain.
 */
export function freshDraft(config: RescheduleConfig, now: number): Draft {
  const proposal = propose(config, now);
  const own = config.chain.find((c) => c.recordHandle === config.recordHandle);
  return {
    personal: initialPersonal(config.personalPolicy),
    dateText: writeDate(proposal.date, config.dateFormat),
    timeText: proposal.time,
    shownMonth: monthOf(proposal.date),
    number: own === undefined ? null : own.recordHandle,
    added: null,
    form: null,
    failure: null,
  };
}

/** The first state: check box clear, call as given, a draft proposed at `at`. */
export function initialState(config: RescheduleConfig, at: number, call: CallStatus): RescheduleState {
  return deepFreeze({
    version: 1,
    lastAt: at,
    config,
    phase: 'idle',
    call,
    ...freshDraft(config, at),
    requests: 0,
    request: null,
  });
}
