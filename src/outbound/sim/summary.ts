import { HOUR, MINUTE } from '../../time/index.js';
import { checkCompliance, countMinutes, type PacingState } from '../pacing/index.js';
import { presets, type AbandonmentRow } from '../contact-policy/index.js';
import { waitFigures, type PresetRate, type SimReport, type TimelinePoint } from './report.js';
import type { Scenario } from './scenario.js';

/** Time-weighted busy and logged-in agent-milliseconds, answers and abandons of one timeline slice. */
export interface Slice {
  busy: number;
  logged: number;
  answered: number;
  abandoned: number;
}

/** What the simulation loop counted, for the report. */
export interface Tally {
  readonly slices: readonly Slice[];
  readonly sliceMs: number;
  readonly reasons: Readonly<Record<string, number>>;
  readonly customerWaits: number[];
  readonly agentWaits: number[];
  readonly dials: number;
  readonly connects: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly amdFalsePositives: number;
  readonly machineAnswers: number;
  readonly machineAbandons: number;
  readonly peakLines: number;
  readonly busyMs: number;
  readonly loggedMs: number;
  readonly talkMs: number;
}

/**
 * The shift's abandonment rate as each built-in preset's abandonment row computes it: live people only
 * (machines answered with AMD off are left out of both counts), plus AMD false positives as abandoned
 * live answers where the row says so (Ofcom).
 */
function ratesByPreset(t: Tally): Readonly<Record<string, PresetRate>> {
  const humans = t.answered - t.machineAnswers;
  const dropped = t.abandoned - t.machineAbandons;
  const out: Record<string, PresetRate> = {};
  for (const [id, preset] of Object.entries(presets)) {
    const row = [preset, ...preset.includes.map((i) => (presets as Readonly<Record<string, typeof preset>>)[i])]
      .flatMap((p) => p?.rules ?? [])
      .find((r): r is AbandonmentRow => r.kind === 'abandonment');
    if (row === undefined) continue;
    const fp = row.amdFalsePositives === 'abandoned' ? t.amdFalsePositives : 0;
    const answered = humans + fp;
    const abandoned = dropped + fp;
    const rate = answered > 0 ? abandoned / answered : 0;
    out[id] = Object.freeze({ rule: row.id, limit: row.rate, window: row.window, answered, abandoned, rate, withinLimit: rate <= row.rate + 1e-12 });
  }
  return Object.freeze(out);
}

/** Turns the loop's tallies and the pacer's final ledger into the report. */
export function buildReport(s: Scenario, pacer: PacingState, label: string, seed: number, t: Tally): SimReport {
  const end = s.startAt + s.shiftHours * HOUR;
  const rule = pacer.config.compliance;
  const check = checkCompliance(pacer.ledger, rule, { from: s.startAt, to: end });
  const worst = check.ok ? check.value.worst : { endsAt: end, answers: 0, abandons: 0, rate: 0 };
  let worstHour = { endsAt: end, answers: 0, abandons: 0, rate: 0 };
  const firstMinute = Math.floor(s.startAt / MINUTE);
  const lastMinute = Math.floor((end - 1) / MINUTE);
  for (let m = firstMinute; m <= lastMinute; m++) {
    const c = countMinutes(pacer.ledger, Math.max(firstMinute, m - 59), m);
    if (c.answers >= 30 && c.rate > worstHour.rate) worstHour = { endsAt: m * MINUTE + (MINUTE - 1), ...c };
  }
  let cumAnswered = 0;
  let cumAbandoned = 0;
  const timeline: TimelinePoint[] = t.slices.map((sl, i) => {
    cumAnswered += sl.answered;
    cumAbandoned += sl.abandoned;
    return {
      fromMinute: (i * t.sliceMs) / MINUTE,
      minutes: t.sliceMs / MINUTE,
      occupancy: sl.logged > 0 ? sl.busy / sl.logged : 0,
      answered: sl.answered,
      abandoned: sl.abandoned,
      abandonRate: sl.answered > 0 ? sl.abandoned / sl.answered : 0,
      cumulativeAbandonRate: cumAnswered > 0 ? cumAbandoned / cumAnswered : 0,
    };
  });
  const agentHours = t.loggedMs / HOUR;
  return {
    strategy: label,
    seed,
    agents: s.agents,
    shiftHours: s.shiftHours,
    occupancy: t.loggedMs > 0 ? t.busyMs / t.loggedMs : 0,
    talkMinutesPerAgentHour: agentHours > 0 ? t.talkMs / MINUTE / agentHours : 0,
    abandonment: {
      answered: t.answered,
      abandoned: t.abandoned,
      rate: t.answered > 0 ? t.abandoned / t.answered : 0,
      worstWindow: { window: rule.window, ...worst },
      worstHour,
      amdFalsePositives: t.amdFalsePositives,
      byPreset: ratesByPreset(t),
    },
    customerWait: waitFigures(t.customerWaits),
    agentWait: waitFigures(t.agentWaits),
    dials: t.dials,
    connects: t.connects,
    dialsPerConnect: t.connects > 0 ? t.dials / t.connects : 0,
    peakLinesPerAgent: t.peakLines,
    contactsPerHour: t.connects / s.shiftHours,
    decisions: { ...t.reasons },
    timeline,
  };
}
