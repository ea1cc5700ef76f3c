import { fail, ok, type Result } from '../core/index.js';
import { isCallResult, type CallResult } from '../outbound/records/index.js';
import type { OutboundPermission } from '../outbound/interaction/index.js';
import type { CallbackType } from '../outbound/index.js';

/**
 * The machine configurations a Workspace Desktop Edition deployment implies.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const r = genesys.workspaceOptions({ 'outbound.treatment-mode': 'personal' });
 * if (r.ok) { const c: genesys.WorkspaceConfig = r.value; c.outbound.treatmentMode; }
 * ```
 */
export interface WorkspaceConfig {
  /** For `outbound.interaction.machine` and the reschedule view. */
  readonly outbound: {
    /** Granted by the outbound privileges (plus `request-preview`, `decline`, `update-fields`, always). */
    readonly permissions: readonly OutboundPermission[];
    /** May reschedule on a new number (`privilege.outbound.can-reschedule-on-new-number`). */
    readonly rescheduleOnNewNumber: boolean;
    /** The callback types offered (`outbound.callback-types`). */
    readonly callbackTypes: readonly CallbackType[];
    /** Treatment applied on mark processed (`outbound.treatment-mode`). */
    readonly treatmentMode: 'none' | 'personal' | 'campaign';
    /** The call result selected by default, or `null`: keep the record's own (`outbound.call-result-automatically-selected`). */
    readonly defaultCallResult: CallResult | null;
    /** `maxPreviewRecords`: at least 1, or -1 for no limit. */
    readonly maxPreviewRecords: number;
    /** `timedPreviewAutoDial` seconds, 0 for off. */
    readonly timedPreviewAutoDial: number;
    /** Push preview records are accepted automatically (`outbound.push-preview.auto-answer`). */
    readonly pushPreviewAutoAnswer: boolean;
  };
  /** For `logout.machine`'s input. */
  readonly logout: {
    /** `logout.enable-exit-on-logoff-error`: the agent may exit when the server refuses the logout. */
    readonly exitOnError: boolean;
  };
  /** For the web callback: the queue a rescheduled web callback goes to, `null` for the local notification. */
  readonly webcallback: {
    /** `webcallback.reschedule-queue`: where the server re-delivers a rescheduled web callback, or `null` for the local notification. */
    readonly rescheduleQueue: string | null;
  };
}

/**
 * Each key read, with its documented default (the value used when the key is absent). Sources: Workspace
 * Desktop Edition Deployment Guide, option reference (docs.genesys.com/Documentation/IW/latest/Dep/
 * OutboundOptions, .../WebCallbackInteractions, .../LogoutOptions); Workspace Web Edition (GWS 8.5.2
 * IWWDep IntOutboundCampaigns) for `max-simultaneous-preview-record`. Rows marked "not confirmed" could
 * not be checked against the reference and hold an assumed value.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.workspaceOptionDefaults['outbound.treatment-mode']; // 'none'
 * ```
 */
export const workspaceOptionDefaults: Readonly<Record<string, string>> = Object.freeze({
  // Not confirmed in the option reference text available here: assumed both types offered.
  'outbound.callback-types': 'personal,campaign',
  // Confirmed: "Default Value: none" (WDE OutboundOptions).
  'outbound.treatment-mode': 'none',
  // Confirmed: empty; "If set to an empty value, the current call result of the outbound record is selected".
  'outbound.call-result-automatically-selected': '',
  // Confirmed: "Default Value: -1"; "A 0 or a negative value indicates no limit".
  'outbound.preview.max-simultaneous-preview-record': '-1',
  // Not confirmed: assumed off (-1).
  'outbound.timed-preview-auto-dial': '-1',
  // Not confirmed: assumed false.
  'outbound.push-preview.auto-answer': 'false',
  // Privileges: granted through roles; not confirmed as options with a default here: assumed false.
  'privilege.outbound.can-reject-record': 'false',
  'privilege.outbound.can-cancel-record': 'false',
  'privilege.outbound.can-mark-do-not-call': 'false',
  'privilege.outbound.can-reschedule': 'false',
  'privilege.outbound.can-reschedule-on-new-number': 'false',
  'privilege.outbound.can-dial-alternative-chained-record': 'false',
  'privilege.outbound.can-set-call-result': 'false',
  // Not confirmed: assumed false (the agent may not exit after a failed logoff).
  'logout.enable-exit-on-logoff-error': 'false',
  // Confirmed: "Default Value:" empty; "Specifies the Interaction Queue in which Web Callback interactions
  // are placed when an agent reschedules one and marks it as processed" (WDE Deployment Guide,
  // docs.genesys.com/Documentation/IW/latest/Dep/WebCallbackInteractions).
  'webcallback.reschedule-queue': '',
  // The negotiated logout wait: no Workspace option for it was found (searched the WDE option pages for
  // outbound, logout and web callback, and the WWE outbound page). The wait comes from OCS's logout
  // answer instead (genesys.ocs: `keys.logoutDelay`), and `logout.machine`'s `maxDelayMs` caps it.
});

