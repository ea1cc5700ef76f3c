// genesys.ocs.decodeEvent refuses with a code and the JSON path of the key at fault (issue 22: the
// property test only checked that a path starts with `$`): data that is not key-value pairs at `$`; a
// missing or unknown GSW_USER_EVENT; a RecordCancel without its handle; a campaign notice without its
// campaign; a handle, reference or error number that is not a non-negative integer.
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';

const refusal = (data: unknown): unknown => {
  const r = genesys.ocs.decodeEvent(data);
  return r.ok ? 'decoded' : [r.error.code, r.error.path];
};

describe('genesys.ocs.decodeEvent: refusals name the key', () => {
  it('the event data and the user event', () => {
    expect(refusal(null)).toEqual(['invalid-event-data', '$']);
    expect(refusal(['GSW_USER_EVENT', 'RecordCancel'])).toEqual(['invalid-event-data', '$']);
    expect(refusal({})).toEqual(['unknown-user-event', '$.GSW_USER_EVENT']);
    expect(refusal({ GSW_USER_EVENT: 'SomethingElse' })).toEqual(['unknown-user-event', '$.GSW_USER_EVENT']);
    expect(refusal({ GSW_USER_EVENT: { name: 'RecordCancel' } })).toEqual(['invalid-field', '$.GSW_USER_EVENT']);
  });

  it('the fields an event needs', () => {
    expect(refusal({ GSW_USER_EVENT: 'RecordCancel' })).toEqual(['missing-field', '$.GSW_RECORD_HANDLE']);
    expect(refusal({ GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: 7 })).toBe('decoded');
    expect(refusal({ GSW_USER_EVENT: 'CampaignStarted' })).toEqual(['missing-field', '$.GSW_CAMPAIGN_NAME']);
  });

  it('identifiers and error numbers are non-negative integers', () => {
    expect(refusal({ GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: -1 })).toEqual(['invalid-field', '$.GSW_RECORD_HANDLE']);
    expect(refusal({ GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: 7, GSW_REFERENCE_ID: 1.5 })).toEqual(['invalid-field', '$.GSW_REFERENCE_ID']);
    expect(refusal({ GSW_ERROR: 'Record not found', GSW_ERROR_NUMBER: -3 })).toEqual(['invalid-field', '$.GSW_ERROR_NUMBER']);
    expect(refusal({ GSW_ERROR: { text: 'x' } })).toEqual(['invalid-field', '$.GSW_ERROR']);
  });
});
