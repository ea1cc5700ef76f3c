import * as d from '../../core/decode.js';
import { defineMachine } from '../../core/define.js';
import { commonCodes, type CommonCode } from '../../core/codes.js';
import type { Machine } from '../../core/machine.js';
import type { TickEvent } from '../../core/effects.js';
import { fail, ok, type Result } from '../../core/result.js';
import { dialingModes } from '../../core/internal.js';
import { campaignsCodes, type CampaignsCode } from './types.js';
import {
  accept,
  checkEnvelope,
  deepFreeze,
  isInstant,
  isRecord,
  ownField,
  refuse,
  refuseWith,
  requestId,
  type Step,
} from '../../core/internal.js';
import type { DialingMode } from '../../core/internal.js';
import { checkModeChange } from './mode-change.js';
import { inNegotiatedCampaign, logoutCampaign } from './selectors.js';
import type {
  CampaignEntry,
  CampaignsEffect,
  CampaignsEvent,
  CampaignsInput,
  CampaignsState,
  CampaignWarning,
  CampaignWarningReason,
} from './types.js';

type S = CampaignsState;
type X = CampaignsEffect;

function startCampaigns(input: CampaignsInput): Step<S, X> {
  const empty: S = deepFreeze({ version: 1, lastAt: 0, groups: [], loggedIn: false, campaigns: [], warnings: [], warningSeq: 0 });
  if (!isRecord(input) || !isInstant(ownField(input, 'at'))) return refuse(empty, 'invalid-input', '`at` must be an epoch-millisecond instant.');
  // Read with the decoder `restore` uses, so that every state `start` makes can be saved and restored.
  const groups = d.run(groupList, ownField(input, 'groups'), '$.groups');
  if (groups instanceof d.Problem) return refuseWith(empty, d.rejectionOf('invalid-input', groups));
  return accept(deepFreeze({ ...empty, lastAt: input.at, groups: [...groups] }));
}

function warn(state: S, c: CampaignEntry, reason: CampaignWarningReason, at: number): [S, CampaignWarning] {
  const seq = state.warningSeq + 1;
  const warning: CampaignWarning = { id: requestId('warning', seq), campaign: c.campaign, group: c.group, mode: c.mode, reason, at };
  return [{ ...state, warningSeq: seq, warnings: [...state.warnings, warning] }, warning];
}

function withLogoutNotice(before: S, after: S, effects: X[]): X[] {
  const was = logoutCampaign(before);
  const now = logoutCampaign(after);
  if (was?.mode === now?.mode && was?.running === now?.running) return effects;
  return [...effects, { type: 'negotiated-logout-changed', negotiated: inNegotiatedCampaign(after), campaign: now }];
}

function done(before: S, after: S, effects: X[] = []): Step<S, X> {
  return accept(deepFreeze(after), withLogoutNotice(before, after, effects));
}

function hideFor(state: S, campaign: string, group: string): [CampaignWarning[], X[]] {
  const keep = state.warnings.filter((w) => w.campaign !== campaign || w.group !== group);
  const hidden = state.warnings.filter((w) => !keep.includes(w));
  return [keep, hidden.map((w): X => ({ type: 'hide-campaign-warning', id: w.id }))];
}

/** A campaign or group name: what `restore` accepts, so that an accepted name can always be restored. */
const name = d.string({ min: 1, max: 1_000 });
const groupList = d.array(name, { max: 1_000 });
const mode = d.literal(...dialingModes);
const noticeNames = d.object({ campaign: name, group: name });
const warningId = d.string({ max: 200 });

