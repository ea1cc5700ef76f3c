import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const base = { GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_PHONE: '5550100', GSW_TZ_NAME: 'America/Chicago' };

describe('OCS enumerations keep their numeric codes', () => {
  it('call results 0..53 with the documented codes', () => {
    const { callResults: cr, codeOf } = outbound.records;
    expect(cr).toHaveLength(54);
    const expected: [outbound.records.CallResult, number][] = [
      ['ok', 0], ['transferred', 1], ['conferenced', 2], ['general-error', 3], ['system-error', 4],
      ['remote-release', 5], ['busy', 6], ['no-answer', 7], ['sit-detected', 8], ['answering-machine', 9],
      ['all-trunks-busy', 10], ['fax', 17], ['queue-full', 18], ['abandoned', 21], ['dropped', 26],
      ['dropped-no-answer', 27], ['unknown', 28], ['silence', 32], ['answer', 33], ['pager', 39],
      ['wrong-party', 40], ['stale', 46], ['agent-callback-error', 47], ['group-callback-error', 48],
      ['do-not-call', 51], ['cancel-record', 52], ['wrong-number', 53],
    ];
    for (const [name, code] of expected) expect(codeOf(cr, name)).toBe(code);
    expect(new Set(cr).size).toBe(54);
    expect(outbound.records.defaultCallResult).toBe('unknown');
  });

  it('record types, statuses and contact info types', () => {
    expect(outbound.records.recordTypes).toEqual(['none', 'unknown', 'general', 'campaign-rescheduled', 'personal-rescheduled', 'personal-callback', 'campaign-callback', 'no-call']);
    expect(outbound.records.codeOf(outbound.records.recordStatuses, 'ready')).toBe(1);
    expect(outbound.records.codeOf(outbound.records.recordStatuses, 'agent-error')).toBe(6);
    expect(outbound.records.codeOf(outbound.records.recordStatuses, 'missed-callback')).toBe(8);
    expect(outbound.records.codeOf(outbound.records.contactInfoTypes, 'home-phone')).toBe(1);
    expect(outbound.records.codeOf(outbound.records.contactInfoTypes, 'instant-messaging')).toBe(11);
    expect(outbound.records.nameOf(outbound.records.callResults, 54)).toBeUndefined();
    expect(outbound.records.nameOf(outbound.records.callResults, 1.5)).toBeUndefined();
    expect(outbound.records.isCallResult('busy')).toBe(true);
    expect(outbound.records.isCallResult('toString')).toBe(false);
  });
});

