// genesys.ocs.decodeEvent from its rules (issue 22): an error (GSW_ERROR or GSW_ERROR_NUMBER) wins over
// the user event, its text kept to 512 characters; a campaign notice reads the group from
// `<campaign>@<group>` only, maps the mode through the `modes` table (defaults plus the option), needs a
// mode only for CampaignModeChanged; RecordCancel's campaign is optional; every acknowledgement names its
// request; the logout wait is read only under a key the deployment names, from 0 to 86400 seconds;
// renamed keys and events are honoured; a record's Genesys zone goes through the overrides.
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';

const decode = (data: unknown, options?: genesys.ocs.DecodeOptions): unknown => {
  const r = genesys.ocs.decodeEvent(data, options);
  return r.ok ? r.value : [r.error.code, r.error.path];
};

describe('decodeEvent: errors', () => {
  it('an error text or number makes an error message, whatever the user event', () => {
    expect(decode({ GSW_USER_EVENT: 'RecordCancel', GSW_ERROR: 'Record not found', GSW_REFERENCE_ID: 4 })).toEqual({ kind: 'error', referenceId: 4, errorNumber: null, errorText: 'Record not found', handle: null });
    expect(decode({ GSW_ERROR_NUMBER: '0', GSW_RECORD_HANDLE: 9 })).toEqual({ kind: 'error', referenceId: null, errorNumber: 0, errorText: null, handle: 9 });
    expect(decode({ GSW_ERROR: 'x'.repeat(600) })).toMatchObject({ errorText: 'x'.repeat(512) });
    expect(decode({ GSW_ERROR: 'x'.repeat(512) })).toMatchObject({ errorText: 'x'.repeat(512) });
    // An empty error text is no error.
    expect(decode({ GSW_ERROR: '', GSW_USER_EVENT: 'ChainedRecordsDataEnd' })).toEqual({ kind: 'chain-end', referenceId: null, handle: null });
  });
});

describe('decodeEvent: campaign notices', () => {
  it('the group is what follows `<campaign>@`, and only that', () => {
    const group = (name: unknown): unknown => (decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_GROUP_NAME: name }) as { group?: unknown }).group;
    expect(group('C1@Agents')).toBe('Agents');
    expect(group('C1@')).toBe(null);
    expect(group('C2@Agents')).toBe(null);
    expect(group('Agents')).toBe(null);
    expect(group(undefined)).toBe(null);
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_GROUP_NAME: { a: 1 } })).toEqual(['invalid-field', '$.GSW_CAMPAIGN_GROUP_NAME']);
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: true })).toEqual(['invalid-field', '$.GSW_CAMPAIGN_NAME']);
  });

  it('each notice has its kind; the mode is mapped, and required only when it is what changed', () => {
    const kinds = ['CampaignLoaded', 'CampaignStarted', 'CampaignStopped', 'CampaignUnloaded'].map((e) => (decode({ GSW_USER_EVENT: e, GSW_CAMPAIGN_NAME: 'C1' }) as { kind?: unknown; mode?: unknown }));
    expect(kinds).toEqual(['campaign-loaded', 'campaign-started', 'campaign-stopped', 'campaign-unloaded'].map((kind) => ({ kind, campaign: 'C1', group: null, mode: null })));
    expect(decode({ GSW_USER_EVENT: 'CampaignModeChanged', GSW_CAMPAIGN_NAME: 'C1' })).toEqual(['missing-field', '$.GSW_CAMPAIGN_MODE']);
    expect(decode({ GSW_USER_EVENT: 'CampaignModeChanged', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: 'Predictive' })).toEqual({ kind: 'campaign-mode-changed', campaign: 'C1', group: null, mode: 'predictive' });
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: 'Turbo' })).toEqual(['invalid-field', '$.GSW_CAMPAIGN_MODE']);
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: 'toString' })).toEqual(['invalid-field', '$.GSW_CAMPAIGN_MODE']);
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: [1] })).toEqual(['invalid-field', '$.GSW_CAMPAIGN_MODE']);
    // The `modes` option adds names; a name mapped to something that is not a dialing mode is refused: the
    // options are checked first (issue 14), so it is `invalid-options` with the option's path.
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: 'Turbo' }, { modes: { Turbo: 'power' } })).toMatchObject({ mode: 'power' });
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: 'Preview' }, { modes: { Turbo: 'power' } })).toMatchObject({ mode: 'preview' });
    expect(decode({ GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'C1', GSW_CAMPAIGN_MODE: 'Turbo' }, { modes: { Turbo: 'warp' } })).toEqual(['invalid-options', '$.options.modes.Turbo']);
  });
});

