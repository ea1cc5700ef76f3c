/** Text and SVG renderings of simulation reports for `dialdesk simulate`, in a supervisor's words. */
import { outbound } from '../../index.js';

type Report = outbound.sim.SimReport;

const pct = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)}%`;
const MARKS: Readonly<Record<string, string>> = { predictive: '#', adaptive: 'o', progressive: '.', power: '+' };

/** A whole number with thin-space-free thousands separators (`2,953`), the same on every machine. */
const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The legal limit a run is judged against: the rule of its worst window (the 3% of 47 CFR 64.1200(a)(7)
 * and 16 CFR 310.4(b)(4) over 30 days, or Ofcom's 3% over 24 hours; see `outbound.pacing.abandonRules`).
 */
export function legalLimit(r: Report): { readonly rate: number; readonly label: string; readonly over: boolean } {
  const rule = r.abandonment.worstWindow.window === '24h' ? outbound.pacing.abandonRules.ofcom : outbound.pacing.abandonRules.fcc;
  const label = rule.window === '24h' ? `${pct(rule.abandonRate, 0)} of live answers per 24 hours (UK Ofcom)` : `${pct(rule.abandonRate, 0)} of live answers per 30 days (US FCC/FTC)`;
  return { rate: rule.abandonRate, label, over: r.abandonment.worstWindow.rate > rule.abandonRate };
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
}

/** Column headings, two lines each, in the words a contact-center supervisor uses. */
const HEAD: readonly (readonly [string, string])[] = [
  ['pacing', ''],
  ['agents', 'busy'],
  ['talk min per', 'agent-hour'],
  ['abandoned', '(of live answers)'],
  ['legal', 'limit'],
  ['worst', 'hour'],
  ['caller wait, s', 'avg / 95% ≤'],
  ['agent wait, s', 'avg / 95% ≤'],
  ['dials per', 'connect'],
  ['peak lines per', 'available agent'],
  ['connects', 'per hour'],
];

/** The comparison table: one row per strategy, a run over its legal limit marked `OVER`. */
export function table(reports: readonly Report[]): string {
  const rows = reports.map((r) => {
    const limit = legalLimit(r);
    return [
      limit.over ? `${r.strategy} !` : r.strategy,
      pct(r.occupancy),
      r.talkMinutesPerAgentHour.toFixed(1),
      `${pct(r.abandonment.rate, 2)} (${count(r.abandonment.abandoned)} of ${count(r.abandonment.answered)})`,
      limit.over ? `OVER ${pct(limit.rate, 0)}` : `within ${pct(limit.rate, 0)}`,
      r.abandonment.worstHour.answers > 0 ? pct(r.abandonment.worstHour.rate, 2) : '-',
      `${r.customerWait.meanSeconds.toFixed(2)} / ${r.customerWait.p95Seconds.toFixed(2)}`,
      `${r.agentWait.meanSeconds.toFixed(1)} / ${r.agentWait.p95Seconds.toFixed(1)}`,
      r.dialsPerConnect.toFixed(2),
      r.peakLinesPerAgent.toFixed(2),
      r.contactsPerHour.toFixed(0),
    ];
  });
  const widths = HEAD.map(([a, b], i) => Math.max(a.length, b.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [
    pad(HEAD.map((h) => h[0]), widths),
    pad(HEAD.map((h) => h[1]), widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => pad(r, widths)),
  ].join('\n');
}

/** The sentences under the table: which runs broke their legal limit, then what each column means. */
export function legend(reports: readonly Report[]): string {
  const over = reports.filter((r) => legalLimit(r).over);
  const first = reports[0];
  const lines: string[] = [];
  for (const r of over) {
    lines.push(
      `! ${r.strategy} abandoned ${pct(r.abandonment.worstWindow.rate, 2)} of live answers, over the legal limit of ${legalLimit(r).label}: a real campaign would have to stop dialing.`,
    );
  }
  if (over.length > 0) lines.push('');
  lines.push(
    'How to read it:',
    '  agents busy       share of logged-in time spent talking or wrapping up (occupancy)',
    '  abandoned         live answers hung up on because no agent took them within 2 s',
    `  legal limit       ${first === undefined ? 'the abandonment rule' : legalLimit(first).label}; OVER marks a run above it`,
    '  worst hour        abandonment in the worst 60 minutes (a diagnostic, not the legal figure)',
    '  caller wait       seconds from a live answer to an agent, connected callers only; "95% ≤" is the 95th',
    '                    percentile. When most callers meet an agent at once it is 0 and the few waits of',
    '                    up to 2 s lift the average above it: that is the shape of the figures, not an error',
    '  agent wait        seconds an agent sat ready before the next connected call',
    '  dials per connect calls placed for each call put through to an agent',
    '  peak lines        most calls in progress at once (ringing or talking) per agent available then',
    '  connects per hour calls put through to agents per hour of shift',
  );
  return lines.join('\n');
}

function plot(reports: readonly Report[], value: (p: outbound.sim.TimelinePoint) => number, lo: number, hi: number, rows: number, label: (v: number) => string, line?: number): string[] {
  const slices = reports[0]?.timeline.length ?? 0;
  const grid: string[][] = Array.from({ length: rows }, () => new Array<string>(slices).fill(' '));
  const rowOf = (v: number): number => Math.round(((hi - Math.min(hi, Math.max(lo, v))) / (hi - lo)) * (rows - 1));
  if (line !== undefined) for (let x = 0; x < slices; x++) (grid[rowOf(line)] ?? [])[x] = '-';
  for (const r of reports) {
    const mark = MARKS[r.strategy] ?? '*';
    r.timeline.forEach((p, x) => {
      (grid[rowOf(value(p))] ?? [])[x] = mark;
    });
  }
  return grid.map((cells, y) => `${label(hi - ((hi - lo) * y) / (rows - 1)).padStart(6)} |${cells.join('')}`);
}

/** The x axis of the ASCII charts: a tick and a label at each whole hour. */
function hourAxis(first: Report): string {
  const slices = first.timeline.length;
  const minutes = first.timeline[0]?.minutes ?? 60;
  const ticks = new Array<string>(slices + 1).fill('-');
  const labels = new Array<string>(slices + 8).fill(' ');
  for (let h = 0; h * 60 <= first.shiftHours * 60; h++) {
    const x = Math.min(slices, Math.round((h * 60) / minutes));
    ticks[x] = '+';
    const text = `${h}`;
    for (let k = 0; k < text.length; k++) labels[x + k] = text[k] ?? ' ';
  }
  return `${' '.repeat(7)}${ticks.join('')}\n${' '.repeat(7)}${labels.join('').trimEnd()}  hours into the shift`;
}

/** ASCII charts of occupancy and cumulative abandonment over the shift. */
export function chart(reports: readonly Report[]): string {
  const first = reports[0];
  if (first === undefined) return '';
  const minOcc = Math.min(...reports.flatMap((r) => r.timeline.map((p) => p.occupancy)));
  const lo = Math.max(0, Math.floor(minOcc * 10) / 10);
  const maxAb = Math.max(0.04, ...reports.flatMap((r) => r.timeline.map((p) => p.cumulativeAbandonRate)));
  const legendText = reports.map((r) => `${MARKS[r.strategy] ?? '*'} ${r.strategy}`).join('   ');
  const axis = hourAxis(first);
  return [
    `agents busy (occupancy) per ${Math.round(first.timeline[0]?.minutes ?? 0)}-minute slice   (${legendText})`,
    ...plot(reports, (p) => p.occupancy, lo, 1, 10, (v) => pct(v, 0)),
    axis,
    '',
    'abandoned share of live answers since the start of the shift   (- - - the 3% limit)',
    ...plot(reports, (p) => p.cumulativeAbandonRate, 0, maxAb, 8, (v) => pct(v, 1), 0.03),
    axis,
  ].join('\n');
}

const COLORS: Readonly<Record<string, string>> = { predictive: '#1f6feb', adaptive: '#d97706', progressive: '#6b7280', power: '#059669' };

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A tick step for a percentage axis between `lo` and `hi` (fractions): about five ticks. */
function percentStep(lo: number, hi: number): number {
  const span = (hi - lo) * 100;
  const step = [0.5, 1, 2, 5, 10, 20, 25].find((s) => span / s <= 6) ?? 50;
  return step / 100;
}

/** The same two charts as an SVG document: hours on x, percentages on y, a legend, 640 × 524 px. */
export function svg(reports: readonly Report[], title: string): string {
  const W = 640;
  const H = 250;
  const left = 64;
  const right = 16;
  const top = 56;
  const bottom = 44;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const hours = reports[0]?.shiftHours ?? 1;
  const hourStep = hours <= 12 ? 1 : 2;
  const panel = (y0: number, heading: string, yTitle: string, value: (p: outbound.sim.TimelinePoint) => number, lo: number, hi: number, limit?: number): string => {
    const x = (minute: number): number => left + (minute / (hours * 60)) * plotW;
    const y = (v: number): number => y0 + top + plotH - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * plotH;
    const parts: string[] = [`<text x="${left}" y="${y0 + 18}" font-size="14" font-weight="bold">${escape(heading)}</text>`];
    const step = percentStep(lo, hi);
    for (let v = lo; v <= hi + 1e-9; v += step) {
      parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e7eb"/>`);
      parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${(v * 100).toFixed(step < 0.01 ? 1 : 0)}%</text>`);
    }
    for (let h = 0; h <= hours + 1e-9; h += hourStep) {
      const xh = x(h * 60).toFixed(1);
      parts.push(`<line x1="${xh}" x2="${xh}" y1="${y0 + top + plotH}" y2="${y0 + top + plotH + 5}" stroke="#374151"/>`);
      parts.push(`<text x="${xh}" y="${y0 + top + plotH + 18}" font-size="11" text-anchor="middle">${h}</text>`);
    }
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y0 + top + plotH}" y2="${y0 + top + plotH}" stroke="#374151"/>`);
    parts.push(`<line x1="${left}" x2="${left}" y1="${y0 + top}" y2="${y0 + top + plotH}" stroke="#374151"/>`);
    parts.push(`<text x="${left + plotW / 2}" y="${y0 + H - 8}" font-size="12" text-anchor="middle">hours into the shift</text>`);
    parts.push(`<text transform="translate(14 ${y0 + top + plotH / 2}) rotate(-90)" font-size="12" text-anchor="middle">${escape(yTitle)}</text>`);
    if (limit !== undefined) {
      parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(limit).toFixed(1)}" y2="${y(limit).toFixed(1)}" stroke="#dc2626" stroke-dasharray="4 3"/>`);
      parts.push(`<text x="${left + plotW - 4}" y="${(y(limit) - 4).toFixed(1)}" font-size="11" fill="#dc2626" text-anchor="end">legal limit ${(limit * 100).toFixed(0)}%</text>`);
    }
    let lx = left;
    reports.forEach((r) => {
      const pts = r.timeline.map((p) => `${x(p.fromMinute + p.minutes).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ');
      const color = COLORS[r.strategy] ?? '#111827';
      parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts}"/>`);
      parts.push(`<line x1="${lx}" x2="${lx + 18}" y1="${y0 + 32}" y2="${y0 + 32}" stroke="${color}" stroke-width="3"/>`);
      parts.push(`<text x="${lx + 22}" y="${y0 + 36}" font-size="12">${escape(r.strategy)}</text>`);
      lx += 34 + r.strategy.length * 7;
    });
    return parts.join('\n');
  };
  const minOcc = Math.min(...reports.flatMap((r) => r.timeline.map((p) => p.occupancy)));
  const maxAb = Math.max(0.04, ...reports.flatMap((r) => r.timeline.map((p) => p.cumulativeAbandonRate)));
  const occLo = Math.max(0, Math.floor(minOcc * 10) / 10);
  const abHi = Math.ceil(maxAb * 100) / 100;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${2 * H + 24}" viewBox="0 0 ${W} ${2 * H + 24}" font-family="sans-serif">`,
    `<title>${escape(title)}</title>`,
    '<rect width="100%" height="100%" fill="white"/>',
    panel(0, 'Agents busy (occupancy) per slice', '% of logged-in time', (p) => p.occupancy, occLo, 1),
    panel(H, 'Abandoned since the start of the shift', '% of live answers', (p) => p.cumulativeAbandonRate, 0, abHi, 0.03),
    `<text x="${left}" y="${2 * H + 12}" font-size="11" fill="#6b7280">${escape(title)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
