/**
 * The figures of docs/results/pacing.md as a chart (docs/results/pacing.svg): occupancy of the three
 * strategies per grid cell, and abandonment of adaptive and predictive against the 3% limit. Generated
 * from the table of the results page; every bar and dot carries its figure in `data-value`, so
 * test/docs/figures.test.ts checks the chart against the table as well as regenerating it.
 */

/** One row of the results table, percentages as numbers (79.9 for 79.9%). */
export interface GridRow {
  readonly cell: string;
  readonly progressiveOcc: number;
  readonly adaptiveOcc: number;
  readonly adaptiveAbandon: number;
  readonly adaptiveAbandonWorst: number;
  readonly predictiveOcc: number;
  readonly predictiveAbandon: number;
  readonly predictiveAbandonWorst: number;
  /** The occupancy target of the cell, if it has one. */
  readonly target: number | null;
}

const num = (text: string | undefined): number => {
  const n = Number.parseFloat((text ?? '').replace('%', ''));
  if (!Number.isFinite(n)) throw new Error(`pacing results: not a percentage: '${text ?? ''}'`);
  return n;
};

/** Reads the rows of the grid table of docs/results/pacing.md. */
export function parseGrid(markdown: string): GridRow[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| N='))
    .map((line) => {
      const c = line.split('|').slice(1, -1).map((x) => x.trim());
      const pair = (i: number): [number, number] => {
        const [a, b] = (c[i] ?? '').split('/');
        return [num(a), num(b)];
      };
      return {
        cell: c[0] ?? '',
        progressiveOcc: num(c[1]),
        adaptiveOcc: pair(2)[0],
        adaptiveAbandon: pair(3)[0],
        adaptiveAbandonWorst: pair(3)[1],
        predictiveOcc: pair(4)[0],
        predictiveAbandon: pair(5)[0],
        predictiveAbandonWorst: pair(5)[1],
        target: c[7] === '-' || c[7] === undefined ? null : num(c[7]),
      };
    });
}

/** A cell's name on up to three lines: `N=..`, `p=..` and the wrap-up note. */
function labelOf(cell: string): string[] {
  const m = /^(N=\d+) (p=[\d.]+)(.*)$/.exec(cell);
  return m === null ? [cell] : [m[1] ?? '', m[2] ?? '', ...((m[3] ?? '').trim() === '' ? [] : ['wrap 15'])];
}

