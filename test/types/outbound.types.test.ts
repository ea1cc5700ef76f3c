// Type tests for dialdesk/outbound: checked by `tsc` in `npm run typecheck`; a broken expectation fails it.
import { describe, expectTypeOf, it } from 'vitest';
import type { callback, core, logout, outbound } from '../../src/index.js';

type CampaignsInput = Parameters<typeof outbound.campaigns.machine.transition>[1];
type InteractionInputEvent = Parameters<typeof outbound.interaction.machine.transition>[1];
type RescheduleInputEvent = Parameters<typeof outbound.reschedule.machine.transition>[1];

describe('outbound types', () => {
  it("each machine's transition takes its own events only", () => {
    expectTypeOf<logout.LogoutRequestedEvent>().not.toMatchTypeOf<CampaignsInput>();
    expectTypeOf<outbound.interaction.DialEvent>().not.toMatchTypeOf<CampaignsInput>();
    expectTypeOf<outbound.campaigns.AgentLoginEvent>().not.toMatchTypeOf<InteractionInputEvent>();
    expectTypeOf<outbound.reschedule.DoneEvent>().not.toMatchTypeOf<InteractionInputEvent>();
    // Both areas know a `reschedule`, with different payloads: neither is taken for the other.
    expectTypeOf<outbound.interaction.RescheduleRecordEvent>().not.toMatchTypeOf<RescheduleInputEvent>();
    expectTypeOf<Extract<callback.dialog.DialogEvent, { type: 'choose-number' }>>().not.toMatchTypeOf<RescheduleInputEvent>();
    expectTypeOf<{ type: 'campaign-started'; at: number; campaign: string; group: string }>().toMatchTypeOf<CampaignsInput>();
    // @ts-expect-error a record action names the record by its numeric handle
    const bad: outbound.interaction.RecordActionEvent = { type: 'accept', at: 0, handle: '101' };
    void bad;
  });

  it('the machines fit the shared contract', () => {
    expectTypeOf<typeof outbound.campaigns.machine>().toMatchTypeOf<
      core.Machine<outbound.campaigns.CampaignsInput, outbound.campaigns.CampaignsState, outbound.campaigns.CampaignsEvent, outbound.campaigns.CampaignsEffect, string>
    >();
    expectTypeOf<typeof outbound.interaction.machine>().toEqualTypeOf<
      core.Machine<
        outbound.interaction.InteractionInput,
        outbound.interaction.InteractionState,
        outbound.interaction.InteractionEvent,
        outbound.interaction.InteractionEffect,
        outbound.interaction.InteractionCode
      >
    >();
    expectTypeOf<typeof outbound.reschedule.machine>().toEqualTypeOf<
      core.Machine<outbound.reschedule.RescheduleInput, outbound.reschedule.RescheduleState, outbound.reschedule.RescheduleEvent, outbound.reschedule.RescheduleEffect, outbound.reschedule.RescheduleCode>
    >();
    // One reschedule request, one chain number, one callback type for the interaction and the reschedule view.
    expectTypeOf<outbound.reschedule.SendRequestEffect['request']>().toEqualTypeOf<outbound.RescheduleRequest>();
    // The machine's input is host data (plain strings): a handoff's ChainNumber fits it as it is.
    expectTypeOf<outbound.ChainNumber>().toMatchTypeOf<outbound.reschedule.RescheduleInput['chain'][number]>();
    expectTypeOf<outbound.reschedule.RescheduleState['config']['chain'][number]>().toEqualTypeOf<outbound.ChainNumber>();
    expectTypeOf<outbound.interaction.RescheduleHandoff['numbers'][number]>().toEqualTypeOf<outbound.ChainNumber>();
    expectTypeOf<outbound.RescheduleRequest['callbackType']>().toEqualTypeOf<outbound.CallbackType>();
  });

  it('states and selectors narrow on status and phase', () => {
    expectTypeOf<outbound.campaigns.CampaignEntry['status']>().toEqualTypeOf<'loaded' | 'running'>();
    expectTypeOf<outbound.campaigns.MyCampaignRow['label']>().toEqualTypeOf<'Started' | 'Loaded'>();
    expectTypeOf<outbound.interaction.RecordPhase>().toEqualTypeOf<'preview' | 'offered' | 'seized' | 'dialing' | 'connected' | 'wrap-up'>();
    expectTypeOf<outbound.reschedule.ReschedulePhase>().toEqualTypeOf<'idle' | 'editing' | 'pending' | 'rescheduled'>();
    expectTypeOf<ReturnType<typeof outbound.reschedule.button>>().toEqualTypeOf<'reschedule' | 'rescheduled'>();
    const closed = (e: outbound.interaction.InteractionEffect) => (e.type === 'record-closed' ? e.outcome : null);
    expectTypeOf(closed).returns.toEqualTypeOf<'processed' | 'rejected' | 'declined' | 'cancelled' | 'released' | 'cancelled-by-server' | 'removed-by-server' | null>();
    // @ts-expect-error a request is pending on the interaction state, not a status string
    const s: outbound.interaction.InteractionState['pending'] = 'pending';
    void s;
  });

  it('no interaction event has the name of an interaction effect', () => {
    expectTypeOf<Extract<outbound.interaction.InteractionEvent['type'], outbound.interaction.InteractionEffect['type']>>().toEqualTypeOf<never>();
  });

  it('the effects of each machine are exhaustively switchable', () => {
    const campaignsEffect = (effect: outbound.campaigns.CampaignsEffect): string => {
      switch (effect.type) {
        case 'show-campaign-warning':
          return effect.warning.id;
        case 'hide-campaign-warning':
          return effect.id;
        case 'negotiated-logout-changed':
          return String(effect.negotiated);
        case 'campaign-mode-changed':
          return effect.to;
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    };
    const interactionEffect = (effect: outbound.interaction.InteractionEffect): string => {
      switch (effect.type) {
        case 'send-request':
          return effect.request.requestId;
        case 'place-call':
        case 'reschedule-handoff':
        case 'record-closed':
        case 'show-request-failure':
        case 'show-no-records':
        case 'callback-due':
        case 'wake':
          return effect.type;
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    };
    const rescheduleEffect = (effect: outbound.reschedule.RescheduleEffect): string => {
      switch (effect.type) {
        case 'send-request':
          return effect.request.requestId;
        case 'hang-up':
          return String(effect.recordHandle);
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    };
    expectTypeOf(campaignsEffect).returns.toBeString();
    expectTypeOf(interactionEffect).returns.toBeString();
    expectTypeOf(rescheduleEffect).returns.toBeString();
  });
});
