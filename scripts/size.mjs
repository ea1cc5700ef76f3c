// Size budgets: bundles each entry of the built ESM package as a user's bundler would (minified,
// tree-shaken, dependencies excluded), gzips it and compares it with size-budget.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8'));
let failed = false;
const rows = [];
for (const [entry, budget] of Object.entries(config.budgets)) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: config.external,
    write: false,
    logLevel: 'silent',
  });
  const bytes = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  const ok = bytes <= budget;
  failed ||= !ok;
  rows.push(`${ok ? 'ok  ' : 'OVER'} ${entry.padEnd(28)} ${(bytes / 1024).toFixed(2).padStart(7)} kB of ${(budget / 1024).toFixed(2)} kB`);
}
console.log(`size (minified + gzipped, ${config.external.join(', ')} excluded)\n${rows.join('\n')}`);
if (failed) {
  console.error('size: an entry is over its budget (size-budget.json)');
  process.exit(1);
}
