import { bench, describe } from 'vitest';
import { outbound } from '../src/index.js';

const data = {
  GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_CHAIN_N: '0', GSW_PHONE: '5550100', GSW_PHONE_TYPE: '1',
  GSW_CALL_RESULT: '6', GSW_ATTEMPTS: '2', GSW_TZ_NAME: 'America/Chicago', GSW_FROM: '32400', GSW_UNTIL: '75600',
  GSW_CAMPAIGN_NAME: 'Renewals', balance: '120.5', note: 'x', vip: 'true',
};
const fields: outbound.records.FieldDeclaration[] = [{ key: 'balance', type: 'number' }, { key: 'note', type: 'string' }, { key: 'vip', type: 'boolean' }];
const parsed = outbound.records.parseRecord(data, { fields });
if (!parsed.ok) throw new Error(parsed.error.message);
const record = parsed.value;

const config: outbound.interaction.InteractionConfig = {
  permissions: [...outbound.interaction.outboundPermissions], callResults: ['answer', 'busy', 'no-answer'], defaultCallResult: 'answer',
  dispositions: [{ code: 'SALE', label: 'Sale' }], defaultDisposition: null, fields, maxPreviewRecords: 1,
};
const events: outbound.interaction.InteractionEvent[] = [
  { type: 'request-preview', at: 1 },
  { type: 'preview-record', at: 2, requestId: 'outbound-1', data },
  { type: 'dial', at: 3, handle: 101 },
  { type: 'call-established', at: 4, handle: 101 },
  { type: 'update-fields', at: 5, handle: 101, changes: { note: 'after 6' } },
  { type: 'request-acknowledged', at: 6, requestId: 'outbound-2' },
  { type: 'set-disposition', at: 7, handle: 101, value: 'SALE' },
  { type: 'call-ended', at: 8, handle: 101 },
  { type: 'mark-processed', at: 9, handle: 101 },
  { type: 'request-acknowledged', at: 10, requestId: 'outbound-3' },
];

const step = (callResult: outbound.records.CallResult, sequence: number, action: outbound.treatments.TreatmentAction, intervalMinutes = 0, cycleAttempts = 1): outbound.treatments.Treatment =>
  ({ callResult, sequence, action, cycleAttempts, intervalMinutes, incrementMinutes: 15, date: null, group: null });
const treatments: outbound.treatments.TreatmentList = {
  maxAttempts: 10,
  treatments: [step('busy', 1, 'retry-in', 30, 3), step('busy', 2, 'retry-in', 240, 2), step('no-answer', 1, 'retry-in', 120, 4)],
};
const at = Date.UTC(2026, 10, 24, 15);
const run: outbound.records.CallResult[] = ['busy', 'busy', 'no-answer', 'busy', 'busy', 'busy', 'no-answer', 'no-answer', 'busy'];

describe('outbound', () => {
  bench('parseRecord (14 keys, 3 custom fields)', () => {
    outbound.records.parseRecord(data, { fields });
  }, { time: 300 });

  bench('interaction: one preview record, request to processed (10 events)', () => {
    const started = outbound.interaction.machine.start({ at: 0, config });
    if (!started.ok) throw new Error(started.error.message);
    let s = started.state;
    for (const e of events) s = outbound.interaction.machine.transition(s, e).state;
  }, { time: 300 });

  bench('nextAttempt (retry-in, Chicago window)', () => {
    outbound.treatments.nextAttempt(record, 'busy', treatments, at);
  }, { time: 300 });

  bench('attemptSchedule (9 results)', () => {
    outbound.treatments.attemptSchedule(record, run, treatments, at);
  }, { time: 300 });
});
