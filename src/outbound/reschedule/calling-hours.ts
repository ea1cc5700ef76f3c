// Adapter between the reschedule machine and the calling-hours presets of `dialdesk/time`.
// Until those presets land on main, no preset name is known, so a non-null `callingHours` is refused.

const KNOWN: readonly string[] = [];

/** True when `name` is a calling-hours preset of `dialdesk/time`. */
export function isCallingHoursPreset(name: unknown): name is string {
  return typeof name === 'string' && KNOWN.includes(name);
}

/** Whether `at` is inside the preset's calling hours in `zone` (only called with a known preset). */
export function insideCallingHours(_preset: string, _at: number, _zone: string): boolean {
  return true;
}
