/**
 * Zones whose rules break naive code, for property tests: half-hour and 45-minute offsets and
 * transitions, DST at midnight, two-hour DST, southern-hemisphere DST, offsets beyond ±12 h, zones
 * that dropped DST, and a POSIX-style `Etc` zone whose sign is inverted.
 *
 * @example
 * ```ts
 * import * as testing from 'dialdesk/testing';
 * testing.trickyZones.includes('Australia/Lord_Howe'); // true
 * ```
 */
export const trickyZones = Object.freeze([
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
] as const);
