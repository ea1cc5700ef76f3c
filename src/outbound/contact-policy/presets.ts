import { callingHoursPresets, parseCallingHours, type CallingHoursRule } from '../../time/index.js';
import type { Outcome, PolicyRule, Preset, PresetId, Source } from './types.js';

function src(citation: string, url: string, confirmed: boolean, note: string): Source {
  return Object.freeze({ citation, url, confirmed, note });
}

function freezePreset(id: string, name: string, includes: readonly string[], rules: readonly PolicyRule[]): Preset {
  return Object.freeze({ id, name, includes: Object.freeze([...includes]), rules: Object.freeze(rules.map((r) => Object.freeze(r))) });
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
      'No telephone solicitation before 8 a.m. or after 9 p.m. local time at the called party\'s location; 21:00 itself is refused (the conservative reading of "after 9 p.m.").',
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
      'At most 3% of calls answered by a live person, per calling campaign, over each 30-day period (or the campaign if shorter); a call not connected to a live agent within two seconds of the completed greeting is abandoned and must get a prerecorded message naming the seller with a number to call. dialdesk measures a rolling 30-day window, which is at least as strict as successive periods. The rules do not say how AMD false positives count; the ledger counts what the host reports as live answers.',
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
      'An unanswered call must ring for at least 15 seconds or four rings before it is disconnected.',
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
      'Before 8 a.m. and after 9 p.m. local time at the consumer\'s location is presumed inconvenient. Not re-read in the text when this row was written (taken from the regulation as commonly cited); the hours coincide with the federal row.',
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
      'More than seven calls within seven consecutive days about a particular debt is presumed harassment: the 8th call in any 7 local calendar days is refused. Calls not connected to the dialed number do not count (dialdesk reads busy and not-connected as such). Per debt: pass the history of one debt.',
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
      'No call within seven consecutive days after a telephone conversation about the debt; the date of the conversation is the first day, so calls are allowed again from local midnight starting the 8th day.',
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
      'No commercial telephone solicitation before 8 a.m. or after 8 p.m. local time at the called person\'s location (9 p.m. before the 2021 amendment).',
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
      'No more than three commercial telephone solicitation calls to a person over a 24-hour period on the same subject matter, from any number. dialdesk counts every attempt, answered or not, and reads the period as rolling: an attempt stops counting exactly 24 hours after it. Per subject: pass the history of one subject.',
    ),
  },
]);

const ca = freezePreset('ca', 'Canada (CRTC Unsolicited Telecommunications Rules)', [], [
  {
    id: 'ca.calling-hours',
    kind: 'calling-hours',
    hours: callingHoursPresets.ca,
    source: src('CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules)', CRTC_UTR, true, '09:00 to 21:30 on weekdays, 10:00 to 18:00 on Saturdays and Sundays, in the called party\'s time.'),
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
      'NOT CONFIRMED against the Rules\' text: the 5% ceiling and the two-second definition of an abandoned call are confirmed only by secondary summaries; the base (calls answered by a live person), the period (30 days, per campaign) and the recorded-message requirement are how those summaries and the US rules read, not verified. Check the current Rules before relying on this row.',
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
      'Monday to Friday, not on public holidays (code du travail L. 3133-1: pass them as holidays), 10:00-13:00 and 14:00-20:00 in the consumer\'s zone. Express prior consent the professional can prove lifts the hours (al. 2): the host decides whether to apply this preset.',
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
      'A professional may not solicit or try to solicit the same consumer more than four times in a period of thirty calendar days. Every attempt counts, answered or not ("démarcher ou tenter de démarcher"), not only unanswered ones: the 5th attempt within 30 local calendar days is refused.',
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
      'After a refusal during the conversation, no contact or attempt before sixty full calendar days ("jours calendaires révolus") have passed from the refusal. The day of the refusal is not a full day, so the 60 days start the next day and calls are allowed again from local midnight after the 60th.',
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
      'At most 3% of live calls per campaign over any 24 hours; a reasoned estimate of AMD false positives counts as abandoned calls; each abandoned call gets a brief recorded information message (no marketing) within two seconds. The paragraph numbers inside the annexes could not be confirmed in this session.',
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
      'A number whose call was abandoned is not called again within 72 hours unless a live agent is guaranteed for the call (pass liveAgentGuaranteed). Paragraph number not confirmed in this session.',
    ),
  },
  {
    id: 'uk.ring-minimum',
    kind: 'ring-minimum',
    seconds: 15,
    rings: null,
    source: src('Ofcom persistent misuse statement (2016), Annex 1', OFCOM_2016, true, 'Unanswered calls ring for at least 15 seconds. Paragraph number not confirmed in this session.'),
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