/**
 * Codes of {@link workspaceOptions}: `invalid-option` (the key is in `path`, `$['outbound.treatment-mode']`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.WorkspaceOptionsCode = 'invalid-option';
 * ```
 */
export type WorkspaceOptionsCode = 'invalid-option';

type Read<T> = T | { readonly bad: string };

function bool(v: string): Read<boolean> {
  const t = v.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : { bad: 'must be true or false' };
}

function integer(v: string): Read<number> {
  const t = v.trim();
  return /^-?\d{1,9}$/.test(t) ? Number(t) : { bad: 'must be an integer' };
}

const PRIVILEGES: readonly (readonly [string, OutboundPermission])[] = [
  ['privilege.outbound.can-reject-record', 'reject'],
  ['privilege.outbound.can-cancel-record', 'cancel'],
  ['privilege.outbound.can-mark-do-not-call', 'do-not-call'],
  ['privilege.outbound.can-reschedule', 'reschedule'],
  ['privilege.outbound.can-dial-alternative-chained-record', 'dial-chain'],
  ['privilege.outbound.can-set-call-result', 'set-call-result'],
];

/**
 * Reads the `interaction-workspace` options as a deployment writes them (strings; absent keys take their
 * documented default, {@link workspaceOptionDefaults}) and returns the machine configurations they imply.
 * A bad value is refused with `invalid-option` and the key as the path. Never throws.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const r = genesys.workspaceOptions({ 'outbound.timed-preview-auto-dial': '15', 'logout.enable-exit-on-logoff-error': 'true' });
 * if (r.ok) r.value.outbound.timedPreviewAutoDial; // 15
 * genesys.workspaceOptions({ 'outbound.treatment-mode': 'always' }).ok; // false, path $['outbound.treatment-mode']
 * ```
 */
export function workspaceOptions(options: unknown): Result<WorkspaceConfig, WorkspaceOptionsCode> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return fail('invalid-option', 'The options must be an object of key to string value.', undefined, '$');
  const raw = options as Readonly<Record<string, unknown>>;
  let problem: { key: string; why: string } | undefined;
  const get = (key: string): string => {
    const own = Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
    if (own === undefined) return workspaceOptionDefaults[key] ?? '';
    if (typeof own !== 'string') {
      problem ??= { key, why: `must be a string, not ${own === null ? 'null' : typeof own}` };
      return workspaceOptionDefaults[key] ?? '';
    }
    return own;
  };
  const read = <T>(key: string, f: (v: string) => Read<T>, fallback: T): T => {
    const r = f(get(key));
    if (typeof r === 'object' && r !== null && 'bad' in r) {
      problem ??= { key, why: r.bad };
      return fallback;
    }
    return r;
  };
  const callbackTypes = read<CallbackType[]>('outbound.callback-types', (v) => {
    const parts = v.split(',').map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length === 0 || !parts.every((p) => p === 'personal' || p === 'campaign')) return { bad: 'must list personal and/or campaign' };
    return [...new Set(parts as CallbackType[])];
  }, []);
  const treatmentMode = read('outbound.treatment-mode', (v): Read<'none' | 'personal' | 'campaign'> => {
    const t = v.trim();
    return t === 'none' || t === 'personal' || t === 'campaign' ? t : { bad: 'must be none, personal or campaign' };
  }, 'none' as const);
  const defaultCallResult = read('outbound.call-result-automatically-selected', (v): Read<CallResult | null> => {
    const t = v.trim();
    if (t === '') return null;
    return isCallResult(t) ? t : { bad: 'must be empty or a call result name' };
  }, null);
  const max = read('outbound.preview.max-simultaneous-preview-record', integer, -1);
  const timed = read('outbound.timed-preview-auto-dial', integer, -1);
  if (timed > 86_400) problem ??= { key: 'outbound.timed-preview-auto-dial', why: 'must be at most 86400 seconds' };
  const pushPreviewAutoAnswer = read('outbound.push-preview.auto-answer', bool, false);
  const granted: OutboundPermission[] = ['request-preview', 'decline', 'update-fields'];
  for (const [key, permission] of PRIVILEGES) if (read(key, bool, false)) granted.push(permission);
  const rescheduleOnNewNumber = read('privilege.outbound.can-reschedule-on-new-number', bool, false);
  const exitOnError = read('logout.enable-exit-on-logoff-error', bool, false);
  const queue = get('webcallback.reschedule-queue').trim();
  if (problem !== undefined) {
    return fail('invalid-option', `Option ${problem.key} ${problem.why}.`, { key: problem.key }, `$['${problem.key}']`);
  }
  return ok(Object.freeze({
    outbound: Object.freeze({
      permissions: Object.freeze(granted),
      rescheduleOnNewNumber,
      callbackTypes: Object.freeze(callbackTypes),
      treatmentMode,
      defaultCallResult,
      maxPreviewRecords: max <= 0 ? -1 : max,
      timedPreviewAutoDial: Math.max(0, timed),
      pushPreviewAutoAnswer,
    }),
    logout: Object.freeze({ exitOnError }),
    webcallback: Object.freeze({ rescheduleQueue: queue === '' ? null : queue.slice(0, 255) }),
  }));
}
