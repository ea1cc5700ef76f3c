import type { LogoutCode } from './codes.js';
import { ownField } from '../core/guards.js';
import { rejection, type Rejection } from '../core/rejection.js';
import type { LogoutCampaign, LogoutSource } from './state.js';
import { readCampaign } from './start.js';

/** A non-tick event whose fields have been checked, in the shape the rules use. */
export type ReadEvent =
  | { readonly type: 'logout-requested'; readonly source: LogoutSource }
  | { readonly type: 'logout-delay'; readonly seconds: number; readonly requestId: string | undefined }
  | { readonly type: 'request-acknowledged'; readonly requestId: string }
  | { readonly type: 'message-dismissed' }
  | { readonly type: 'interaction-started' }
  | { readonly type: 'interaction-ended' }
  | { readonly type: 'campaign-changed'; readonly campaign: LogoutCampaign }
  | { readonly type: 'request-failed'; readonly requestId: string; readonly reason: string | null }
  | { readonly type: 'exit-anyway' };

const DISMISSED: ReadEvent = { type: 'message-dismissed' };
const STARTED: ReadEvent = { type: 'interaction-started' };
const ENDED: ReadEvent = { type: 'interaction-ended' };
const EXIT: ReadEvent = { type: 'exit-anyway' };

function badField(type: string, field: string, value: unknown): Rejection<LogoutCode> {
  return rejection('invalid-event', `'${type}' has a missing or invalid \`${field}\` (see LogoutEvent).`, { field, value }, `$.${field}`);
}

/** The optional `requestId` of `logout-delay`: absent, or a string. */
function readOptionalId(raw: Readonly<Record<string, unknown>>, type: string): string | undefined | Rejection<LogoutCode> {
  const id = ownField(raw, 'requestId');
  if (id === undefined || (typeof id === 'string' && id.length <= 255)) return id;
  return badField(type, 'requestId', id);
}

/** The `requestId` a reply must carry: a string of at most 255 characters. */
function readReplyId(raw: Readonly<Record<string, unknown>>, type: string): string | Rejection<LogoutCode> {
  const id = ownField(raw, 'requestId');
  if (typeof id === 'string' && id.length <= 255) return id;
  return badField(type, 'requestId', id);
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
      const requestId = readOptionalId(raw, type);
      if (typeof requestId === 'object') return requestId;
      return { type, seconds, requestId };
    }
    case 'request-acknowledged': {
      const requestId = readReplyId(raw, type);
      if (typeof requestId === 'object') return requestId;
      return { type, requestId };
    }
    case 'request-failed': {
      const requestId = readReplyId(raw, type);
      if (typeof requestId === 'object') return requestId;
      const reason = ownField(raw, 'reason');
      if (reason !== undefined && typeof reason !== 'string') return badField(type, 'reason', reason);
      const text = reason === undefined || reason.trim() === '' ? null : reason.trim().slice(0, 500);
      return { type, requestId, reason: text };
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
      return rejection('unknown-event', `Unknown logout event type (a string of ${type.length} characters).`, undefined, '$.type');
  }
}
