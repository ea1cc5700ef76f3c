import { defineConfig } from 'vitest/config';

// The real-browser check: runs after `npm run build`, drives examples/agent-ui in headless Chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