describe('decodeEvent: records, cancels and chain ends', () => {
  it('RecordCancel carries its campaign when given, else null; a chain end its handle when given', () => {
    expect(decode({ GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: '7', GSW_CAMPAIGN_NAME: 'C1' })).toEqual({ kind: 'record-cancelled', referenceId: null, handle: 7, campaign: 'C1' });
    expect(decode({ GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: 7, GSW_CAMPAIGN_NAME: { a: 1 } })).toMatchObject({ campaign: null });
    expect(decode({ GSW_USER_EVENT: 'ChainedRecordsDataEnd', GSW_RECORD_HANDLE: 3, GSW_REFERENCE_ID: 2 })).toEqual({ kind: 'chain-end', referenceId: 2, handle: 3 });
  });

  it('a record event reads the record; its Genesys zone goes through the overrides, an unknown one is refused at GSW_TZ_NAME', () => {
    const data = { GSW_RECORD_HANDLE: 6, GSW_CHAIN_ID: 6, GSW_PHONE: '647000', GSW_TZ_NAME: 'PST', GSW_REFERENCE_ID: 1 };
    for (const [event, kind] of [['PreviewRecord', 'preview-record'], ['ChainedRecord', 'chained-record'], ['ScheduledCall', 'scheduled-call']] as const) {
      const r = decode({ ...data, GSW_USER_EVENT: event }) as { kind?: unknown; referenceId?: unknown; record?: { handle?: unknown; timeZone?: unknown } };
      expect([r.kind, r.referenceId, r.record?.handle, r.record?.timeZone]).toEqual([kind, 1, 6, 'America/Los_Angeles']);
    }
    expect(decode({ ...data, GSW_USER_EVENT: 'PreviewRecord', GSW_TZ_NAME: 'Mars' })).toEqual(['unknown-genesys-zone', '$.GSW_TZ_NAME']);
    const mars = decode({ ...data, GSW_USER_EVENT: 'PreviewRecord', GSW_TZ_NAME: 'Mars' }, { zones: { Mars: 'Europe/Paris' } }) as { record?: { timeZone?: unknown } };
    expect(mars.record?.timeZone).toBe('Europe/Paris');
    expect(decode({ ...data, GSW_USER_EVENT: 'PreviewRecord', GSW_TZ_NAME: [1] })).toEqual(['invalid-field', '$.GSW_TZ_NAME']);
    const { GSW_TZ_NAME: _zone, ...noZone } = data;
    expect(decode({ ...noZone, GSW_USER_EVENT: 'PreviewRecord' })).toEqual(['missing-field', '$.GSW_TZ_NAME']);
  });

  it("a record's custom fields are typed by the declarations in the options; a refusal names the record's key", () => {
    const data = { GSW_USER_EVENT: 'PreviewRecord', GSW_RECORD_HANDLE: 6, GSW_CHAIN_ID: 6, GSW_PHONE: '647000', GSW_TZ_NAME: 'PST', balance: '12.5' };
    const fields = [{ key: 'balance', type: 'number' }] as const;
    expect((decode(data, { fields }) as { record?: { fields?: unknown } }).record?.fields).toEqual({ balance: 12.5 });
    expect((decode(data) as { record?: { fields?: unknown; extra?: unknown } }).record).toMatchObject({ fields: {}, extra: { balance: '12.5' } });
    expect(decode({ ...data, balance: 'lots' }, { fields })).toEqual(['invalid-field', '$.balance']);
    const { GSW_PHONE: _phone, ...noPhone } = data;
    expect(decode(noPhone)).toEqual(['missing-field', '$.GSW_PHONE']);
    expect(decode({ ...data, GSW_CHAIN_ID: -1 })).toEqual(['invalid-field', '$.GSW_CHAIN_ID']);
  });

  it('a malformed fields declaration is refused as invalid options at its place in the options, not at a key of the data', () => {
    const data = { GSW_USER_EVENT: 'PreviewRecord', GSW_RECORD_HANDLE: 6, GSW_CHAIN_ID: 6, GSW_PHONE: '647000', GSW_TZ_NAME: 'PST' };
    expect(decode(data, { fields: 'balance' } as never)).toEqual(['invalid-options', '$.options.fields']);
    expect(decode(data, { fields: [{ key: 'balance', type: 'money' }] } as never)).toEqual(['invalid-options', '$.options.fields[0].type']);
  });
});

