import { describe, expect, it } from 'vitest';
import { workspaceOptions } from '../../src/genesys/index.js';
import { outbound } from '../../src/index.js';

describe('genesys.workspaceOptions', () => {
  it('gives the documented defaults for an empty option set', () => {
    const r = workspaceOptions({});
    expect(r.ok && r.value).toEqual({
      outbound: { permissions: ['request-preview', 'decline', 'update-fields'], rescheduleOnNewNumber: false, callbackTypes: ['personal', 'campaign'], treatmentMode: 'none', defaultCallResult: null, maxPreviewRecords: -1, timedPreviewAutoDial: 0, pushPreviewAutoAnswer: false },
      logout: { exitOnError: false },
      webcallback: { rescheduleQueue: null },
    });
  });

  it('reads the keys as a deployment writes them, and the result starts the real machines', () => {
    const r = workspaceOptions({
      'outbound.callback-types': 'personal',
      'outbound.treatment-mode': 'campaign',
      'outbound.call-result-automatically-selected': 'answer',
      'outbound.preview.max-simultaneous-preview-record': '3',
      'outbound.timed-preview-auto-dial': '15',
      'privilege.outbound.can-reject-record': 'true',
      'privilege.outbound.can-cancel-record': 'True',
      'privilege.outbound.can-set-call-result': 'true',
      'logout.enable-exit-on-logoff-error': 'true',
      'webcallback.reschedule-queue': 'WebCallback Reschedule',
    });
    if (!r.ok) throw new Error(r.error.message);
    const o = r.value.outbound;
    expect(o).toMatchObject({ callbackTypes: ['personal'], treatmentMode: 'campaign', defaultCallResult: 'answer', maxPreviewRecords: 3, timedPreviewAutoDial: 15 });
    expect(o.permissions).toEqual(['request-preview', 'decline', 'update-fields', 'reject', 'cancel', 'set-call-result']);
    expect(r.value.logout.exitOnError).toBe(true);
    expect(r.value.webcallback.rescheduleQueue).toBe('WebCallback Reschedule');
    const started = outbound.interaction.machine.start({ at: 0, config: { permissions: o.permissions, callResults: ['answer', 'busy'], defaultCallResult: o.defaultCallResult ?? 'unknown', dispositions: [], defaultDisposition: null, fields: [], maxPreviewRecords: o.maxPreviewRecords, timedPreviewAutoDial: o.timedPreviewAutoDial } });
    expect(started.ok).toBe(true);
  });

  it('maps 0 and negative preview limits to -1 (no limit) and -1 timed preview to off', () => {
    const r = workspaceOptions({ 'outbound.preview.max-simultaneous-preview-record': '0', 'outbound.timed-preview-auto-dial': '-1' });
    expect(r.ok && [r.value.outbound.maxPreviewRecords, r.value.outbound.timedPreviewAutoDial]).toEqual([-1, 0]);
  });

  it.each([
    ['outbound.treatment-mode', 'always'],
    ['outbound.callback-types', 'personal,mine'],
    ['outbound.callback-types', ''],
    ['outbound.call-result-automatically-selected', 'Sale'],
    ['outbound.preview.max-simultaneous-preview-record', 'many'],
    ['outbound.timed-preview-auto-dial', '1e9'],
    ['privilege.outbound.can-reject-record', 'yes'],
    ['logout.enable-exit-on-logoff-error', '1'],
  ])('refuses %s = %j with the key named', (key, value) => {
    const r = workspaceOptions({ [key]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-option');
      expect(r.error.path).toBe(`$['${key}']`);
    }
  });

  it('refuses non-objects and non-string values without throwing', () => {
    for (const bad of [null, 'x', 3, [], undefined]) expect(workspaceOptions(bad).ok).toBe(false);
    const r = workspaceOptions({ 'outbound.treatment-mode': 7 });
    expect(!r.ok && r.error.path).toBe("$['outbound.treatment-mode']");
  });
});
