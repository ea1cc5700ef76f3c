import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// `npm test` extracts the ```ts blocks of README.md and docs/guides/*.md into examples/extracted/docs
// (scripts/extract-examples.mjs) and type-checks them; here each runnable one is executed.
const dir = fileURLToPath(new URL('../../examples/extracted/docs/', import.meta.url));
const files = (() => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.no-run.ts'));
  } catch {
    return [];
  }
})();

describe('documentation examples run', () => {
  it('were extracted (run `npm run examples` first)', () => {
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  it.each(files)('%s', async (file) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(import(`${dir}${file}`)).resolves.toBeDefined();
    } finally {
      log.mockRestore();
    }
  });
});
