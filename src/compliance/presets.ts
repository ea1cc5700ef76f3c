import { deepFreeze } from '../core/internal.js';
import { callingHoursPresets, parseCallingHours, type CallingHoursRule } from '../time/index.js';
import type { Outcome, PolicyRule, Preset, PresetId, Source } from './types.js';

function src(citation: string, url: string, confirmed: boolean, note: string): Source {
  return Object.freeze({ citation, url, confirmed, note });
}

function freezePreset(id: string, name: string, includes: readonly string[], rules: readonly PolicyRule[]): Preset {
  // Deeply frozen: a preset is a shared constant, and a state that holds its rows must be frozen all through.
  return deepFreeze({ id, name, includes: [...includes], rules: [...rules] });
}

const list = (...o: Outcome[]): readonly Outcome[] => Object.freeze(o);

/** Every outcome: an attempt is an attempt, answered or not. */
const ALL = list('no-answer', 'busy', 'not-connected', 'answering-machine', 'conversation', 'refused', 'abandoned');
/** Calls that reached the dialled number (Regulation F leaves out calls "not connected to the dialed number"). */
const CONNECTED = list('no-answer', 'answering-machine', 'conversation', 'refused', 'abandoned');

/** 08:00 to 20:00 every day (Fla. Stat. 501.616(6)(a) since the 2021 amendment, ch. 2021-87). */
function floridaHours(): CallingHoursRule {
  const day = [{ from: '08:00', until: '20:00' }];
  const r = parseCallingHours({
    name: 'Florida (Fla. Stat. 501.616(6)(a))',
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
    closedDates: [],
    closedOnHolidays: false,
  });
  /* c8 ignore next */
  if (!r.ok) throw new Error('contact policy: the Florida hours row is malformed');
  return r.value;
}

const ECFR_64_1200 = 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200';
const ECFR_310_4 = 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-310/section-310.4';
const ECFR_1006 = 'https://www.ecfr.gov/current/title-12/chapter-X/part-1006';
const FLA_501_616 = 'https://www.flsenate.gov/Laws/Statutes/2024/501.616';
const FLA_SB_1120 = 'https://flsenate.gov/Session/Bill/2021/1120/BillText/er/HTML';
const DECRET_2022_1313 = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046421823';
const OFCOM_2016 = 'https://www.ofcom.org.uk/consultations-and-statements/category-1/review-of-how-we-use-persistent-misuse-powers';
const CRTC_UTR = 'https://crtc.gc.ca/eng/trules-reglest.htm';

const us = freezePreset('us', 'United States, federal (TCPA and the Telemarketing Sales Rule)', [], [
  {
    id: 'us.calling-hours',
    kind: 'calling-hours',
    hours: callingHoursPresets.us,
    source: src(
      '47 CFR 64.1200(c)(1); 16 CFR 310.4(c)',
      ECFR_64_1200,
      true,
      'Not before 8 a.m. or after 9 p.m. at the called party\'s location; 21:00 itself is refused.',
    ),
  },
  {
    id: 'us.abandonment',
    kind: 'abandonment',
    rate: 0.03,
    window: '30d',
    base: 'live-answers',
    amdFalsePositives: 'not-counted',
    abandonAfterSeconds: 2,
    message: 'required',
    source: src(
      '47 CFR 64.1200(a)(7)(i), (a)(7)(i)(A); 16 CFR 310.4(b)(4)(i), (b)(4)(iii)',
      ECFR_64_1200,
      true,
      '3% of live answers per campaign per 30 days (rolling here: at least as strict); abandoned = no live agent within 2 s of the greeting; a prerecorded message naming the seller and a number. Silent on AMD false positives.',
    ),
  },
  {
    id: 'us.ring-minimum',
    kind: 'ring-minimum',
    seconds: 15,
    rings: 4,
    source: src(
      '47 CFR 64.1200(a)(7)(iii); 16 CFR 310.4(b)(4)(ii)',
      ECFR_310_4,
      true,
      'Ring 15 seconds or four rings before disconnecting.',
    ),
  },
]);

