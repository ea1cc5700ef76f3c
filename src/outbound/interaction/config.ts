import type { CallResult } from '../records/codes.js';
import type { FieldDeclaration } from '../records/fields.js';

/**
 * What an agent may do, each granted by the host from the agent's configuration:
 * - `request-preview`: ask for preview records.
 * - `reject`: send a record back to the top of the list (preview, or a connected automatic call).
 * - `decline`: decline a pushed preview record.
 * - `cancel`: remove a record from the campaign.
 * - `update-fields`: update the record's custom fields.
 * - `set-call-result`: choose the call result (otherwise the automatic default is sent).
 * - `reschedule`: schedule a callback.
 * - `dial-chain`: fetch the chain and dial another of the contact's numbers.
 * - `do-not-call`: mark the record or the chain do-not-call.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.interaction.outboundPermissions.length; // 9
 * ```
 */
export const outboundPermissions = Object.freeze([
  'request-preview',
  'reject',
  'decline',
  'cancel',
  'update-fields',
  'set-call-result',
  'reschedule',
  'dial-chain',
  'do-not-call',
] as const);

/**
 * One of the {@link outboundPermissions}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.interaction.OutboundPermission = 'do-not-call';
 * ```
 */
export type OutboundPermission = (typeof outboundPermissions)[number];

/**
 * One disposition code the agent may pick, with its label.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.interaction.Disposition = { code: 'SALE', label: 'Sale' };
 * ```
 */
export interface Disposition {
  /** The code sent with the processed request. */
  readonly code: string;
  /** What the agent sees. */
  readonly label: string;
}

/**
 * The configuration of an agent's outbound work (input of the interaction machine, kept in state).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const config: outbound.interaction.InteractionConfig = {
 *   permissions: ['request-preview', 'reject', 'set-call-result'],
 *   callResults: ['answer', 'busy', 'no-answer', 'answering-machine', 'wrong-party'],
 *   defaultCallResult: 'answer',
 *   dispositions: [{ code: 'SALE', label: 'Sale' }, { code: 'NOSALE', label: 'No sale' }],
 *   defaultDisposition: null,
 *   fields: [{ key: 'note', type: 'string' }],
 *   maxPreviewRecords: 1,
 * };
 * ```
 */
export interface InteractionConfig {
  /** Granted permissions; anything else is refused with `permission-denied`. */
  readonly permissions: readonly OutboundPermission[];
  /** Call results the agent may choose, in display order (non-empty). */
  readonly callResults: readonly CallResult[];
  /** Selected automatically when a contact answers (must be in `callResults`). */
  readonly defaultCallResult: CallResult;
  /** Disposition codes the agent may choose. */
  readonly dispositions: readonly Disposition[];
  /** Disposition selected automatically, or `null` for none. */
  readonly defaultDisposition: string | null;
  /** The calling list's custom fields. */
  readonly fields: readonly FieldDeclaration[];
  /**
   * How many preview records the agent may hold at once (requested ones included): at least 1, or `-1`
   * for no limit (Workspace's `outbound.preview.max-simultaneous-preview-record` default).
   */
  readonly maxPreviewRecords: number;
  /**
   * Timed preview (Workspace's `outbound.timed-preview-auto-dial`): seconds after which a previewed record
   * dials itself unless the agent acts on it first; `0` or omitted for off.
   */
  readonly timedPreviewAutoDial?: number;
}

/**
 * Input of the interaction machine.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const config: outbound.interaction.InteractionConfig;
 * const input: outbound.interaction.InteractionInput = { at: 0, config };
 * ```
 */
export interface InteractionInput {
  /** Start instant, epoch ms. */
  readonly at: number;
  /** The configuration. */
  readonly config: InteractionConfig;
}