describe('parseRecord', () => {
  it('parses a full record with defaults and custom fields', () => {
    const r = outbound.records.parseRecord(
      { ...base, GSW_CHAIN_N: '2', GSW_CALL_RESULT: '6', GSW_ATTEMPTS: '3', GSW_FROM: '32400', GSW_UNTIL: '75600',
        GSW_PHONE_TYPE: '4', GSW_RECORD_TYPE: '5', GSW_DIAL_SCHED_TIME: '1764000000', GSW_CAMPAIGN_NAME: 'Collections',
        balance: '12.50', vip: 'TRUE', due: '2026-12-01', note: '', GSW_APPLICATION_ID: '9', other: 'x' },
      { fields: [{ key: 'balance', type: 'number' }, { key: 'vip', type: 'boolean' }, { key: 'due', type: 'date' }, { key: 'note', type: 'string' }] },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      handle: 101, chainId: 55, chainN: 2, phone: '5550100', callResult: 'busy', attempts: 3,
      dailyFrom: 32400, dailyTill: 75600, contactInfoType: 'mobile', recordType: 'personal-callback',
      recordStatus: 'retrieved', dialSchedTime: 1764000000, timeZone: 'America/Chicago', campaignName: 'Collections',
      callingList: null, treatment: null,
    });
    expect(r.value.fields).toEqual({ balance: 12.5, vip: true, due: '2026-12-01', note: null });
    expect(r.value.extra).toEqual({ GSW_APPLICATION_ID: '9', other: 'x' });
  });

  it('applies the documented defaults', () => {
    const r = outbound.records.parseRecord(base);
    expect(r.ok && r.value).toMatchObject({ chainN: 0, callResult: 'unknown', recordType: 'general', contactInfoType: 'none', attempts: 0, dialSchedTime: null, dailyFrom: 0, dailyTill: 86400 });
  });

  it('canonicalises the zone and refuses unknown zones naming the field', () => {
    const r = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: 'Asia/Calcutta' });
    const same = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: 'asia/kolkata' });
    expect(r.ok && same.ok && [r.value.timeZone, same.value.timeZone]).toEqual(['Asia/Kolkata', 'Asia/Kolkata']);
    const bad = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: 'Mars/Base' });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'unknown-zone', details: { field: 'GSW_TZ_NAME' } });
    const none = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: '' });
    expect(!none.ok && none.error.code).toBe('missing-field');
    const fallback = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: '' }, { defaultZone: 'Europe/Paris' });
    expect(fallback.ok && fallback.value.timeZone).toBe('Europe/Paris');
  });

  it.each([
    [{ GSW_RECORD_HANDLE: undefined }, 'missing-field', 'GSW_RECORD_HANDLE'],
    [{ GSW_RECORD_HANDLE: '-1' }, 'invalid-field', 'GSW_RECORD_HANDLE'],
    [{ GSW_RECORD_HANDLE: '1e3' }, 'invalid-field', 'GSW_RECORD_HANDLE'],
    [{ GSW_CHAIN_ID: 'x' }, 'invalid-field', 'GSW_CHAIN_ID'],
    [{ GSW_PHONE: '  ' }, 'missing-field', 'GSW_PHONE'],
    [{ GSW_PHONE: { a: 1 } }, 'invalid-field', 'GSW_PHONE'],
    [{ GSW_CALL_RESULT: '54' }, 'invalid-field', 'GSW_CALL_RESULT'],
    [{ GSW_RECORD_TYPE: '8' }, 'invalid-field', 'GSW_RECORD_TYPE'],
    [{ GSW_PHONE_TYPE: '12' }, 'invalid-field', 'GSW_PHONE_TYPE'],
    [{ GSW_FROM: '86401' }, 'invalid-field', 'GSW_FROM'],
    [{ GSW_UNTIL: '-5' }, 'invalid-field', 'GSW_UNTIL'],
    [{ chain_n: 'two' }, 'invalid-field', 'chain_n'],
  ])('refuses %o with %s naming %s', (patch, code, field) => {
    const r = outbound.records.parseRecord({ ...base, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code, details: { field } });
  });

  it('refuses a malformed custom field naming it', () => {
    const r = outbound.records.parseRecord({ ...base, due: '2026-02-30' }, { fields: [{ key: 'due', type: 'date' }] });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-field', details: { field: 'due' } });
  });

  it('never reads inherited keys: __proto__ is inert', () => {
    const data = JSON.parse('{"__proto__": {"GSW_PHONE": "666"}, "GSW_RECORD_HANDLE": "1", "GSW_CHAIN_ID": "1", "GSW_TZ_NAME": "UTC"}') as unknown;
    const r = outbound.records.parseRecord(data);
    expect(!r.ok && r.error).toMatchObject({ code: 'missing-field', details: { field: 'GSW_PHONE' } });
    const withProto = JSON.parse('{"__proto__": "x", "GSW_RECORD_HANDLE": "1", "GSW_CHAIN_ID": "1", "GSW_PHONE": "1", "GSW_TZ_NAME": "UTC"}') as unknown;
    const p = outbound.records.parseRecord(withProto);
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(Object.getPrototypeOf(p.value.extra)).toBe(Object.prototype);
      expect(Object.keys(p.value.extra)).toEqual(['__proto__']);
    }
  });

  it('refuses non-objects', () => {
    for (const v of [null, undefined, 'x', 3, [1]]) expect(outbound.records.parseRecord(v).ok).toBe(false);
  });
});

describe('custom field updates', () => {
  const fields: outbound.records.FieldDeclaration[] = [
    { key: 'note', type: 'string' },
    { key: 'balance', type: 'number', readOnly: true },
    { key: 'vip', type: 'boolean' },
    { key: 'due', type: 'date' },
  ];
  const record = (() => {
    const r = outbound.records.parseRecord({ ...base, balance: '3' }, { fields });
    if (!r.ok) throw new Error('fixture');
    return r.value;
  })();

  it('applies typed values to declared writable fields', () => {
    const r = outbound.records.updateFields(record, { note: 'after 6', vip: false, due: '2027-01-31' }, fields);
    expect(r.ok && r.value.fields).toEqual({ note: 'after 6', balance: 3, vip: false, due: '2027-01-31' });
  });

  it('refuses unknown, read-only and mistyped fields', () => {
    const unknown = outbound.records.updateFields(record, { color: 'red' }, fields);
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'unknown-field', details: { field: 'color' } });
    const ro = outbound.records.updateFields(record, { balance: 0 }, fields);
    expect(!ro.ok && ro.error.code).toBe('read-only-field');
    const typed = outbound.records.updateFields(record, { vip: 'yes' }, fields);
    expect(!typed.ok && typed.error.code).toBe('invalid-field-value');
    const proto = outbound.records.updateFields(record, JSON.parse('{"__proto__": {"note": "x"}}'), fields);
    expect(!proto.ok && proto.error.code).toBe('unknown-field');
  });

  it('isCalendarDate knows month lengths and leap years', () => {
    expect(outbound.records.isCalendarDate('2028-02-29')).toBe(true);
    expect(outbound.records.isCalendarDate('2027-02-29')).toBe(false);
    expect(outbound.records.isCalendarDate('2027-13-01')).toBe(false);
  });
});

