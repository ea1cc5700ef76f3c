import { outbound } from '../../src/index.js';

export function rec(patch: Partial<outbound.records.OutboundRecord> = {}, raw: Record<string, string> = {}): outbound.records.OutboundRecord {
  const r = outbound.records.parseRecord({
    GSW_RECORD_HANDLE: '1', GSW_CHAIN_ID: '9', GSW_CHAIN_N: '0', GSW_PHONE: '5550100', GSW_TZ_NAME: 'America/Chicago',
    GSW_FROM: '32400', GSW_UNTIL: '75600', ...raw,
  });
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value, ...patch };
}

export function step(callResult: outbound.records.CallResult, sequence: number, action: outbound.treatments.TreatmentAction, patch: Partial<outbound.treatments.Treatment> = {}): outbound.treatments.Treatment {
  return { callResult, sequence, action, cycleAttempts: 1, intervalMinutes: 0, incrementMinutes: 0, date: null, group: null, ...patch };
}
