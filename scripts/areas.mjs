// The published subpaths, in one list. tsup.config.ts, vitest.config.ts (the `dialdesk/*` aliases),
// scripts/build.mjs (which checks the exports map and typedoc.json), scripts/size.mjs and the consumer
// test (scripts/consumer.mjs) all read it. An area whose `src/<area>/index.ts` does not exist yet is
// left out, so `genesys` appears as soon as its code does. Adding an area: one line here; then the
// checks say what else they need, each in one place: `node scripts/build.mjs --write-exports` writes
// its package.json exports, typedoc.json gets its entry point, size-budget.json its two budgets, and
// scripts/consumer-table.mjs its names.
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

const planned = [
  'logout',
  'time',
  'callback',
  'webcallback',
  'outbound',
  'genesys',
  'testing',
  'testing/arbitraries',
];

/** Every subpath `dialdesk/<p>` whose source entry `src/<p>/index.ts` exists, in the order above. */
export const subpaths = planned.filter((p) => existsSync(`${root}src/${p}/index.ts`));

/** The runtime dependencies and peers from package.json: never bundled into dist. */
export function externals() {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
}

function entry(dir) {
  return {
    import: { types: `./dist/${dir}index.d.ts`, default: `./dist/${dir}index.js` },
    require: { types: `./dist/${dir}index.d.cts`, default: `./dist/${dir}index.cjs` },
  };
}

/** The exports map package.json must have: the root, every subpath (types first), package.json. */
export function expectedExports() {
  return {
    '.': entry(''),
    ...Object.fromEntries(subpaths.map((p) => [`./${p}`, entry(`${p}/`)])),
    './package.json': './package.json',
  };
}

/** Every file an exports map points at (paths relative to the package root, without `./`). */
export function exportedFiles(exportsMap) {
  const files = [];
  const walk = (value) => {
    if (typeof value === 'string') files.push(value.replace(/^\.\//, ''));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exportsMap);
  return files;
}
