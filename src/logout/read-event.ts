import type { LogoutCode } from './codes.js';
import { ownField } from '../core/guards.js';
import { rejection, type Rejection } from '../core/rejection.js';
import type { LogoutCampaign, LogoutSource } from './state.js';
import { readCampaign } from './start.js';

/** A non-tick event whose fields have been checked, in the shape the rules use. */
export type ReadEvent =
  | { readonly type: 'logout-requested'; readonly source: LogoutSource }
  | { readonly type: 'logout-delay'; readonly seconds: number; readonly requestId: string | undefined }
  | { readonly type: 'logout-authorized'; readonly requestId: string | undefined }
  | { readonly type: 'message-dismissed' }
  | { readonly type: 'interaction-started' }
  | { readonly type: 'interaction-ended' }
  | { readonly type: 'campaign-changed'; readonly campaign: LogoutCampaign }
  | { readonly type: 'logout-failed'; readonly requestId: string | undefined; readonly message: string | null }
  | { readonly type: 'exit-anyway' };

const DISMISSED: ReadEvent = { type: 'message-dismissed' };
const STARTED: ReadEvent = { type: 'interaction-started' };
const ENDED: ReadEvent = { type: 'interaction-ended' };
const EXIT: ReadEvent = { type: 'exit-anyway' };

function badField(type: string, field: string, value: unknown): Rejection<LogoutCode> {
  return rejection('invalid-event', `'${type}' has a missing or invalid \`${field}\` (see LogoutEvent).`, { field, value });
}

/** The optional `requestId`: absent, or a string. */
function readRequestId(raw: Readonly<Record<string, unknown>>): string | undefined | Rejection<LogoutCode> {
  const id = ownField(raw, 'requestId');
  if (id === undefined || typeof id === 'string') return id;
  return badField(String(ownField(raw, 'type')), 'requestId', id);
}

/**
 * Reads the fields of an event (whose envelope is already checked) from untrusted data.
 * Unknown types are refused with `unknown-event`, missing or mistyped fields with `invalid-event`.
 */
export function readEvent(raw: Readonly<Record<string, unknown>>, type: string): ReadEvent | Rejection<LogoutCode> {
  switch (type) {
    case 'logout-requested': {
      const source = ownField(raw, 'source');
      if (source === 'main-window' || source === 'voice-channel') return { type, source };
      return badField(type, 'source', source);
    }
    case 'logout-delay': {
      const seconds = ownField(raw, 'seconds');
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        return badField(type, 'seconds', seconds);
      }
      const requestId = readRequestId(raw);
      if (typeof requestId === 'object') return requestId;
      return { type, seconds, requestId };
    }
    case 'logout-authorized': {
      const requestId = readRequestId(raw);
      if (typeof requestId === 'object') return requestId;
      return { type, requestId };
    }
    case 'logout-failed': {
      const requestId = readRequestId(raw);
      if (typeof requestId === 'object') return requestId;
      const message = ownField(raw, 'message');
      if (message !== undefined && typeof message !== 'string') return badField(type, 'message', message);
      const text = message === undefined || message.trim() === '' ? null : message.trim().slice(0, 500);
      return { type, requestId, message: text };
    }
    case 'exit-anyway':
      return EXIT;
    case 'message-dismissed':
      return DISMISSED;
    case 'interaction-started':
      return STARTED;
    case 'interaction-ended':
      return ENDED;
    case 'campaign-changed': {
      const mode = ownField(raw, 'mode');
      const running = ownField(raw, 'running');
      const campaign = readCampaign(mode, running);
      if (campaign !== undefined) return { type, campaign };
      return typeof running === 'boolean'
        ? badField(type, 'mode', mode)
        : badField(type, 'running', running);
    }
    default:
      return rejection('unknown-event', `Unknown logout event type '${type}'.`, { type });
  }
}
