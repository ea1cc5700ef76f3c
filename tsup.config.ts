import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/** Each public area is its own entry so `dialdesk/<area>` loads only what it needs. */
const areas = ['logout', 'time', 'callback', 'webcallback', 'outbound', 'genesys', 'testing'] as const;
const external = ['luxon', 'immer', 'pure-rand', 'fast-check'];

/**
 * The root entry re-exports each area as a namespace. Bundled with the areas, those namespace objects
 * would land in chunks that every subpath shares, dragging all of an area into every other one. Built
 * on its own, the root imports the subpath files at run time instead: one copy of each area, and the
 * subpaths stay as small as their own code.
 */
function areasAsSiblings(extension: 'js' | 'cjs'): Plugin {
  return {
    name: 'dialdesk-areas-as-siblings',
    setup(build) {
      build.onResolve({ filter: /^\.\/(logout|time|callback|webcallback|outbound|genesys|core)\/index\.js$/ }, (args) => {
        if (!args.importer.endsWith('src/index.ts')) return undefined;
        const area = /^\.\/([a-z]+)\//.exec(args.path)?.[1] ?? '';
        // core is not a subpath of its own: it stays bundled into the root.
        return area === 'core' ? undefined : { path: `./${area}/index.${extension}`, external: true };
      });
    },
  };
}

const shared: Options = { sourcemap: true, target: 'es2022', platform: 'neutral', treeshake: true, external };

export default defineConfig([
  {
    ...shared,
    entry: Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
  },
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm'], dts: true, splitting: false, esbuildPlugins: [areasAsSiblings('js')] },
  { ...shared, entry: { index: 'src/index.ts' }, format: ['cjs'], dts: true, splitting: false, esbuildPlugins: [areasAsSiblings('cjs')] },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external,
  },
]);
