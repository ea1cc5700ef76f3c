import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { externals, subpaths } from './scripts/areas.mjs';

/**
 * JavaScript only: `npm run build` (scripts/build.mjs) empties `dist` once, runs this, then emits the
 * declarations with tsc, one `.d.ts` (and `.d.cts`) per source file. Nothing here cleans `dist`, so the
 * two configurations below write disjoint files and cannot race.
 */
const external = externals();

/**
 * The root entry re-exports each area as a namespace. Bundled with the areas, those namespace objects
 * would land in chunks that every subpath shares, dragging all of an area into every other one. Here
 * the root imports the subpath files at run time instead: one copy of each area, and the subpaths stay
 * as small as their own code. (`core` is not a subpath: it stays bundled into the root.)
 */
const areasAsSiblings: Plugin = {
  name: 'dialdesk-areas-as-siblings',
  setup(build) {
    // tsup builds CJS with splitting as ESM and renames the output: `outExtension` says which.
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /^\.\/[a-z/]+\/index\.js$/ }, (args) => {
      if (!args.importer.endsWith('src/index.ts')) return undefined;
      const area = args.path.slice(2, -'/index.js'.length);
      return subpaths.includes(area) ? { path: `./${area}/index${extension}`, external: true } : undefined;
    });
  },
};

const library: Options = {
  entry: { index: 'src/index.ts', ...Object.fromEntries(subpaths.map((p) => [`${p}/index`, `src/${p}/index.ts`])) },
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  sourcemap: false,
  dts: false,
  clean: false,
  silent: true,
  external,
  esbuildPlugins: [areasAsSiblings],
};

/** The CLI loads the built package (`dist/index.js`) rather than carrying a second copy of it. */
const cliUsesPackage: Plugin = {
  name: 'dialdesk-cli-uses-package',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === resolve('src/index.ts') ? { path: '../index.js', external: true } : undefined,
    );
  },
};

const cli: Options = {
  entry: { 'cli/main': 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  clean: false,
  silent: true,
  banner: { js: '#!/usr/bin/env node' },
  external,
  esbuildPlugins: [cliUsesPackage],
};

export default defineConfig([library, cli]);