const usDebt = freezePreset('us-debt', 'United States, debt collection (federal rules and Regulation F)', ['us'], [
  {
    id: 'us-debt.calling-hours',
    kind: 'calling-hours',
    hours: callingHoursPresets.us,
    source: src(
      '12 CFR 1006.6(b)(1)(i)',
      ECFR_1006,
      false,
      'Before 8 a.m. and after 9 p.m. at the consumer\'s location is inconvenient. NOT re-read in the text; same hours as the federal row.',
    ),
  },
  {
    id: 'us-debt.seven-in-seven',
    kind: 'max-attempts',
    max: 7,
    window: { days: 7 },
    counts: CONNECTED,
    source: src(
      '12 CFR 1006.14(b)(2)(i)(A), (b)(3)(ii)',
      ECFR_1006,
      true,
      'The 8th call in 7 consecutive local days about one debt is refused; calls not connected to the dialed number (busy, not-connected) do not count. History per debt.',
    ),
  },
  {
    id: 'us-debt.after-conversation',
    kind: 'quiet-after',
    after: list('conversation', 'refused'),
    wait: { days: 7 },
    countFrom: 'same-day',
    unless: null,
    source: src(
      '12 CFR 1006.14(b)(2)(i)(B)',
      ECFR_1006,
      true,
      'No call for 7 days after a conversation; its date is day 1, so calls resume on the 8th local date.',
    ),
  },
]);

const usFl = freezePreset('us-fl', 'United States, Florida (adds to federal)', ['us'], [
  {
    id: 'us-fl.calling-hours',
    kind: 'calling-hours',
    hours: floridaHours(),
    source: src(
      'Fla. Stat. 501.616(6)(a) (as amended by CS/SB 1120, 2021)',
      FLA_SB_1120,
      true,
      'Not before 8 a.m. or after 8 p.m. at the called person\'s location (9 p.m. before 2021).',
    ),
  },
  {
    id: 'us-fl.frequency',
    kind: 'max-attempts',
    max: 3,
    window: { hours: 24 },
    counts: ALL,
    source: src(
      'Fla. Stat. 501.616(6)(b)',
      FLA_501_616,
      true,
      'At most 3 calls in 24 hours on one subject, from any number; every attempt counts; rolling: an attempt counts for exactly 24 hours. History per subject.',
    ),
  },
]);

const ca = freezePreset('ca', 'Canada (CRTC Unsolicited Telecommunications Rules)', [], [
  {
    id: 'ca.calling-hours',
    kind: 'calling-hours',
    hours: callingHoursPresets.ca,
    source: src('CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules)', CRTC_UTR, true, '09:00-21:30 weekdays, 10:00-18:00 weekends, called party\'s time.'),
  },
  {
    id: 'ca.abandonment',
    kind: 'abandonment',
    rate: 0.05,
    window: '30d',
    base: 'live-answers',
    amdFalsePositives: 'not-counted',
    abandonAfterSeconds: 2,
    message: 'required',
    source: src(
      'CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules), predictive dialling provisions (Telecom Decision CRTC 2007-48; first set by Telecom Decision CRTC 2004-35)',
      CRTC_UTR,
      false,
      'NOT CONFIRMED in the Rules\' text: 5% and the 2 s definition come from secondary summaries; the base (live answers), period (30 days per campaign) and message are assumed. Checked again (December 2026) against the CRTC pages at hand: Telecom Decision CRTC 2004-35 (21 May 2004, crtc.gc.ca/eng/archive/2004/dt2004-35.htm) announces "constraints on the use of predictive dialling devices", and Telecom Decision CRTC 2007-48 (3 July 2007, crtc.gc.ca/eng/archive/2007/dt2007-48.htm) restates the Telemarketing Rules in its section IV.D (paragraphs 239 to 408); the excerpts read did not reach the figures, so the row stays unconfirmed. Check before relying on it.',
    ),
  },
]);

