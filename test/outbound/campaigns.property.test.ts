import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const M = outbound.campaigns.machine;
const names = ['Sales', 'Renewals'];
const groups = ['Team A', 'Team B', 'Other'];
const mode = fc.constantFrom(...outbound.dialingModes, 'turbo');
const eventArb = fc.oneof(
  fc.record({ type: fc.constantFrom('login', 'logout') }),
  fc.record({ type: fc.constantFrom('campaign-loaded', 'campaign-started', 'campaign-stopped', 'campaign-unloaded', 'campaign-mode-changed'), campaign: fc.constantFrom(...names), group: fc.constantFrom(...groups), mode }, { requiredKeys: ['type', 'campaign', 'group'] }),
  fc.record({ type: fc.constant('dismiss-warning'), id: fc.constantFrom('warning-1', 'warning-2', 'warning-3') }),
);

function first(groups: string[]): outbound.campaigns.CampaignsState {
  const started = M.start({ at: 0, groups });
  if (!started.ok) throw new Error(started.error.code);
  return started.state;
}

describe('campaigns machine, model-based', () => {
  it('agrees with a simple model of running campaigns, warnings and mode rules', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventArb, fc.nat(5)), { maxLength: 40 }), (script) => {
        let state = first(['Team A', 'Team B']);
        let at = 0;
        const model = new Map<string, { mode: string; running: boolean }>();
        let loggedIn = false;
        for (const [raw, dt] of script) {
          at += dt;
          const event = { ...raw, at } as unknown as outbound.campaigns.CampaignsEvent;
          const before = state;
          const step = M.transition(state, event);
          if (!step.ok) {
            expect(step.state).toBe(before);
            expect(step.effects).toEqual([]);
            continue;
          }
          state = step.state;
          const e = raw as { type: string; campaign?: string; group?: string; mode?: string };
          const key = `${e.campaign ?? ''}|${e.group ?? ''}`;
          const known = model.get(key);
          const shown = step.effects.filter((x) => x.type === 'show-campaign-warning');
          switch (e.type) {
            case 'login': loggedIn = true; expect(shown.length).toBe([...model.values()].filter((c) => c.running).length); break;
            case 'logout': loggedIn = false; break;
            case 'campaign-loaded': model.set(key, { mode: e.mode ?? '', running: false }); break;
            case 'campaign-started':
              expect(known?.running ?? false).toBe(false);
              model.set(key, { mode: known?.mode ?? e.mode ?? '', running: true });
              expect(shown.length).toBe(loggedIn ? 1 : 0);
              break;
            case 'campaign-stopped': expect(known?.running).toBe(true); model.set(key, { mode: known?.mode ?? '', running: false }); break;
            case 'campaign-unloaded': model.delete(key); break;
            case 'campaign-mode-changed': {
              // The server is the authority: a notice outside the run-time rules is recorded too.
              model.set(key, { mode: e.mode ?? '', running: known?.running ?? false });
              break;
            }
          }
          expect(e.group === undefined || e.group !== 'Other').toBe(true);
          const negotiated = loggedIn && [...model.values()].some((c) => c.running && outbound.requiresNegotiatedLogout(c.mode as outbound.DialingMode));
          expect(outbound.campaigns.inNegotiatedCampaign(state, state.lastAt)).toBe(negotiated);
          expect(state.loggedIn).toBe(loggedIn);
          expect(outbound.campaigns.myCampaigns(state, state.lastAt).length).toBe(loggedIn ? model.size : 0);
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          expect(Object.isFrozen(state)).toBe(true);
          for (const w of state.warnings) expect(state.campaigns.some((c) => c.campaign === w.campaign && c.group === w.group && c.status === 'running')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('campaigns machine on untrusted events', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('login', 'logout', 'campaign-loaded', 'campaign-started', 'campaign-stopped', 'campaign-unloaded', 'campaign-mode-changed', 'dismiss-warning', 'constructor'), fc.dictionary(fc.constantFrom('campaign', 'group', 'mode', 'id'), fc.anything()), fc.nat(10)), { maxLength: 30 }), fc.anything(), (script, junk) => {
        let state = first(['Team A']);
        let at = 0;
        expect(M.transition(state, junk as outbound.campaigns.CampaignsEvent).ok).toBe(false);
        for (const [type, fields, dt] of script) {
          at += dt;
          state = M.transition(state, { ...fields, type, at } as unknown as outbound.campaigns.CampaignsEvent).state;
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        }
      }),
      { numRuns: 200 },
    );
  });
});
