import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagrams, graphOf, MACHINES } from '../../scripts/figures/machines.js';
import { pacingChart, parseGrid } from '../../scripts/figures/pacing-chart.js';

// The figures of the docs are generated (scripts/figures); these tests regenerate them and compare, so a
// figure never drifts from its machine or its data. After a change: `npm run figures`, then commit.
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const regenerate = 'out of date: run `npm run figures` and commit the result';

describe('state diagrams (docs/diagrams)', () => {
  const generated = diagrams();

  it.each(generated.map((d) => [d.file, d] as const))('docs/diagrams/%s.svg is what the machine does', (file, d) => {
    expect(read(`docs/diagrams/${file}.svg`), `docs/diagrams/${file}.svg ${regenerate}`).toBe(d.svg);
  });

  it.each(generated.map((d) => [d.file, d.guide] as const))('docs/diagrams/%s.svg is shown in docs/guides/%s.md', (file, guide) => {
    expect(read(`docs/guides/${guide}.md`)).toContain(`](../diagrams/${file}.svg)`);
  });

  it('draws every status and every accepted event of a machine (logout)', () => {
    const row = MACHINES.find((r) => r.file === 'logout');
    if (row === undefined) throw new Error('no logout row');
    const g = graphOf(row);
    expect(g.initial).toContain('logged-in');
    expect(g.edges).toContainEqual(expect.objectContaining({ from: 'logged-in', to: 'awaiting-authorization', events: expect.arrayContaining(['logout-requested']) as unknown }));
    expect(g.edges).toContainEqual(expect.objectContaining({ from: 'awaiting-authorization', to: 'authorized', events: expect.arrayContaining(['request-acknowledged']) as unknown }));
    const svg = generated.find((d) => d.file === 'logout')?.svg ?? '';
    for (const s of g.states) expect(svg).toContain(`>${s}</text>`);
    for (const e of g.edges.flatMap((x) => x.events)) expect(svg).toContain(e);
  });
});

describe('pacing chart (docs/results/pacing.svg)', () => {
  const md = read('docs/results/pacing.md');
  const svg = read('docs/results/pacing.svg');

  it('is generated from docs/results/pacing.md', () => {
    expect(svg, `docs/results/pacing.svg ${regenerate}`).toBe(pacingChart(md));
  });

  it('shows every figure of the table, and nothing else', () => {
    const rows = parseGrid(md);
    expect(rows).toHaveLength(16);
    const shown = [...svg.matchAll(/data-cell="([^"]+)" data-series="([^"]+)" data-value="([^"]+)"/g)].map((m) => `${m[1]}|${m[2]}|${m[3]}`);
    const expected = rows.flatMap((r) => [
      `${r.cell}|progressive occupancy|${r.progressiveOcc}`,
      `${r.cell}|adaptive occupancy|${r.adaptiveOcc}`,
      `${r.cell}|predictive occupancy|${r.predictiveOcc}`,
      ...(r.target === null ? [] : [`${r.cell}|target occupancy|${r.target}`]),
      `${r.cell}|adaptive abandonment worst|${r.adaptiveAbandonWorst}`,
      `${r.cell}|adaptive abandonment mean|${r.adaptiveAbandon}`,
      `${r.cell}|predictive abandonment worst|${r.predictiveAbandonWorst}`,
      `${r.cell}|predictive abandonment mean|${r.predictiveAbandon}`,
    ]);
    expect(shown.sort()).toEqual(expected.sort());
    // Spot-check the parser against the page itself.
    expect(rows[1]).toMatchObject({ cell: 'N=10 p=0.3', progressiveOcc: 76.1, predictiveOcc: 85.6, predictiveAbandonWorst: 2.6, target: 84 });
  });

  it('is shown in the pacing guide', () => {
    expect(read('docs/guides/pacing.md')).toContain('](../results/pacing.svg)');
  });
});
