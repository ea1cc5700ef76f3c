import type { PersonalPolicy } from './input.js';

/**
 * How the Personal Callback check box looks under a policy.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const box: outbound.reschedule.PersonalCheckBox = { shown: true, checked: true, enabled: false };
 * ```
 */
export interface PersonalCheckBox {
  /** Whether the check box is displayed (not under `always-campaign`). */
  readonly shown: boolean;
  /** Whether it is ticked (the callback is personal). */
  readonly checked: boolean;
  /** Whether the agent can change it (only under `agent-choice`). */
  readonly enabled: boolean;
}

/** The personal flag a fresh draft starts with: ticked only under `always-personal`. */
export function initialPersonal(policy: PersonalPolicy): boolean {
  return policy === 'always-personal';
}

/**
 * Whether the policy lets the agent set the flag to `checked`: `null` when allowed, otherwise the
 * refusal code (`personal-callback-locked` or `personal-callback-hidden`). Setting the value the policy
 * already imposes is allowed (a no-op).
 */
export function personalChange(policy: PersonalPolicy, checked: boolean): 'personal-callback-locked' | 'personal-callback-hidden' | null {
  if (policy === 'always-personal' && !checked) return 'personal-callback-locked';
  if (policy === 'always-campaign' && checked) return 'personal-callback-hidden';
  return null;
}

/**
 * The Personal Callback check box for a policy and the current flag.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.reschedule.personalCheckBoxFor('always-campaign', false); // { shown: false, checked: false, enabled: false }
 * ```
 */
export function personalCheckBoxFor(policy: PersonalPolicy, personal: boolean): PersonalCheckBox {
  return {
    shown: policy !== 'always-campaign',
    checked: policy === 'always-personal' ? true : policy === 'always-campaign' ? false : personal,
    enabled: policy === 'agent-choice',
  };
}
