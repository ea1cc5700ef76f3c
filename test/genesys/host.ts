import { isDeepStrictEqual } from 'node:util';
import { genesys, logout, outbound } from '../../src/index.js';
import type { FakeOcs, Pairs } from './fake-ocs.js';

/**
 * A host as a real desktop would write it, with the fake OCS in place of T-Server: it runs the bridge
 * and the domain machines, carries the bridge's `send-wire` to OCS and OCS's user events back, and
 * routes `deliver` effects and the domain machines' requests. Every refusal throws (a transcript
 * must be accepted end to end).
 */
export class Host {
  bridge: genesys.ocs.BridgeState;
  interaction: outbound.interaction.InteractionState;
  campaigns: outbound.campaigns.CampaignsState;
  logout: logout.LogoutState | null = null;
  /** Everything the bridge sent, in order. */
  readonly sent: Pairs[] = [];
  /** The bridge's notify effects. */
  readonly notices: genesys.ocs.OcsMessage[] = [];
  /** The interaction machine's effects other than send-request. */
  readonly interactionEffects: outbound.interaction.InteractionEffect[] = [];
  readonly campaignEffects: outbound.campaigns.CampaignsEffect[] = [];
  readonly logoutEffects: logout.LogoutEffect[] = [];
  /** Answers to the host's own session requests. */
  readonly hostAnswers: genesys.ocs.HostAnswer[] = [];
  /** When set, OCS answers are held here instead of delivered (to test time-outs and replays). */
  hold: Record<string, string | number>[] | null = null;

  constructor(
    readonly ocs: FakeOcs,
    config: outbound.interaction.InteractionConfig,
    bridgeInput: Omit<genesys.ocs.BridgeInput, 'at'>,
  ) {
    const b = genesys.ocs.machine.start({ at: 0, ...bridgeInput });
    if (!b.ok) throw new Error(`bridge start: ${b.error.code} ${b.error.message}`);
    this.bridge = b.state;
    const i = outbound.interaction.machine.start({ at: 0, config });
    if (!i.ok) throw new Error(i.error.message);
    this.interaction = i.state;
    const c = outbound.campaigns.machine.start({ at: 0, groups: ['Sales'] });
    if (!c.ok) throw new Error(c.error.message);
    this.campaigns = c.state;
  }

  /** An agent (or telephony) event for the interaction machine. */
  agent(event: outbound.interaction.InteractionEvent): void {
    const step = outbound.interaction.machine.transition(this.interaction, event);
    if (!step.ok) throw new Error(`interaction ${event.type}: ${step.error.code} ${step.error.message}`);
    this.interaction = step.state;
    for (const x of step.effects) {
      if (x.type === 'send-request') this.toBridge({ type: 'send', at: event.at, request: x.request });
      else this.interactionEffects.push(x);
    }
  }

  /** An event for the campaigns machine. */
  campaign(event: outbound.campaigns.CampaignsEvent): void {
    const step = outbound.campaigns.machine.transition(this.campaigns, event);
    if (!step.ok) throw new Error(`campaigns ${event.type}: ${step.error.code} ${step.error.message}`);
    this.campaigns = step.state;
    this.campaignEffects.push(...step.effects);
  }

  /** An event for the logout machine (started on first use). */
  toLogout(event: logout.LogoutEvent, start?: logout.LogoutInput): void {
    if (this.logout === null) {
      const s = logout.machine.start(start ?? { at: event.at, campaign: { mode: 'predictive', running: true } });
      if (!s.ok) throw new Error(`logout start: ${s.error.code} ${s.error.message}`);
      this.logout = s.state;
    }
    const step = logout.machine.transition(this.logout, event);
    if (!step.ok) throw new Error(`logout ${event.type}: ${step.error.code} ${step.error.message}`);
    this.logout = step.state;
    for (const x of step.effects) {
      if (x.type === 'send-request' && x.request.kind === 'logout') this.toBridge({ type: 'send-logout', at: event.at, requestId: x.request.requestId });
      else this.logoutEffects.push(x);
    }
  }

  /** A user event from OCS (unsolicited, or released from `hold`). */
  fromOcs(data: Record<string, string | number>, at: number): genesys.ocs.BridgeEffect[] {
    return this.toBridge({ type: 'user-event', at, data });
  }

  toBridge(event: genesys.ocs.BridgeEvent): genesys.ocs.BridgeEffect[] {
    const step = genesys.ocs.machine.transition(this.bridge, event);
    if (!step.ok) throw new Error(`bridge ${event.type}: ${step.error.code} ${step.error.message} ${step.error.path ?? ''}`);
    this.bridge = step.state;
    // The contract's laws on every state reached: deeply frozen, and restore(JSON) gives it back.
    if (!Object.isFrozen(step.state) || !Object.isFrozen(step.state.pending)) throw new Error('bridge state not frozen');
    const restored = genesys.ocs.machine.restore(JSON.parse(JSON.stringify(step.state)));
    if (!restored.ok || !isDeepStrictEqual(restored.value, step.state)) throw new Error(`bridge restore: ${restored.ok ? 'differs' : (restored.error.path ?? restored.error.message)}`);
    for (const x of step.effects) this.run(x, event.at);
    return [...step.effects];
  }

  private run(x: genesys.ocs.BridgeEffect, at: number): void {
    switch (x.type) {
      case 'send-wire': {
        this.sent.push(x.pairs);
        const answers = this.ocs.handle(x.pairs);
        if (this.hold !== null) this.hold.push(...answers);
        else for (const a of answers) this.fromOcs(a, at);
        return;
      }
      case 'deliver':
        if (x.to === 'interaction') this.agent(x.event);
        else if (x.to === 'campaigns') this.campaign(x.event);
        else if (x.to === 'host') this.hostAnswers.push(x.event);
        else this.toLogout(x.event);
        return;
      case 'notify':
        this.notices.push(x.message);
        return;
      case 'wake':
        return; // the transcripts send ticks themselves
    }
  }
}
