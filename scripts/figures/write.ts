/**
 * Writes the generated figures of the docs: the state diagram of every machine (docs/diagrams/*.svg)
 * and the pacing grid chart (docs/results/pacing.svg). Run `npm run figures` after changing a machine,
 * its arbitraries or docs/results/pacing.md; test/docs/figures.test.ts fails until you do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { diagrams } from './machines.js';
import { pacingChart } from './pacing-chart.js';

const root = new URL('../../', import.meta.url);
mkdirSync(new URL('docs/diagrams/', root), { recursive: true });
for (const d of diagrams()) writeFileSync(new URL(`docs/diagrams/${d.file}.svg`, root), d.svg);
writeFileSync(new URL('docs/results/pacing.svg', root), pacingChart(readFileSync(new URL('docs/results/pacing.md', root), 'utf8')));
