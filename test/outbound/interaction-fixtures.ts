import { outbound, type core } from '../../src/index.js';

export const allPermissions: outbound.interaction.OutboundPermission[] = [...outbound.interaction.outboundPermissions];

export function config(patch: Partial<outbound.interaction.InteractionConfig> = {}): outbound.interaction.InteractionConfig {
  return {
    permissions: allPermissions,
    callResults: ['answer', 'busy', 'no-answer', 'answering-machine', 'wrong-party', 'fax'],
    defaultCallResult: 'answer',
    dispositions: [{ code: 'SALE', label: 'Sale' }, { code: 'NOSALE', label: 'No sale' }],
    defaultDisposition: null,
    fields: [{ key: 'note', type: 'string' }, { key: 'balance', type: 'number', readOnly: true }],
    maxPreviewRecords: 2,
    ...patch,
  };
}

export function data(handle: number, chainN = 0, patch: Record<string, string> = {}): Record<string, string> {
  return {
    GSW_RECORD_HANDLE: String(handle),
    GSW_CHAIN_ID: '55',
    GSW_CHAIN_N: String(chainN),
    GSW_PHONE: `555010${chainN}`,
    GSW_PHONE_TYPE: chainN === 0 ? '1' : '4',
    GSW_TZ_NAME: 'America/Chicago',
    GSW_FROM: '28800',
    GSW_UNTIL: '72000',
    GSW_CAMPAIGN_NAME: 'Renewals',
    balance: '12.5',
    ...patch,
  };
}

/** Runs events, failing loudly on a refusal; returns the final state and all effects. */
export function run(
  state: outbound.interaction.InteractionState,
  events: outbound.interaction.InteractionEvent[],
): { state: outbound.interaction.InteractionState; effects: outbound.interaction.InteractionEffect[] } {
  let s = state;
  const effects: outbound.interaction.InteractionEffect[] = [];
  for (const e of events) {
    const step = outbound.interaction.machine.transition(s, e);
    if (!step.ok) throw new Error(`${e.type} refused: ${step.error.code} ${step.error.message}`);
    s = step.state;
    effects.push(...step.effects);
  }
  return { state: s, effects };
}

export function started(patch: Partial<outbound.interaction.InteractionConfig> = {}): outbound.interaction.InteractionState {
  const step = outbound.interaction.machine.start({ at: 0, config: config(patch) });
  if (!step.ok) throw new Error(step.error.message);
  return step.state;
}

/** The rejection of a step, or undefined when it was accepted. */
export function err<S, X>(step: core.Step<S, X>): core.Rejection | undefined {
  return step.ok ? undefined : step.error;
}
