import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    // Examples in the docs import the package by name; tests run them against the source.
    alias: [
      { find: /^dialdesk$/, replacement: `${src}index.ts` },
      { find: /^dialdesk\/(logout|time|callback|webcallback|outbound|genesys|testing)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    pool: 'threads',
    // Tests assert behaviour, never speed: property suites may run slowly on a loaded 2-core machine.
    testTimeout: 120_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