describe('chains', () => {
  const rec = (chainN: number, handle: number, chainId = 55) => {
    const r = outbound.records.parseRecord({ ...base, GSW_RECORD_HANDLE: String(handle), GSW_CHAIN_ID: String(chainId), GSW_CHAIN_N: String(chainN) });
    if (!r.ok) throw new Error('fixture');
    return r.value;
  };
  it('orders by chain_n and walks to the next number', () => {
    const chain = outbound.records.chainOf([rec(3, 3), rec(1, 1), rec(2, 9, 56), rec(2, 2), rec(1, 8)], 55);
    expect(chain.map((r) => r.handle)).toEqual([1, 2, 3]);
    expect(outbound.records.nextInChain(chain, 1)?.handle).toBe(2);
    expect(outbound.records.nextInChain(chain, 3)).toBeUndefined();
  });
});

describe('records parsing is total on hostile options and types', () => {
  const detailsPath = (r: { ok: boolean; error?: { details?: unknown } }): unknown => (r.ok ? 'ok' : (r.error?.details as { path?: unknown }).path);

  it('refuses a field list holding null or an unknown type with a code and the JSON path', () => {
    const nul = outbound.records.parseRecord(base, { fields: [{ key: 'a', type: 'string' }, null] } as unknown as outbound.records.ParseRecordOptions);
    expect(nul.ok ? '' : nul.error.code).toBe('invalid-field-declaration');
    expect(detailsPath(nul)).toBe('$.fields[1]');
    const bogus = outbound.records.parseRecord({ ...base, a: '1' }, { fields: [{ key: 'a', type: 'bogus' }] } as unknown as outbound.records.ParseRecordOptions);
    expect(bogus.ok ? '' : bogus.error.code).toBe('invalid-field-declaration');
    expect(detailsPath(bogus)).toBe('$.fields[0].type');
    const cases: [unknown, string][] = [
      [null, '$'],
      [5, '$'],
      [{ fields: 'x' }, '$.fields'],
      [{ fields: [{ key: '', type: 'string' }] }, '$.fields[0].key'],
      [{ fields: [{ key: 'a', type: 'string' }, { key: 'a', type: 'number' }] }, '$.fields[1].key'],
      [{ fields: [{ key: 'a', type: 'string', readOnly: 'yes' }] }, '$.fields[0].readOnly'],
      [{ fields: [{ key: { toString: () => 'a' }, type: 'string' }] }, '$.fields[0].key'],
      [{ fields: [{ key: 'a', type: Symbol('string') }] }, '$.fields[0].type'],
      [{ defaultZone: 42n }, '$.defaultZone'],
    ];
    for (const [options, path] of cases) {
      const r = outbound.records.parseRecord(base, options as outbound.records.ParseRecordOptions);
      expect(r.ok, path).toBe(false);
      expect(detailsPath(r), path).toBe(path);
    }
    expect(outbound.records.parseRecord(base, undefined).ok).toBe(true);
  });

  it('fieldFromString gives a Result for every input, never undefined', () => {
    const bogus = outbound.records.fieldFromString('bogus' as outbound.records.FieldType, '1');
    expect(bogus).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-field-declaration', details: { path: '$.type' } }) as unknown });
    const notText = outbound.records.fieldFromString('number', 12 as unknown as string);
    expect(notText.ok ? '' : notText.error.code).toBe('invalid-field-value');
    for (const type of [null, undefined, {}, Symbol('x'), 1n, { toString: () => 'number' }]) {
      const r = outbound.records.fieldFromString(type as unknown as outbound.records.FieldType, '1');
      expect(r.ok).toBe(false);
    }
    expect(outbound.records.isFieldValue('bogus' as outbound.records.FieldType, 1)).toBe(false);
  });

  it('describes a bad value by kind and size, never by its content', () => {
    const long = 'x'.repeat(100_000);
    const r = outbound.records.fieldFromString('number', long);
    expect(r.ok ? '' : r.error.message).toBe('Not a number: a string of 100000 characters.');
    const zone = outbound.records.parseRecord({ ...base, GSW_TZ_NAME: long });
    expect(zone.ok ? 0 : zone.error.message.length).toBeLessThan(100);
    const unknown = outbound.records.checkFieldChanges({ [long]: 1 }, [{ key: 'a', type: 'string' }]);
    expect(unknown.ok ? 0 : unknown.error.message.length).toBeLessThan(100);
  });

  it('checkFieldChanges refuses a malformed field list instead of throwing', () => {
    const r = outbound.records.checkFieldChanges({ a: 1 }, [null] as unknown as outbound.records.FieldDeclaration[]);
    expect(r.ok ? '' : r.error.code).toBe('invalid-field-declaration');
    expect(detailsPath(r)).toBe('$[0]');
    const notList = outbound.records.checkFieldChanges({ a: 1 }, 'fields' as unknown as outbound.records.FieldDeclaration[]);
    expect(detailsPath(notList)).toBe('$');
    const odd = outbound.records.checkFieldChanges({ 'odd key': 1 }, [{ key: 'odd key', type: 'string' }]);
    expect(detailsPath(odd)).toBe('$["odd key"]');
  });
});

