import { zone, type ZoneName } from '../time/index.js';

/**
 * Zones whose rules break naive code, for property tests: half-hour and 45-minute offsets and
 * transitions, DST at midnight, two-hour DST, southern-hemisphere DST, offsets beyond ±12 h, zones
 * that dropped DST, and a POSIX-style `Etc` zone whose sign is inverted.
 *
 * @example
 * ```ts
 * import * as testing from 'dialdesk/testing';
 * testing.trickyZones.some((z) => z === 'Australia/Lord_Howe'); // true
 * ```
 */
export const trickyZones: readonly ZoneName[] = Object.freeze(
  [
    'UTC',
    'America/New_York',
    'Europe/London',
    'Australia/Sydney',
    'America/Santiago',
    'America/Havana',
    'Asia/Beirut',
    'Africa/Cairo',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Antarctica/Troll',
    'Africa/Casablanca',
    'America/Nuuk',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Etc/GMT+5',
  ].flatMap((name) => {
    // Each is canonical already: `time.zone` only brands it (and would drop a zone the engine does not know).
    const z = zone(name);
    return z.ok ? [z.value] : [];
  }),
);
