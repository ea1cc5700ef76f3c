/** Text and SVG renderings of simulation reports for `dialdesk simulate`. */
import type { outbound } from '../../index.js';

type Report = outbound.sim.SimReport;

const pct = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)}%`;
const MARKS: Readonly<Record<string, string>> = { predictive: '#', adaptive: 'o', progressive: '.', power: '+' };

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

/** The comparison table. */
export function table(reports: readonly Report[]): string {
  const head = ['strategy', 'occupancy', 'talk min/agent-h', 'abandoned', 'worst window', 'worst hour', 'cust. wait mean/p95', 'agent wait mean/p95', 'dials/connect', 'peak lines', 'contacts/h'];
  const rows = reports.map((r) => [
    r.strategy,
    pct(r.occupancy),
    r.talkMinutesPerAgentHour.toFixed(1),
    `${pct(r.abandonment.rate, 2)} (${r.abandonment.abandoned}/${r.abandonment.answered})`,
    `${pct(r.abandonment.worstWindow.rate, 2)} ${r.abandonment.worstWindow.window}`,
    r.abandonment.worstHour.answers > 0 ? pct(r.abandonment.worstHour.rate, 2) : '-',
    `${r.customerWait.meanSeconds.toFixed(2)}/${r.customerWait.p95Seconds.toFixed(2)} s`,
    `${r.agentWait.meanSeconds.toFixed(1)}/${r.agentWait.p95Seconds.toFixed(1)} s`,
    r.dialsPerConnect.toFixed(2),
    r.peakLinesPerAgent.toFixed(2),
    r.contactsPerHour.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(head, widths), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => pad(r, widths))].join('\n');
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

/** ASCII charts of occupancy and cumulative abandonment over the shift. */
export function chart(reports: readonly Report[]): string {
  const first = reports[0];
  if (first === undefined) return '';
  const slices = first.timeline.length;
  const minOcc = Math.min(...reports.flatMap((r) => r.timeline.map((p) => p.occupancy)));
  const lo = Math.max(0, Math.floor(minOcc * 10) / 10);
  const maxAb = Math.max(0.04, ...reports.flatMap((r) => r.timeline.map((p) => p.cumulativeAbandonRate)));
  const hours = first.shiftHours;
  const axis = `${' '.repeat(7)}+${'-'.repeat(slices)}\n${' '.repeat(8)}0h${' '.repeat(Math.max(0, slices - 2 - `${hours}h`.length))}${hours}h`;
  const legend = reports.map((r) => `${MARKS[r.strategy] ?? '*'} ${r.strategy}`).join('   ');
  return [
    `occupancy per ${Math.round(first.timeline[0]?.minutes ?? 0)}-minute slice   (${legend})`,
    ...plot(reports, (p) => p.occupancy, lo, 1, 10, (v) => pct(v, 0)),
    axis,
    '',
    'abandonment since the start of the shift   (- - - the 3% limit)',
    ...plot(reports, (p) => p.cumulativeAbandonRate, 0, maxAb, 8, (v) => pct(v, 1), 0.03),
    axis,
  ].join('\n');
}

const COLORS: Readonly<Record<string, string>> = { predictive: '#1f6feb', adaptive: '#d97706', progressive: '#6b7280', power: '#059669' };

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The same two charts as an SVG document. */
export function svg(reports: readonly Report[], title: string): string {
  const W = 720;
  const H = 220;
  const left = 56;
  const right = 140;
  const top = 30;
  const panel = (y0: number, heading: string, value: (p: outbound.sim.TimelinePoint) => number, lo: number, hi: number, limit?: number): string => {
    const plotW = W - left - right;
    const plotH = H - top - 30;
    const x = (i: number, n: number): number => left + (n <= 1 ? 0 : (i / (n - 1)) * plotW);
    const y = (v: number): number => y0 + top + plotH - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * plotH;
    const parts: string[] = [`<text x="${left}" y="${y0 + 18}" font-size="14" font-weight="bold">${escape(heading)}</text>`];
    for (let k = 0; k <= 4; k++) {
      const v = lo + ((hi - lo) * k) / 4;
      parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e7eb"/>`);
      parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${(v * 100).toFixed(1)}%</text>`);
    }
    if (limit !== undefined) parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(limit).toFixed(1)}" y2="${y(limit).toFixed(1)}" stroke="#dc2626" stroke-dasharray="4 3"/>`);
    reports.forEach((r, k) => {
      const pts = r.timeline.map((p, i) => `${x(i, r.timeline.length).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ');
      const color = COLORS[r.strategy] ?? '#111827';
      parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts}"/>`);
      parts.push(`<text x="${left + plotW + 10}" y="${y0 + top + 14 + k * 16}" font-size="12" fill="${color}">${escape(r.strategy)}</text>`);
    });
    return parts.join('\n');
  };
  const minOcc = Math.min(...reports.flatMap((r) => r.timeline.map((p) => p.occupancy)));
  const maxAb = Math.max(0.04, ...reports.flatMap((r) => r.timeline.map((p) => p.cumulativeAbandonRate)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${2 * H + 20}" viewBox="0 0 ${W} ${2 * H + 20}" font-family="sans-serif">`,
    `<title>${escape(title)}</title>`,
    '<rect width="100%" height="100%" fill="white"/>',
    panel(0, `Occupancy over the shift (${title})`, (p) => p.occupancy, Math.max(0, Math.floor(minOcc * 10) / 10), 1),
    panel(H, 'Abandonment since the start of the shift (dashed: 3%)', (p) => p.cumulativeAbandonRate, 0, maxAb, 0.03),
    '</svg>',
    '',
  ].join('\n');
}