const fr = freezePreset('fr', 'France (Code de la consommation, décret n° 2022-1313)', [], [
  {
    id: 'fr.calling-hours',
    kind: 'calling-hours',
    hours: callingHoursPresets.fr,
    source: src(
      'Code de la consommation art. D. 223-9, al. 1 (décret n° 2022-1313, art. 1)',
      DECRET_2022_1313,
      true,
      'Mon-Fri except public holidays (pass them), 10:00-13:00 and 14:00-20:00, consumer\'s zone; provable express prior consent lifts it (al. 2).',
    ),
  },
  {
    id: 'fr.frequency',
    kind: 'max-attempts',
    max: 4,
    window: { days: 30 },
    counts: ALL,
    source: src(
      'Code de la consommation art. D. 223-9, al. 3 (décret n° 2022-1313, art. 1)',
      DECRET_2022_1313,
      true,
      'At most 4 solicitations or attempts in 30 calendar days: every attempt counts, answered or not; the 5th within 30 local dates is refused.',
    ),
  },
  {
    id: 'fr.after-refusal',
    kind: 'quiet-after',
    after: list('refused'),
    wait: { days: 60 },
    countFrom: 'next-day',
    unless: null,
    source: src(
      'Code de la consommation art. D. 223-9, al. 3 (décret n° 2022-1313, art. 1)',
      DECRET_2022_1313,
      true,
      'After a refusal, nothing until 60 full calendar days have passed: they start the day after, so calls resume at local midnight after the 60th.',
    ),
  },
]);

const uk = freezePreset('uk', 'United Kingdom (Ofcom persistent misuse policy)', [], [
  {
    id: 'uk.abandonment',
    kind: 'abandonment',
    rate: 0.03,
    window: '24h',
    base: 'live-answers',
    amdFalsePositives: 'abandoned',
    abandonAfterSeconds: 2,
    message: 'required',
    source: src(
      'Ofcom, Persistent Misuse: a statement of Ofcom\'s general policy on the exercise of its enforcement powers (20 December 2016, in force 1 March 2017), Annex 1 (abandoned and silent calls) and Annex 3 (calculating the abandoned call rate)',
      OFCOM_2016,
      true,
      '3% of live calls per campaign per 24 hours; AMD false positives (a reasoned estimate) count as abandoned; an information message (no marketing) within 2 s. Paragraph numbers NOT confirmed.',
    ),
  },
  {
    id: 'uk.after-abandoned',
    kind: 'quiet-after',
    after: list('abandoned'),
    wait: { hours: 72 },
    countFrom: 'same-day',
    unless: 'live-agent-guaranteed',
    source: src(
      'Ofcom persistent misuse statement (2016), Annex 1 (abandoned and silent calls)',
      OFCOM_2016,
      true,
      'No call for 72 hours after an abandoned call unless a live agent is guaranteed. Paragraph number NOT confirmed.',
    ),
  },
  {
    id: 'uk.ring-minimum',
    kind: 'ring-minimum',
    seconds: 15,
    rings: null,
    source: src('Ofcom persistent misuse statement (2016), Annex 1', OFCOM_2016, true, 'Ring at least 15 seconds. Paragraph number NOT confirmed.'),
  },
]);

/**
 * The built-in presets by id; each row carries its `source` (citation, address, whether it was
 * confirmed, and how dialdesk reads it). A state adds to federal through `includes` (`us-fl` and
 * `us-debt` include `us`). Not legal advice: see the Compliance guide for what stays the host's duty.
 *
 * - `us`: federal calling hours 08:00–21:00, the 3%/30-day abandonment limit, 15 s / 4 rings.
 * - `us-debt`: adds Regulation F: 7 calls in 7 days, none for 7 days after a conversation.
 * - `us-fl`: adds Florida: 08:00–20:00, at most 3 calls in 24 hours.
 * - `ca`: Canadian hours and the 5% abandonment limit (not confirmed in the Rules' text).
 * - `fr`: French hours, at most 4 attempts in 30 days, 60 days after a refusal.
 * - `uk`: Ofcom's 3%/24-hour limit counting AMD false positives, 72 hours after an abandoned call, 15 s.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const row = outbound.contactPolicy.presets['us-fl'].rules[1];
 * row?.source.citation; // 'Fla. Stat. 501.616(6)(b)'
 * ```
 */
export const presets: Readonly<Record<PresetId, Preset>> = Object.freeze({ us, 'us-debt': usDebt, 'us-fl': usFl, ca, fr, uk });
