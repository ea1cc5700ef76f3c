import { describe, expect, it } from 'vitest';
import { logout, outbound } from '../../src/index.js';

const M = outbound.campaigns.machine;
type S = outbound.campaigns.CampaignsState;

function run(state: S, ...events: outbound.campaigns.CampaignsEvent[]): S {
  let s = state;
  for (const e of events) {
    const step = M.transition(s, e);
    if (!step.ok) throw new Error(`${e.type}: ${step.error.code}`);
    s = step.state;
  }
  return s;
}
const start = () => {
  const step = M.start({ at: 0, groups: ['Team A', 'Team B'] });
  if (!step.ok) throw new Error('start');
  return step.state;
};
const notice = (type: outbound.campaigns.CampaignNoticeEvent['type'] | 'campaign-mode-changed', at: number, campaign: string, mode?: string, group = 'Team A'): outbound.campaigns.CampaignsEvent =>
  (mode === undefined ? { type, at, campaign, group } : { type, at, campaign, group, mode }) as outbound.campaigns.CampaignsEvent;

describe('campaigns machine', () => {
  it('refuses bad input', () => {
    expect(M.start({ at: -1, groups: [] }).ok).toBe(false);
    expect(M.start({ at: 0, groups: [1] } as unknown as outbound.campaigns.CampaignsInput).ok).toBe(false);
  });

  it('warns when an assigned campaign starts while logged in, and lists My Campaigns', () => {
    let s = run(start(), { type: 'login', at: 1 }, notice('campaign-loaded', 2, 'Renewals', 'preview'));
    expect(outbound.campaigns.myCampaigns(s, s.lastAt)).toEqual([{ campaign: 'Renewals', group: 'Team A', mode: 'preview', status: 'loaded', label: 'Loaded', since: 2 }]);
    const step = M.transition(s, notice('campaign-started', 3, 'Renewals'));
    expect(step.ok).toBe(true);
    expect(step.effects[0]).toEqual({ type: 'show-campaign-warning', warning: { id: 'warning-1', campaign: 'Renewals', group: 'Team A', mode: 'preview', reason: 'started', at: 3 } });
    s = step.state;
    expect(outbound.campaigns.myCampaigns(s, s.lastAt)[0]).toMatchObject({ label: 'Started', since: 3 });
    expect(outbound.campaigns.inNegotiatedCampaign(s, s.lastAt)).toBe(false);
    const dismissed = M.transition(s, { type: 'dismiss-warning', at: 4, id: 'warning-1' });
    expect(dismissed.effects).toEqual([{ type: 'hide-campaign-warning', id: 'warning-1' }]);
    expect(dismissed.state.warnings).toEqual([]);
    expect(M.transition(dismissed.state, { type: 'dismiss-warning', at: 5, id: 'warning-1' }).ok).toBe(false);
  });

  it('warns at login for campaigns that started before', () => {
    const s = run(start(), notice('campaign-started', 1, 'Sales', 'predictive'), notice('campaign-loaded', 2, 'Other', 'preview', 'Team B'));
    expect(outbound.campaigns.myCampaigns(s, s.lastAt)).toEqual([]);
    const step = M.transition(s, { type: 'login', at: 3 });
    expect(step.effects).toEqual([
      { type: 'show-campaign-warning', warning: { id: 'warning-1', campaign: 'Sales', group: 'Team A', mode: 'predictive', reason: 'started-before-login', at: 3 } },
      { type: 'negotiated-logout-changed', negotiated: true, campaign: { mode: 'predictive', running: true } },
    ]);
    expect(outbound.campaigns.myCampaigns(step.state, step.state.lastAt).map((r) => r.campaign)).toEqual(['Sales', 'Other']);
  });

  it('tracks negotiated logout through stop, start and unload', () => {
    let s = run(start(), { type: 'login', at: 1 }, notice('campaign-loaded', 2, 'Sales', 'progressive'));
    expect(outbound.campaigns.logoutCampaign(s, s.lastAt)).toEqual({ mode: 'progressive', running: false });
    const started = M.transition(s, notice('campaign-started', 3, 'Sales'));
    expect(started.effects.at(-1)).toEqual({ type: 'negotiated-logout-changed', negotiated: true, campaign: { mode: 'progressive', running: true } });
    s = started.state;
    expect(outbound.campaigns.inNegotiatedCampaign(s, s.lastAt)).toBe(true);
    const stopped = M.transition(s, notice('campaign-stopped', 4, 'Sales'));
    expect(stopped.effects).toEqual([
      { type: 'hide-campaign-warning', id: 'warning-1' },
      { type: 'negotiated-logout-changed', negotiated: false, campaign: { mode: 'progressive', running: false } },
    ]);
    expect(outbound.campaigns.inNegotiatedCampaign(stopped.state, stopped.state.lastAt)).toBe(false);
    s = run(stopped.state, notice('campaign-unloaded', 5, 'Sales'));
    expect(outbound.campaigns.logoutCampaign(s, s.lastAt)).toBeNull();
    expect(outbound.campaigns.myCampaigns(s, s.lastAt)).toEqual([]);
  });

  it('records every mode-change notice, and says whether it keeps the run-time switch rules', () => {
    let s = run(start(), notice('campaign-started', 1, 'Sales', 'predictive'));
    const fast = M.transition(s, notice('campaign-mode-changed', 2, 'Sales', 'progressive'));
    expect(fast.effects).toContainEqual({ type: 'campaign-mode-changed', campaign: 'Sales', group: 'Team A', from: 'predictive', to: 'progressive', running: true, withinRules: true });
    s = run(fast.state, notice('campaign-mode-changed', 3, 'Sales', 'predictive-with-seizing'));
    for (const to of ['preview', 'push-preview', 'power']) {
      const r = M.transition(s, notice('campaign-mode-changed', 4, 'Sales', to));
      expect(r.ok).toBe(true);
      expect(r.state.campaigns[0]?.mode).toBe(to);
      expect(r.effects).toContainEqual(expect.objectContaining({ type: 'campaign-mode-changed', from: 'predictive-with-seizing', to, withinRules: false }));
    }
    expect(!M.transition(s, notice('campaign-mode-changed', 4, 'Sales', 'predictive-with-seizing')).ok).toBe(true);
    s = run(s, notice('campaign-stopped', 5, 'Sales'));
    const stopped = M.transition(s, notice('campaign-mode-changed', 6, 'Sales', 'preview'));
    expect(stopped.effects).toContainEqual(expect.objectContaining({ from: 'predictive-with-seizing', to: 'preview', running: false, withinRules: true }));
    s = run(stopped.state, notice('campaign-started', 7, 'Sales'));
    expect(s.campaigns[0]).toMatchObject({ mode: 'preview', status: 'running' });
    const back = M.transition(s, notice('campaign-mode-changed', 8, 'Sales', 'predictive'));
    expect(back.ok && back.effects).toContainEqual(expect.objectContaining({ withinRules: false }));
  });

  it.each([
    [notice('campaign-stopped', 1, 'Nope'), 'unknown-campaign'],
    [notice('campaign-loaded', 1, 'X'), 'invalid-mode'],
    [notice('campaign-loaded', 1, 'X', 'turbo'), 'invalid-mode'],
    [notice('campaign-loaded', 1, 'X', 'preview', 'Team Z'), 'not-assigned'],
    [{ type: 'logout', at: 1 }, 'not-logged-in'],
    [{ type: 'campaign-exploded', at: 1 }, 'unknown-event'],
    [{ type: 'login', at: Number.NaN }, 'invalid-instant'],
    [{ type: 'campaign-loaded', at: 1, campaign: '', group: 'Team A', mode: 'preview' }, 'invalid-event'],
  ])('refuses %o with %s, same state', (event, code) => {
    const s = start();
    const step = M.transition(s, event as outbound.campaigns.CampaignsEvent);
    expect(step.ok).toBe(false);
    expect(step.state).toBe(s);
    if (!step.ok) expect(step.error.code).toBe(code);
  });

  it('refuses contradicting notices and logout hides warnings', () => {
    let s = run(start(), { type: 'login', at: 1 }, notice('campaign-started', 2, 'Sales', 'predictive'));
    expect(!M.transition(s, notice('campaign-started', 3, 'Sales')).ok).toBe(true);
    expect(!M.transition(s, notice('campaign-loaded', 3, 'Sales', 'predictive')).ok).toBe(true);
    expect(!M.transition(s, { type: 'login', at: 3 }).ok).toBe(true);
    const out = M.transition(s, { type: 'logout', at: 4 });
    expect(out.effects[0]).toEqual({ type: 'hide-campaign-warning', id: 'warning-1' });
    s = out.state;
    expect(s.warnings).toEqual([]);
    expect(outbound.campaigns.inNegotiatedCampaign(s, s.lastAt)).toBe(false);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(Object.isFrozen(s.campaigns[0])).toBe(true);
  });
});

