/**
 * The table behind `genesys.ianaZone`: the names of Genesys Time Zone configuration objects, each with the
 * IANA zone whose rules it follows.
 *
 * Sources and what they settle:
 * - Outbound Contact Deployment Guide, "Time Zones" (docs.genesys.com/Documentation/OU/latest/Dep/TimeZones): a record's `tz_dbid` holds the name of a Time Zone
 *   object ("the international three-letter abbreviation"); call time, dial schedule time and the
 *   daily window (`dial_from`, `dial_till`) are read in that zone; OCS follows the object's Daylight
 *   Saving Time definition; "the default set of Time Zones [is] created during Configuration Server
 *   installation". It does not list that set.
 * - Framework / Genesys Administrator Help, "Time Zones" (`CfgTimeZone`,
 *   docs.genesys.com/Documentation/GA/latest/user/CfgTimeZone): Time Zones are predefined
 *   objects; each has a GMT offset and an optional DST definition. It does not list them either.
 * - The names below are the three-letter set the default objects use (`EST`, `PST`, `ECT`, ... as the
 *   GWS Outbound API sample record shows `GSW_TZ_NAME: 'PST'`), which is the same set as the legacy
 *   Java short IDs (`java.time.ZoneId.SHORT_IDS`). Where Java pins `EST`, `MST` and `HST` to fixed
 *   offsets, the Genesys objects carry the US daylight-saving definition (`EST` is US Eastern time
 *   with DST), so those three rows name the place, not the fixed offset.
 *
 * Not confirmed: the stored sources do not show each default object's DST definition. Every row's DST
 * behaviour is therefore that of its IANA zone today (`dst`), checked against luxon in the tests; a
 * tenant whose objects differ (or who adds its own, or uses `GMT`, which is left out because it can
 * mean UTC or UK time) passes `overrides` to `genesys.ianaZone`. A name in neither is refused, never guessed.
 */

/**
 * One row of {@link genesysZones}.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const row: genesys.GenesysZoneRow = genesys.genesysZones[0]!;
 * row.name; // 'ACT'
 * ```
 */
export interface GenesysZoneRow {
  /** The Time Zone object's name, as `tz_dbid` / `GSW_TZ_NAME` carry it. */
  readonly name: string;
  /** What the object stands for. */
  readonly description: string;
  /** The IANA zone with the same rules. */
  readonly iana: string;
  /** `observes`: the zone has daylight-saving time (January and July offsets differ); `none`: it does not. */
  readonly dst: 'observes' | 'none';
  /** Where the row comes from (see the module comment for what is and is not confirmed). */
  readonly source: string;
}

const SHORT_IDS = 'three-letter name of the default Time Zone objects (same set as java.time.ZoneId.SHORT_IDS); DST per the IANA zone, not read from the Genesys object';
const US_DST = 'default Time Zone object with the US DST definition (Outbound Contact Deployment Guide, "Time Zones"; issue 17); Java pins this name to a fixed offset, the Genesys object does not';

function row(name: string, description: string, iana: string, dst: 'observes' | 'none', source = SHORT_IDS): GenesysZoneRow {
  return Object.freeze({ name, description, iana, dst, source });
}

/**
 * The default Genesys Time Zone objects dialdesk knows, by name, with their IANA zone, DST behaviour
 * and source. `genesys.ianaZone` reads it; `overrides` add to it or replace rows.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.genesysZones.find((r) => r.name === 'EST')?.iana; // 'America/New_York'
 * ```
 */
export const genesysZones: readonly GenesysZoneRow[] = Object.freeze([
  row('ACT', 'Australia Central Time (Darwin)', 'Australia/Darwin', 'none'),
  row('AET', 'Australia Eastern Time (Sydney)', 'Australia/Sydney', 'observes'),
  row('AGT', 'Argentina Time', 'America/Argentina/Buenos_Aires', 'none'),
  row('ART', 'Arabic (Egypt) Standard Time', 'Africa/Cairo', 'observes'),
  row('AST', 'Alaska Time', 'America/Anchorage', 'observes'),
  row('BET', 'Brazil Eastern Time', 'America/Sao_Paulo', 'none'),
  row('BST', 'Bangladesh Time', 'Asia/Dhaka', 'none'),
  row('CAT', 'Central African Time', 'Africa/Harare', 'none'),
  row('CNT', 'Canada Newfoundland Time', 'America/St_Johns', 'observes'),
  row('CST', 'US Central Time', 'America/Chicago', 'observes'),
  row('CTT', 'China Taiwan Time', 'Asia/Shanghai', 'none'),
  row('EAT', 'Eastern African Time', 'Africa/Addis_Ababa', 'none'),
  row('ECT', 'European Central Time', 'Europe/Paris', 'observes'),
  row('EST', 'US Eastern Time', 'America/New_York', 'observes', US_DST),
  row('HST', 'Hawaii Time', 'Pacific/Honolulu', 'none', 'default Time Zone object for Hawaii; Hawaii keeps no DST (IANA Pacific/Honolulu)'),
  row('IET', 'Indiana Eastern Time', 'America/Indiana/Indianapolis', 'observes'),
  row('IST', 'India Time', 'Asia/Kolkata', 'none'),
  row('JST', 'Japan Time', 'Asia/Tokyo', 'none'),
  row('MIT', 'Midway Islands (Apia) Time', 'Pacific/Apia', 'none'),
  row('MST', 'US Mountain Time', 'America/Denver', 'observes', US_DST),
  row('NET', 'Near East (Yerevan) Time', 'Asia/Yerevan', 'none'),
  row('NST', 'New Zealand Time', 'Pacific/Auckland', 'observes'),
  row('PLT', 'Pakistan Lahore Time', 'Asia/Karachi', 'none'),
  row('PNT', 'Phoenix Time (US Mountain without DST)', 'America/Phoenix', 'none'),
  row('PRT', 'Puerto Rico and US Virgin Islands Time', 'America/Puerto_Rico', 'none'),
  row('PST', 'US Pacific Time', 'America/Los_Angeles', 'observes'),
  row('SST', 'Solomon Islands Time', 'Pacific/Guadalcanal', 'none'),
  row('VST', 'Vietnam Time', 'Asia/Ho_Chi_Minh', 'none'),
]);
