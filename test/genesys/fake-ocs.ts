import { genesys } from '../../src/index.js';

/**
 * An in-memory fake Outbound Contact Server for tests and the guide: it reads the attached data the
 * desktop sends (`genesys.ocs.encodeRequest` output) and answers with the user events of the Outbound
 * Contact Reference Manual's "Communication Protocols" tables, echoing `GSW_REFERENCE_ID`. Records are
 * kept as OCS keeps them: `GSW_*` strings, with Genesys Time Zone object names in `GSW_TZ_NAME`.
 */
export type Pairs = readonly genesys.ocs.WirePair[];
export type UserData = Record<string, string | number>;

export interface FakeRecord {
  readonly data: Record<string, string>;
  status: 'ready' | 'retrieved' | 'processed' | 'cancelled' | 'do-not-call';
  callback: { readonly type: string; readonly at: number | undefined } | null;
}

export interface FakeOcs {
  /** Every request received, as sent. */
  readonly received: Pairs[];
  /** The calling list. */
  readonly records: FakeRecord[];
  /** Answers one request with the user events OCS would send. */
  handle(pairs: Pairs): UserData[];
  /** Unsolicited: a campaign notice. */
  campaign(event: string, campaign: string, group: string, mode: string): UserData;
  /** Unsolicited: a scheduled call for a record. */
  scheduledCall(handle: number): UserData;
  /** The logout authorization that follows a delayed logout answer (`logoutDelay` option). */
  authorizeLogout(referenceId: number): UserData;
}

export interface FakeOcsOptions {
  applicationId: number;
  campaign: string;
  records: Record<string, string>[];
  dateTimeZone?: string;
  noRecords?: boolean;
  /** Answer Logout with a wait: the delay in seconds under `key` (a deployment key; dialdesk's `keys.logoutDelay`). */
  logoutDelay?: { key: string; seconds: number };
  /** Answer Logout with this error text instead. */
  logoutError?: string;
  /** Answer ReadyTime with this error text instead. */
  readyTimeError?: string;
}

