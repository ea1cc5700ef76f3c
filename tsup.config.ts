import { defineConfig } from 'tsup';

/** Each public area is its own entry so `dialdesk/<area>` loads only what it needs. */
const areas = ['logout', 'time', 'callback', 'webcallback', 'outbound', 'testing'] as const;

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['luxon', 'immer', 'pure-rand', 'fast-check'],
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['luxon', 'immer', 'pure-rand'],
  },
]);