describe('typed helpers refuse garbage from untyped JavaScript (issues 14, 16)', () => {
  const good = outbound.records.parseRecord({ GSW_RECORD_HANDLE: '1', GSW_CHAIN_ID: '7', GSW_PHONE: '+15550100', GSW_TZ_NAME: 'America/New_York' });
  if (!good.ok) throw new Error(good.error.code);
  const record = good.value;

  it('updateFields refuses a record that is not one with invalid-record and a path', () => {
    const fields = [{ key: 'note', type: 'string' }] as const;
    for (const bad of [null, 42, {}, { ...record, chainN: Number.NaN }, { ...record, fields: { note: 1n } }]) {
      const r = outbound.records.updateFields(bad as never, { note: 'x' }, fields);
      expect(r.ok ? 'accepted' : r.error.code).toBe('invalid-record');
      if (!r.ok) expect(r.error.path).toMatch(/^\$\.record/);
    }
    const r = outbound.records.updateFields(JSON.parse(JSON.stringify(record)) as outbound.records.OutboundRecord, { note: 'x' }, fields);
    expect(r.ok && r.value.fields.note).toBe('x');
  });

  it('fieldFromString refuses an unknown type; parseRecord refuses a null or unknown declaration', () => {
    expect(outbound.records.fieldFromString('bogus' as never, '1')).toMatchObject({ ok: false, error: { code: 'invalid-field-declaration' } });
    expect(outbound.records.parseRecord({}, { fields: [null] as never })).toMatchObject({ ok: false, error: { code: 'invalid-field-declaration' } });
    expect(outbound.records.parseRecord({}, { fields: [{ key: 'a', type: 'weird' }] as never })).toMatchObject({ ok: false, error: { code: 'invalid-field-declaration' } });
    expect(outbound.records.isCalendarDate('0000-01-01')).toBe(false);
  });

  it('codeOf, nameOf, chainOf, nextInChain and recordWindow throw a RangeError naming the kind', () => {
    expect(() => outbound.records.codeOf(null as never, 'busy')).toThrow(/^outbound\.codeOf: expected an enumeration list .*, not null$/);
    expect(() => outbound.records.nameOf({} as never, 1)).toThrow(/outbound\.nameOf/);
    expect(outbound.records.codeOf(outbound.records.callResults, { toString: () => 'busy' } as never)).toBe(-1);
    expect(() => outbound.records.chainOf(true as never, 1)).toThrow(/outbound\.chainOf: expected an array of outbound records/);
    expect(() => outbound.records.chainOf([null] as never, 1)).toThrow(RangeError);
    expect(() => outbound.records.nextInChain([record], Number.NaN)).toThrow(/nextInChain/);
    expect(() => outbound.treatments.recordWindow(null as never)).toThrow(/^outbound\.recordWindow: expected an outbound record, not null$/);
    expect(outbound.treatments.recordWindow(record)).toBeNull();
  });

  it('nextAttempt and attemptSchedule refuse a bad record, chain or result list with a code and a path', () => {
    const list = { maxAttempts: 3, treatments: [] };
    expect(outbound.treatments.nextAttempt(null as never, 'busy', list, 0)).toMatchObject({ ok: false, error: { code: 'invalid-record', path: '$.record' } });
    expect(outbound.treatments.nextAttempt(record, 'busy', list, 0, [null] as never)).toMatchObject({ ok: false, error: { code: 'invalid-record', path: '$.chain[0]' } });
    expect(outbound.treatments.nextAttempt(record, { toString: () => 'busy' } as never, list, 0)).toMatchObject({ ok: false, error: { code: 'invalid-call-result', path: '$.result' } });
    expect(outbound.treatments.attemptSchedule(record, NaN as never, list, 0)).toMatchObject({ ok: false, error: { code: 'invalid-call-result', path: '$.results' } });
    expect(outbound.treatments.attemptSchedule(record, [], list, 0, [undefined] as never)).toMatchObject({ ok: false, error: { code: 'invalid-record', path: '$.chain[0]' } });
  });
});
