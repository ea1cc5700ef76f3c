import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import { apply, NOW, r } from './helpers.js';
import { iana } from '../../time-values.js';

const handoff: outbound.interaction.RescheduleHandoff = {
  handle: 101,
  campaignName: 'Renewals',
  timeZone: iana('America/Chicago'),
  currentChainN: 0,
  at: NOW,
  numbers: [
    outbound.chainNumberOf({ handle: 101, chainN: 0, phone: '5550100', contactInfoType: 'home-phone', dailyFrom: 28_800, dailyTill: 72_000 }),
    outbound.chainNumberOf({ handle: 102, chainN: 1, phone: '5550101', contactInfoType: 'none', dailyFrom: 0, dailyTill: 86_400 }),
    outbound.chainNumberOf({ handle: 103, chainN: 2, phone: '5550102', contactInfoType: 'mobile', dailyFrom: 64_800, dailyTill: 86_400 }),
  ],
};

describe('the interaction handoff', () => {
  it('chainNumberOf: OCS windows become From/Until, a whole day or an empty window is no window, midnight closes', () => {
    expect(outbound.chainNumberOf({ handle: 1, chainN: 0, phone: '1', contactInfoType: 'mobile', dailyFrom: 3_600, dailyTill: 3_600 })).toMatchObject({ from: null, until: null });
    expect(outbound.chainNumberOf({ handle: 1, chainN: 0, phone: '1', contactInfoType: 'mobile', dailyFrom: Number.NaN, dailyTill: 1e9 })).toMatchObject({ from: null, until: null });
    expect(outbound.chainNumberOf({ handle: 1, chainN: 0, phone: '1', contactInfoType: 'mobile', dailyFrom: 79_200, dailyTill: 21_600 })).toMatchObject({ from: '22:00', until: '06:00' });
  });

  it('builds the input from the handoff: the chain is the handoff\'s numbers', () => {
    const input = r.inputFromHandoff(handoff, { agentZone: 'Europe/London', personalPolicy: 'always-personal' });
    expect(input).toMatchObject({ at: NOW, recordHandle: 101, contactZone: 'America/Chicago', agentZone: 'Europe/London', personalPolicy: 'always-personal' });
    expect(input.chain.map((c) => [c.recordHandle, c.contactType, c.from, c.until])).toEqual([
      [101, 'home-phone', '08:00', '20:00'],
      [102, 'none', null, null],
      [103, 'mobile', '18:00', '00:00'],
    ]);
    expect(r.machine.start(input).ok).toBe(true);
  });

  it('turns the request into the interaction machine\'s reschedule event', () => {
    const started = r.machine.start(r.inputFromHandoff(handoff, { agentZone: 'America/Chicago', call: 'ended' }));
    if (!started.ok) throw new Error(started.error.code);
    const s = apply(
      started.state,
      { type: 'set-reschedule', at: NOW, checked: true },
      { type: 'choose-number', at: NOW, recordHandle: 103 },
      { type: 'type-date', at: NOW, text: '2026-11-25' },
      { type: 'type-time', at: NOW, text: '19:00' },
    );
    const done = r.machine.transition(s, { type: 'done', at: NOW });
    const request = done.effects[0];
    if (request?.type !== 'send-request') throw new Error('no request');
    expect(request.request).toMatchObject({ kind: 'reschedule', requestId: 'reschedule-1', handle: 101, phone: '5550102', chainN: 2 });
    expect(r.interactionEvent(request.request, NOW + 1)).toEqual({
      type: 'reschedule',
      at: NOW + 1,
      handle: 101,
      callbackType: 'campaign',
      dialSchedTime: Date.UTC(2026, 10, 26, 1, 0) / 1000,
      phone: '5550102',
      chainN: 2,
    });
  });
});