function transitionCampaigns(state: S, event: CampaignsEvent): Step<S, X> {
  const bad = checkEnvelope(event, state.lastAt);
  if (bad) return refuseWith(state, bad);
  const e = event as unknown as Readonly<Record<string, unknown>>;
  const at = event.at;
  const base: S = { ...state, lastAt: at };
  switch (event.type) {
    case 'login': {
      if (state.loggedIn) return refuse(state, 'already-logged-in', 'The agent is already logged in.');
      let next: S = { ...base, loggedIn: true };
      const effects: X[] = [];
      for (const c of state.campaigns) {
        if (c.status !== 'running') continue;
        const [s, w] = warn(next, c, 'started-before-login', at);
        next = s;
        effects.push({ type: 'show-campaign-warning', warning: w });
      }
      return done(state, next, effects);
    }
    case 'logout': {
      if (!state.loggedIn) return refuse(state, 'not-logged-in', 'The agent is not logged in.');
      const effects = state.warnings.map((w): X => ({ type: 'hide-campaign-warning', id: w.id }));
      return done(state, { ...base, loggedIn: false, warnings: [] }, effects);
    }
    case 'dismiss-warning': {
      const id = d.run(warningId, ownField(e, 'id'), '$.id');
      if (id instanceof d.Problem) return refuseWith(state, d.rejectionOf('invalid-event', id));
      if (!state.warnings.some((w) => w.id === id)) return refuse(state, 'unknown-warning', `No warning with that id (${d.describe(id)}).`, { id });
      return done(state, { ...base, warnings: state.warnings.filter((w) => w.id !== id) }, [{ type: 'hide-campaign-warning', id }]);
    }
    case 'campaign-loaded':
    case 'campaign-started':
    case 'campaign-stopped':
    case 'campaign-unloaded':
    case 'campaign-mode-changed':
      return campaignNotice(state, base, e, event.type, at);
    default:
      return refuse(state, 'unknown-event', `Unknown event type (${d.describe(ownField(e, 'type'))}).`);
  }
}

function campaignNotice(state: S, base: S, e: Readonly<Record<string, unknown>>, type: CampaignsEvent['type'], at: number): Step<S, X> {
  const names = d.run(noticeNames, e);
  if (names instanceof d.Problem) return refuseWith(state, d.rejectionOf('invalid-event', names));
  const { campaign, group } = names;
  if (!state.groups.includes(group)) return refuse(state, 'not-assigned', `The agent is not in group ${group}.`, { group });
  // The mode is compared with the known modes only: never printed, copied or walked (it may be deep or a bigint).
  const read = d.run(d.optional(mode), ownField(e, 'mode'), '$.mode');
  if (read instanceof d.Problem) return refuseWith(state, d.rejectionOf('invalid-mode', read));
  const dialingMode: DialingMode | undefined = read;
  const index = state.campaigns.findIndex((c) => c.campaign === campaign && c.group === group);
  const known = index >= 0 ? state.campaigns[index] : undefined;
  const replace = (c: CampaignEntry): CampaignEntry[] => state.campaigns.map((x, i) => (i === index ? c : x));

  if (type === 'campaign-loaded') {
    if (known) return refuse(state, 'campaign-already-loaded', `${campaign} is already loaded for ${group}.`);
    if (dialingMode === undefined) return refuse(state, 'invalid-mode', 'A loaded notice needs the dialing mode.');
    const entry: CampaignEntry = { campaign, group, mode: dialingMode, status: 'loaded', loadedAt: at, startedAt: null };
    return done(state, { ...base, campaigns: [...state.campaigns, entry] });
  }
  if (type === 'campaign-started') {
    if (known?.status === 'running') return refuse(state, 'campaign-already-running', `${campaign} is already running.`);
    if (!known && dialingMode === undefined) return refuse(state, 'invalid-mode', 'A start notice for an unknown campaign needs the dialing mode.');
    const entry: CampaignEntry = known
      ? { ...known, status: 'running', startedAt: at }
      : { campaign, group, mode: dialingMode as DialingMode, status: 'running', loadedAt: at, startedAt: at };
    let next: S = { ...base, campaigns: known ? replace(entry) : [...state.campaigns, entry] };
    const effects: X[] = [];
    if (state.loggedIn) {
      const [s, w] = warn(next, entry, 'started', at);
      next = s;
      effects.push({ type: 'show-campaign-warning', warning: w });
    }
    return done(state, next, effects);
  }
  if (!known) return refuse(state, 'unknown-campaign', `${campaign} is not loaded for ${group}.`, { campaign, group });
  if (type === 'campaign-stopped') {
    if (known.status !== 'running') return refuse(state, 'campaign-not-running', `${campaign} is not running.`);
    const [warnings, effects] = hideFor(state, campaign, group);
    return done(state, { ...base, warnings, campaigns: replace({ ...known, status: 'loaded', startedAt: null }) }, effects);
  }
  if (type === 'campaign-unloaded') {
    const [warnings, effects] = hideFor(state, campaign, group);
    return done(state, { ...base, warnings, campaigns: state.campaigns.filter((_, i) => i !== index) }, effects);
  }
  if (dialingMode === undefined) return refuse(state, 'invalid-mode', 'A mode change needs the new dialing mode.');
  // The server is the authority on its campaigns: a notice is recorded even when the switch is outside
  // the documented run-time rules (the server may know a table the desktop does not); `withinRules` says which.
  const change = checkModeChange(known.mode, dialingMode, known.status === 'running');
  if (!change.ok && change.error.code === 'same-mode') return refuseWith(state, change.error);
  const notice: X = { type: 'campaign-mode-changed', campaign, group, from: known.mode, to: dialingMode, running: known.status === 'running', withinRules: change.ok };
  return done(state, { ...base, campaigns: replace({ ...known, mode: dialingMode }) }, [notice]);
}