const COLORS = { progressive: '#8c959f', adaptive: '#d97706', predictive: '#1f6feb' } as const;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The SVG chart of the grid (960 × 590 px). */
export function pacingChart(markdown: string): string {
  const rows = parseGrid(markdown);
  const W = 960;
  const left = 60;
  const right = 16;
  const plotW = W - left - right;
  const band = plotW / Math.max(1, rows.length);
  const occ = { top: 60, height: 240, lo: 40, hi: 100 };
  const ab = { top: 380, height: 110, lo: 2, hi: 4 };
  const H = 590;
  const yOcc = (v: number): number => occ.top + occ.height - ((v - occ.lo) / (occ.hi - occ.lo)) * occ.height;
  const yAb = (v: number): number => ab.top + ab.height - ((Math.min(ab.hi, Math.max(ab.lo, v)) - ab.lo) / (ab.hi - ab.lo)) * ab.height;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">`,
    '<title>Pacing grid: occupancy and abandonment per cell (docs/results/pacing.md)</title>',
    '<rect width="100%" height="100%" fill="white"/>',
    `<text x="${left}" y="22" font-size="15" font-weight="bold">Agents busy (occupancy), mean over seeds, per cell of the grid</text>`,
  ];
  let lx = left;
  for (const [name, color] of Object.entries(COLORS)) {
    out.push(`<rect x="${lx}" y="32" width="12" height="12" fill="${color}"/>`, `<text x="${lx + 16}" y="43" font-size="12">${name}</text>`);
    lx += 30 + name.length * 7;
  }
  out.push(`<line x1="${lx}" x2="${lx + 16}" y1="38" y2="38" stroke="#111827" stroke-width="2"/>`, `<text x="${lx + 20}" y="43" font-size="12">occupancy target</text>`);
  for (let v = occ.lo; v <= occ.hi; v += 10) {
    out.push(`<line x1="${left}" x2="${left + plotW}" y1="${yOcc(v)}" y2="${yOcc(v)}" stroke="#e5e7eb"/>`, `<text x="${left - 6}" y="${yOcc(v) + 4}" font-size="11" text-anchor="end">${v}%</text>`);
  }
  out.push(`<text transform="translate(16 ${occ.top + occ.height / 2}) rotate(-90)" font-size="12" text-anchor="middle">% of logged-in time</text>`);
  rows.forEach((r, i) => {
    const x0 = left + i * band;
    const bw = (band - 10) / 3;
    const bars: [keyof typeof COLORS, number][] = [
      ['progressive', r.progressiveOcc],
      ['adaptive', r.adaptiveOcc],
      ['predictive', r.predictiveOcc],
    ];
    bars.forEach(([series, v], k) => {
      const x = x0 + 5 + k * bw;
      out.push(
        `<rect data-cell="${esc(r.cell)}" data-series="${series} occupancy" data-value="${v}" x="${x.toFixed(1)}" y="${yOcc(v).toFixed(1)}" width="${(bw - 1).toFixed(1)}" height="${(occ.top + occ.height - yOcc(v)).toFixed(1)}" fill="${COLORS[series]}"/>`,
      );
    });
    if (r.target !== null) {
      out.push(`<line data-cell="${esc(r.cell)}" data-series="target occupancy" data-value="${r.target}" x1="${(x0 + 3).toFixed(1)}" x2="${(x0 + band - 3).toFixed(1)}" y1="${yOcc(r.target).toFixed(1)}" y2="${yOcc(r.target).toFixed(1)}" stroke="#111827" stroke-width="2"/>`);
    }
    labelOf(r.cell).forEach((t, k) => out.push(`<text x="${(x0 + band / 2).toFixed(1)}" y="${occ.top + occ.height + 15 + k * 12}" font-size="10" text-anchor="middle">${esc(t)}</text>`));
  });
  out.push(`<text x="${left}" y="${ab.top - 22}" font-size="15" font-weight="bold">Abandoned share of live answers: mean (dot) and worst seed (bar top), against the 3% limit</text>`);
  for (let v = ab.lo; v <= ab.hi; v += 0.5) {
    out.push(`<line x1="${left}" x2="${left + plotW}" y1="${yAb(v)}" y2="${yAb(v)}" stroke="#e5e7eb"/>`, `<text x="${left - 6}" y="${yAb(v) + 4}" font-size="11" text-anchor="end">${v.toFixed(1)}%</text>`);
  }
  out.push(`<line x1="${left}" x2="${left + plotW}" y1="${yAb(3)}" y2="${yAb(3)}" stroke="#dc2626" stroke-dasharray="5 3"/>`, `<text x="${left + plotW - 4}" y="${yAb(3) - 4}" font-size="11" fill="#dc2626" text-anchor="end">legal limit 3%</text>`);
  out.push(`<text transform="translate(16 ${ab.top + ab.height / 2}) rotate(-90)" font-size="12" text-anchor="middle">% of live answers</text>`);
  rows.forEach((r, i) => {
    const x0 = left + i * band;
    const dots: [keyof typeof COLORS, number, number][] = [
      ['adaptive', r.adaptiveAbandon, r.adaptiveAbandonWorst],
      ['predictive', r.predictiveAbandon, r.predictiveAbandonWorst],
    ];
    dots.forEach(([series, mean, worst], k) => {
      const x = (x0 + band * (k === 0 ? 0.35 : 0.65)).toFixed(1);
      out.push(
        `<line data-cell="${esc(r.cell)}" data-series="${series} abandonment worst" data-value="${worst}" x1="${x}" x2="${x}" y1="${yAb(mean).toFixed(1)}" y2="${yAb(worst).toFixed(1)}" stroke="${COLORS[series]}" stroke-width="3"/>`,
        `<circle data-cell="${esc(r.cell)}" data-series="${series} abandonment mean" data-value="${mean}" cx="${x}" cy="${yAb(mean).toFixed(1)}" r="4" fill="${COLORS[series]}"/>`,
      );
    });
    labelOf(r.cell).forEach((t, k) => out.push(`<text x="${(x0 + band / 2).toFixed(1)}" y="${ab.top + ab.height + 15 + k * 12}" font-size="10" text-anchor="middle">${esc(t)}</text>`));
  });
  out.push(
    `<text x="${left}" y="${H - 26}" font-size="11" fill="#57606a">N agents, p the share of dials answered live; "wrap 15": talk 120 s and wrap-up 15 s (otherwise talk 180 s, no wrap-up).</text>`,
    `<text x="${left}" y="${H - 12}" font-size="11" fill="#57606a">20 seeded 8-hour shifts per cell and strategy. Source: docs/results/pacing.md (npm run bench:pacing).</text>`,
  );
  out.push('</svg>', '');
  return out.join('\n');
}
