// Size budgets (size-budget.json), checked in npm test after the build:
//  - each entry point of the built ESM package bundled as a user's bundler would (esbuild, minified,
//    tree-shaken, for the browser), gzipped: once without its runtime dependencies and peers (what
//    dialdesk itself weighs) and once with them (what a user's bundle really gains: luxon, pure-rand,
//    fast-check for the arbitraries, and whatever else package.json lists as a dependency);
//  - the installed package: `npm pack --dry-run` (unpacked size, packed size, file count).
// Budgets are the measured sizes with a small margin: lower one when an entry shrinks; raising one is a
// decision to record in the CHANGELOG. An entry point without a budget fails with its measured sizes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { externals, subpaths } from './areas.mjs';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8'));
const external = externals();
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function gzipped(file, withDependencies) {
  const result = await build({
    entryPoints: [`${root}${file}`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: withDependencies ? [] : external,
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const problems = [];
const rows = [];
for (const path of ['.', ...subpaths]) {
  const name = path === '.' ? 'dialdesk' : `dialdesk/${path}`;
  const file = path === '.' ? 'dist/index.js' : `dist/${path}/index.js`;
  const without = await gzipped(file, false);
  const withDeps = await gzipped(file, true);
  const budget = config.subpaths?.[name];
  if (budget === undefined) {
    problems.push(`${name} has no budget in size-budget.json (measured: "without": ${without}, "with": ${withDeps})`);
    rows.push(`  ??   ${name.padEnd(28)} ${kB(without).padStart(9)} ${kB(withDeps).padStart(9)}`);
    continue;
  }
  const ok = without <= budget.without && withDeps <= budget.with;
  if (!ok) problems.push(`${name} is over its budget: ${kB(without)} of ${kB(budget.without)} without dependencies, ${kB(withDeps)} of ${kB(budget.with)} with them`);
  rows.push(`  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(28)} ${kB(without).padStart(9)} ${kB(withDeps).padStart(9)}    (${kB(budget.without)} / ${kB(budget.with)})`);
}

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const installedOk = packed.unpackedSize <= config.installed.budget;
if (!installedOk) problems.push(`the installed package is ${kB(packed.unpackedSize)}, over its budget of ${kB(config.installed.budget)}`);

console.log(`size: minified + gzipped, without / with the runtime dependencies (${external.join(', ')}); budgets in brackets`);
console.log(rows.join('\n'));
console.log(
  `  ${installedOk ? 'ok  ' : 'OVER'} installed package: ${kB(packed.unpackedSize)} of ${kB(config.installed.budget)} (packed ${kB(packed.size)}, ${packed.entryCount} files)`,
);
if (problems.length > 0) {
  console.error(`size: ${problems.join('\nsize: ')}`);
  process.exit(1);
}
