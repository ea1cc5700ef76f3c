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
const ECFR_1006 = 'https://www.ecfr.gov/current/title-12/chapter-X/part-1006';
const FLA_501_616 = 'https://www.flsenate.gov/Laws/Statutes/2024/501.616';
const FLA_SB_1120 = 'https://flsenate.gov/Session/Bill/2021/1120/BillText/er/HTML';
const DECRET_2022_1313 = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046421823';
const OFCOM_2016 = 'https://www.ofcom.org.uk/consultations-and-statements/category-1/review-of-how-we-use-persistent-misuse-powers';
const CRTC_UTR = 'https://crtc.gc.ca/eng/trules-reglest.htm';
const CRTC_KEY_RULES = 'https://crtc.gc.ca/eng/phone/telemarketing/tobligations/rules-regles.htm';

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
      '47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii)',
      ECFR_64_1200,
      true,
      'Do not disconnect an unanswered call before 15 seconds or four rings (the TSR safe harbor says the same). The figures are confirmed (FTC safe-harbor summary at dnc.com/faq, TSR text quoted at dncsolution.com). The paragraph is (a)(6): (a)(7) is the abandonment rule and (a)(7)(i) its message (rule text quoted at telemarketingrules.com/curfew%2Fabandonment), so the former (a)(7)(iii) was wrong; the eCFR page itself could not be read in the stored copies. The pacer\'s default ring minimum cites this row.',
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
    source: src(
      'CRTC Unsolicited Telecommunications Rules, Telemarketing Rules (calling curfews)',
      CRTC_KEY_RULES,
      true,
      '09:00-21:30 weekdays, 10:00-18:00 weekends, called party\'s time. Confirmed on the CRTC page "Key Unsolicited Telecommunications Rules" ("Telemarketing calls can only be made between the hours of 9:00 a.m. and 9:30 p.m. on weekdays and between 10:00 a.m. and 6:00 p.m. on weekends"). The Part and section numbers of the Rules were NOT confirmed (the Rules\' own text, crtc.gc.ca/eng/trules-reglest.htm, could not be read); provinces may be stricter.',
    ),
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
      'CRTC Unsolicited Telecommunications Rules, Telemarketing Rules, predictive dialling provisions (Telecom Decision CRTC 2007-48; first set by Telecom Decision CRTC 2004-35)',
      CRTC_UTR,
      false,
      'NOT CONFIRMED in the Rules\' text, which could not be read (crtc.gc.ca/eng/trules-reglest.htm is not in the stored copies; Telecom Decisions 2004-35 and 2007-48 were found, but their stored excerpts stop before the predictive-dialling paragraphs; Telecom Decision 2008-6 and Compliance and Enforcement Regulatory Policy 2014-155 amend other rules (registration, ADAD messages, internal lists)). What secondary sources say: an abandoned call is one not answered by a telemarketing representative within 2 seconds (an upload titled "CRTC Telemarketing Rules and Regulations", ru.scribd.com/document/54030695; First Reference, icblog.firstreference.com/fill-in-the-blanks-and-test-your-do-not-call-skills); the limit is a percentage "in any calendar month" with monthly records of actual abandonment rates kept 3 years (First Reference: the figure is a blank of four letters, read as "five"). So the period may be the calendar month, not 30 days per campaign: a rolling 30-day window is NOT at least as strict as a calendar month (a 31-day month can exceed 5% while every 30-day window stays under it). The base (live answers) and the message rule were not found in any source. Check before relying on it.',
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
 * - `ca`: Canadian hours (confirmed on a CRTC page) and the 5% abandonment limit (not confirmed:
 *   its period may be the calendar month).
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