export function fakeOcs(options: FakeOcsOptions): FakeOcs {
  const records: FakeRecord[] = options.records.map((data) => ({ data: { GSW_CAMPAIGN_NAME: options.campaign, GSW_CALLING_LIST: 'CallingList1', ...data }, status: 'ready', callback: null }));
  const received: Pairs[] = [];
  let nextHandle = 1000;
  const find = (handle: unknown) => records.find((r) => r.data.GSW_RECORD_HANDLE === String(handle));
  const common = (m: Map<string, string | number>): UserData => ({
    GSW_APPLICATION_ID: options.applicationId,
    GSW_CAMPAIGN_NAME: String(m.get('GSW_CAMPAIGN_NAME') ?? options.campaign),
    GSW_REFERENCE_ID: m.get('GSW_REFERENCE_ID') ?? 0,
  });
  const ack = (name: string, m: Map<string, string | number>, extra: UserData = {}): UserData => ({
    GSW_USER_EVENT: name,
    ...common(m),
    ...(m.has('GSW_RECORD_HANDLE') ? { GSW_RECORD_HANDLE: m.get('GSW_RECORD_HANDLE') as number } : {}),
    ...extra,
  });
  return {
    received,
    records,
    handle(pairs) {
      received.push(pairs);
      const m = new Map<string, string | number>(pairs.map(([k, v]) => [k, v]));
      const record = find(m.get('GSW_RECORD_HANDLE'));
      switch (m.get('GSW_AGENT_REQ_TYPE')) {
        case 'PreviewRecordRequest': {
          const next = options.noRecords === true ? undefined : records.find((r) => r.status === 'ready');
          if (next === undefined) return [{ ...common(m), GSW_ERROR: 'No Records Available', GSW_ERROR_NUMBER: 114 }];
          next.status = 'retrieved';
          return [{ GSW_USER_EVENT: 'PreviewRecord', ...common(m), ...next.data }];
        }
        case 'ChainedRecordRequest': {
          if (!record) return [{ ...common(m), GSW_ERROR: 'Record not found', GSW_ERROR_NUMBER: 103 }];
          const chain = records.filter((r) => r !== record && r.data.GSW_CHAIN_ID === record.data.GSW_CHAIN_ID);
          for (const r of chain) r.status = 'retrieved';
          return [
            ...chain.map((r) => ({ GSW_USER_EVENT: 'ChainedRecord', ...common(m), ...r.data })),
            { GSW_USER_EVENT: 'ChainedRecordsDataEnd', ...common(m), GSW_RECORD_HANDLE: Number(m.get('GSW_RECORD_HANDLE')), GSW_CHAIN_ID: record.data.GSW_CHAIN_ID ?? '' },
          ];
        }
        case 'UpdateCallCompletionStats':
          return [ack('UpdateCallCompletionStatsAcknowledge', m)];
        case 'RecordProcessed':
          if (record) record.status = 'processed';
          return [ack('RecordProcessedAcknowledge', m)];
        case 'RecordReject':
          if (record) record.status = 'ready';
          return [ack('RecordRejectAcknowledge', m)];
        case 'RequestRecordCancel':
          if (record) record.status = 'cancelled';
          return [ack('RecordCancelAcknowledge', m)];
        case 'DoNotCall': {
          const chain = m.get('GSW_CHAIN_ATTR') === 'AllChain' && record ? records.filter((r) => r.data.GSW_CHAIN_ID === record.data.GSW_CHAIN_ID) : record ? [record] : [];
          for (const r of chain) r.status = 'do-not-call';
          return [ack('DoNotCallAcknowledge', m)];
        }
        case 'RecordReschedule': {
          if (!record) return [{ ...common(m), GSW_ERROR: 'Record not found', GSW_ERROR_NUMBER: 103 }];
          const at = genesys.ocs.readDateTime(m.get('GSW_DATE_TIME'), options.dateTimeZone ?? 'UTC');
          record.callback = { type: String(m.get('GSW_CALLBACK_TYPE')), at };
          return [ack('RecordRescheduleAcknowledge', m)];
        }
        case 'AddRecord': {
          nextHandle += 1;
          const data: Record<string, string> = { GSW_RECORD_HANDLE: String(nextHandle), GSW_CAMPAIGN_NAME: options.campaign };
          for (const [k, v] of m) if (k !== 'GSW_AGENT_REQ_TYPE' && k !== 'GSW_REFERENCE_ID' && k !== 'GSW_APPLICATION_ID') data[k] = String(v);
          records.push({ data, status: 'ready', callback: null });
          return [{ GSW_USER_EVENT: 'AddRecordAcknowledge', ...common(m), GSW_RECORD_HANDLE: nextHandle }];
        }
        case 'Logout': {
          const base = { GSW_APPLICATION_ID: options.applicationId, GSW_REFERENCE_ID: m.get('GSW_REFERENCE_ID') ?? 0 };
          if (options.logoutError !== undefined) return [{ ...base, GSW_ERROR: options.logoutError, GSW_ERROR_NUMBER: 120 }];
          if (options.logoutDelay !== undefined) return [{ GSW_USER_EVENT: 'LogOutAcknowledge', ...base, [options.logoutDelay.key]: options.logoutDelay.seconds }];
          return [{ GSW_USER_EVENT: 'LogOutAcknowledge', ...base }];
        }
        case 'PreviewDialingModeStart':
          return [ack('PreviewDialingModeStartAcknowledge', m)];
        case 'PreviewDialingModeOver':
          return [ack('PreviewDialingModeOverAcknowledge', m)];
        case 'ReadyTime':
          if (options.readyTimeError !== undefined) return [{ ...common(m), GSW_ERROR: options.readyTimeError, GSW_ERROR_NUMBER: 121 }];
          return [ack('ReadyTimeAcknowledge', m)];
        default:
          return [{ ...common(m), GSW_ERROR: 'Unknown request', GSW_ERROR_NUMBER: 101 }];
      }
    },
    campaign(event, campaign, group, mode) {
      return { GSW_USER_EVENT: event, GSW_APPLICATION_ID: options.applicationId, GSW_CAMPAIGN_NAME: campaign, GSW_CAMPAIGN_GROUP_NAME: `${campaign}@${group}`, GSW_CAMPAIGN_MODE: mode };
    },
    authorizeLogout(referenceId) {
      return { GSW_USER_EVENT: 'LogOutAcknowledge', GSW_APPLICATION_ID: options.applicationId, GSW_REFERENCE_ID: referenceId };
    },
        scheduledCall(handle) {
      const r = find(handle);
      return { GSW_USER_EVENT: 'ScheduledCall', GSW_APPLICATION_ID: options.applicationId, ...(r?.data ?? {}) };
    },
  };
}
