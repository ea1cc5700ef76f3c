// The dialing modes of Genesys Outbound Contact: shared domain words that logout and outbound both use,
// kept at the lowest layer so that logout does not depend on outbound. Re-exported publicly by outbound.
/**
 * The dialing modes of an outbound campaign group, by name (Genesys Outbound Contact).
 *
 * - `preview`: manual delivery; the agent requests a record, sees it, then dials.
 * - `push-preview`: records are pushed to the agent, who accepts or declines, then dials.
 * - `progressive`: the system dials one call per ready agent and connects only answered calls.
 * - `predictive`: the system dials ahead of free agents from current statistics.
 * - `progressive-with-seizing` / `predictive-with-seizing`: as above, but the agent is seized
 *   (reserved) before the call is answered and gets an empty record first.
 * - `power`: a fixed number of lines per agent (the "power dialer").
 * - `power-with-seizing`: power, with the agent seized before the call is answered.
 * - `power-gvp`, `progressive-gvp`, `predictive-gvp`: the modes run through Genesys Voice Platform,
 *   where calls are handled by a voice application before or instead of an agent.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.dialingModes.includes('predictive'); // true
 * ```
 */
export const dialingModes = Object.freeze([
  'preview',
  'push-preview',
  'progressive',
  'predictive',
  'progressive-with-seizing',
  'predictive-with-seizing',
  'power',
  'power-with-seizing',
  'power-gvp',
  'progressive-gvp',
  'predictive-gvp',
] as const);

/**
 * One of the {@link dialingModes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const mode: outbound.DialingMode = 'progressive-with-seizing';
 * ```
 */
export type DialingMode = (typeof dialingModes)[number];

const NEGOTIATED: ReadonlySet<string> = new Set<DialingMode>([
  'progressive',
  'predictive',
  'progressive-with-seizing',
  'predictive-with-seizing',
]);

/**
 * True for a dialing mode whose campaigns place calls on an agent's behalf before the agent asks,
 * so that logging out must be negotiated (progressive and predictive, with or without seizing).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.requiresNegotiatedLogout('predictive-with-seizing'); // true
 * outbound.requiresNegotiatedLogout('preview'); // false
 * ```
 */
export function requiresNegotiatedLogout(mode: DialingMode): boolean {
  return NEGOTIATED.has(mode);
}

/**
 * True when `value` is one of the {@link dialingModes}; for untrusted input.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.isDialingMode('predictive'); // true
 * outbound.isDialingMode('turbo'); // false
 * ```
 */
export function isDialingMode(value: unknown): value is DialingMode {
  return typeof value === 'string' && (dialingModes as readonly string[]).includes(value);
}

/**
 * The Configuration Server's `CfgDialMode` number of each dialing mode (the value a Campaign Group's
 * `dialMode` holds, and what OCS reports): 0 is `CFGDMNoDialMode`. Source: the Configuration Server
 * `CfgDialMode` enumeration (CFGDMPredict 1, CFGDMProgress 2, CFGDMPreview 3, CFGDMProgressAndSeize 4,
 * CFGDMPredictAndSeize 5, CFGDMPower 6, CFGDMPowerAndSeize 7, CFGDMPushPreview 8, CFGDMProgressGVP 9,
 * CFGDMPredictGVP 10, CFGDMPowerGVP 11). The numbers were read from public client code that mirrors the
 * Configuration Server enumeration in declaration order (two independent copies agree), not from the
 * Genesys reference page itself.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.cfgDialModes['push-preview']; // 8
 * ```
 */
export const cfgDialModes: Readonly<Record<DialingMode, number>> = Object.freeze({
  predictive: 1,
  progressive: 2,
  preview: 3,
  'progressive-with-seizing': 4,
  'predictive-with-seizing': 5,
  power: 6,
  'power-with-seizing': 7,
  'push-preview': 8,
  'progressive-gvp': 9,
  'predictive-gvp': 10,
  'power-gvp': 11,
});

/**
 * The dialing mode of a `CfgDialMode` number, or `undefined` for 0 (no dial mode) or an unknown number.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.dialingModeOfCfg(7); // 'power-with-seizing'
 * outbound.dialingModeOfCfg(0); // undefined
 * ```
 */
export function dialingModeOfCfg(value: unknown): DialingMode | undefined {
  return dialingModes.find((m) => cfgDialModes[m] === value);
}
