import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Used by `npm run mutation` (scripts/mutation.mjs): the base configuration with only the test files of the
// rule file being mutated, given as a JSON list of globs in MUTATION_TESTS.
const tests: unknown = JSON.parse(process.env['MUTATION_TESTS'] ?? '[]');
if (!Array.isArray(tests) || tests.length === 0) throw new Error('MUTATION_TESTS must list the test globs (set by scripts/mutation.mjs).');

// Replace the include list (mergeConfig would append to it).
export default defineConfig({ ...base, test: { ...base.test, include: tests as string[] } });