describe('decodeEvent: acknowledgements', () => {
  it('each acknowledgement names its request', () => {
    const acks: readonly (readonly [string, string])[] = [
      ['UpdateCallCompletionStatsAcknowledge', 'update'],
      ['RecordProcessedAcknowledge', 'processed'],
      ['RecordRejectAcknowledge', 'reject'],
      ['RecordCancelAcknowledge', 'cancel'],
      ['RecordRescheduleAcknowledge', 'reschedule'],
      ['ScheduledRecordRescheduleAcknowledge', 'reschedule'],
      ['DoNotCallAcknowledge', 'do-not-call'],
      ['AddRecordAcknowledge', 'add-record'],
      ['LogOutAcknowledge', 'logout'],
      ['PreviewDialingModeStartAcknowledge', 'preview-dialing-mode-start'],
      ['PreviewDialingModeOverAcknowledge', 'preview-dialing-mode-over'],
      ['ReadyTimeAcknowledge', 'ready-time'],
    ];
    for (const [event, request] of acks) {
      expect(decode({ GSW_USER_EVENT: event, GSW_REFERENCE_ID: 5, GSW_RECORD_HANDLE: 8 })).toEqual({ kind: 'acknowledged', request, referenceId: 5, handle: 8 });
    }
  });

  it('the logout wait is read only under a key the deployment names, as whole seconds from 0 to 86400', () => {
    const logout = { GSW_USER_EVENT: 'LogOutAcknowledge', WAIT: '30' };
    expect(decode(logout)).toEqual({ kind: 'acknowledged', request: 'logout', referenceId: null, handle: null });
    const keys = { keys: { logoutDelay: 'WAIT' } };
    expect(decode(logout, keys)).toMatchObject({ delaySeconds: 30 });
    expect(decode({ ...logout, WAIT: 0 }, keys)).toMatchObject({ delaySeconds: 0 });
    expect(decode({ ...logout, WAIT: 86_400 }, keys)).toMatchObject({ delaySeconds: 86_400 });
    expect(decode({ ...logout, WAIT: 86_401 }, keys)).toEqual(['invalid-field', '$.WAIT']);
    expect(decode({ ...logout, WAIT: -1 }, keys)).toEqual(['invalid-field', '$.WAIT']);
    // Named but absent: no wait at all (not a wait of `undefined`).
    expect(decode({ GSW_USER_EVENT: 'LogOutAcknowledge' }, keys)).toStrictEqual({ kind: 'acknowledged', request: 'logout', referenceId: null, handle: null });
    // Another acknowledgement never reads it.
    expect(decode({ GSW_USER_EVENT: 'RecordProcessedAcknowledge', WAIT: 'soon' }, keys)).toEqual({ kind: 'acknowledged', request: 'processed', referenceId: null, handle: null });
  });
});

describe('decodeEvent: renamed keys and events', () => {
  it('reads the keys and event names the options give', () => {
    const options = { keys: { userEvent: 'EVT', recordHandle: 'H' }, events: { recordCancel: 'Drop' } };
    expect(decode({ EVT: 'Drop', H: 3 }, options)).toEqual({ kind: 'record-cancelled', referenceId: null, handle: 3, campaign: null });
    expect(decode({ EVT: 'RecordCancel', H: 3 }, options)).toEqual(['unknown-user-event', '$.EVT']);
    expect(decode({ EVT: 'Drop' }, options)).toEqual(['missing-field', '$.H']);
    // Without the user event nothing is read.
    expect(decode({ H: 3 }, options)).toEqual(['unknown-user-event', '$.EVT']);
    // An event name a JavaScript caller leaves undefined is not a name: the options are refused where it is.
    expect(decode({ H: 3 }, { ...options, events: { previewRecord: undefined } } as never)).toEqual(['invalid-options', '$.options.events.previewRecord']);
    // Key-value pairs as a list work the same.
    expect(decode([['EVT', 'Drop'], { key: 'H', value: '3' }], options)).toMatchObject({ kind: 'record-cancelled', handle: 3 });
  });
});