describe('hand-off to dialdesk/logout', () => {
  it('logoutCampaign starts the logout machine and each negotiated-logout-changed effect feeds its campaign-changed event', () => {
    let s = run(start(), { type: 'login', at: 1 }, notice('campaign-loaded', 2, 'Sales', 'preview'));
    const campaign = outbound.campaigns.logoutCampaign(s, s.lastAt);
    if (campaign === null) throw new Error('expected a campaign');
    const first = logout.machine.start({ at: 2, campaign });
    if (!first.ok) throw new Error('refused');
    let l: ReturnType<typeof logout.machine.transition> = first;
    const started = M.transition(s, notice('campaign-started', 3, 'Sales'));
    s = started.state;
    const switched = M.transition(s, notice('campaign-stopped', 4, 'Sales'));
    for (const [step, at] of [[started, 3], [switched, 4]] as const) {
      for (const effect of step.effects) {
        if (effect.type !== 'negotiated-logout-changed' || effect.campaign === null) continue;
        l = logout.machine.transition(l.state, { type: 'campaign-changed', at, mode: effect.campaign.mode, running: effect.campaign.running });
        expect(l.ok).toBe(true);
        expect(l.state.campaign).toEqual(effect.campaign);
      }
    }
    expect(l.state.campaign).toEqual({ mode: 'preview', running: false });
  });
});
