import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The docs site's reading order is ONE list, READING_ORDER in scripts/typedoc-reading-order.mjs.
const root = fileURLToPath(new URL('../../', import.meta.url));
const plugin = readFileSync(`${root}scripts/typedoc-reading-order.mjs`, 'utf8');
const listed = [...(/READING_ORDER = \[([^\]]*)\]/.exec(plugin)?.[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
const guides = readdirSync(`${root}docs/guides`).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
const config = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8')) as { projectDocuments: string[]; plugin: string[]; headings: { readme: boolean } };

describe('docs site', () => {
  it('reads the guides in order: the contract first, then time, each area, testing last', () => {
    expect(listed[0]).toBe('machines');
    expect(listed[1]).toBe('time');
    expect(listed.at(-1)).toBe('testing');
  });

  it.each(guides)('lists docs/guides/%s.md in READING_ORDER (scripts/typedoc-reading-order.mjs)', (guide) => {
    expect(listed).toContain(guide);
  });

  it('includes every guide and the results pages, with the reading-order plugin and one landing heading', () => {
    expect(config.projectDocuments).toEqual(expect.arrayContaining(['docs/guides/*.md', 'docs/results/*.md']));
    expect(config.plugin).toContain('./scripts/typedoc-reading-order.mjs');
    expect(config.headings.readme).toBe(false);
  });

  it.each(guides)('docs/guides/%s.md links to the API pages of what it uses', (guide) => {
    const text = readFileSync(`${root}docs/guides/${guide}.md`, 'utf8');
    expect(text).toMatch(/\{@link [A-Za-z.]+\}/);
  });
});