/**
 * The campaigns machine behind "My Campaigns": fed by the server's campaign notices (loaded, started,
 * stopped, unloaded, mode changed) and the agent's login, logout and warning dismissals. It keeps the
 * agent's loaded and running campaign groups, warns when one the agent is assigned to starts (and at
 * login for those that started before), enforces the runtime mode-change rules
 * ({@link checkModeChange}), and tells the host when negotiated logout starts or stops applying.
 * Codes: {@link CampaignsCode}.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const m = outbound.campaigns.machine;
 * const started = m.start({ at: 0, groups: ['Team A'] });
 * if (started.ok) {
 *   const s = m.transition(started.state, { type: 'campaign-started', at: 1, campaign: 'Renewals', group: 'Team A', mode: 'predictive' });
 *   m.transition(s.state, { type: 'login', at: 2 }).effects; // show-campaign-warning, negotiated-logout-changed
 * }
 * ```
 */
export const machine: Machine<CampaignsInput, CampaignsState, CampaignsEvent, CampaignsEffect, CampaignsCode | CommonCode | 'invalid-state'> = defineMachine<
  CampaignsInput,
  CampaignsState,
  CampaignsEvent,
  CampaignsEffect,
  CampaignsCode | CommonCode | 'invalid-state'
>({
  id: 'outbound.campaigns',
  codes: [...commonCodes, ...campaignsCodes, 'invalid-state'],
  start: startCampaigns,
  transition: transitionCampaigns as (state: CampaignsState, event: CampaignsEvent | TickEvent) => ReturnType<typeof transitionCampaigns>,
  restore: restoreCampaigns,
  lastAt: (state) => state.lastAt,
});

const saved = d.object({
  version: d.literal(1),
  lastAt: d.instant,
  groups: d.array(name, { max: 1_000 }),
  loggedIn: d.boolean,
  campaigns: d.array(
    d.object({ campaign: name, group: name, mode, status: d.literal('loaded', 'running'), loadedAt: d.instant, startedAt: d.nullable(d.instant) }),
    { max: 10_000 },
  ),
  warnings: d.array(
    d.object({ id: d.string({ max: 200 }), campaign: name, group: name, mode, reason: d.literal('started', 'started-before-login'), at: d.instant }),
    { max: 10_000 },
  ),
  warningSeq: d.integer(),
});

/** Checks a saved campaigns state (untrusted JSON); never throws. */
function restoreCampaigns(value: unknown): Result<CampaignsState, 'invalid-state'> {
  const read = d.run(saved, value);
  if (read instanceof d.Problem) return fail('invalid-state', `Not a saved campaigns state: ${read.message}`, undefined, read.path);
  return ok(deepFreeze(read));
}
