import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands, usage, version } from '../../src/cli/registry.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('dialdesk --help and --version', () => {
  it('lists every command with its summary, and the global options', () => {
    const text = usage();
    for (const [name, command] of Object.entries(commands)) expect(text).toContain(`  ${name.padEnd(10)} ${command.summary}`);
    expect(text).toContain('--version');
    expect(Object.keys(commands)).toEqual(expect.arrayContaining(['demo', 'simulate']));
  });

  it('prints the version of package.json', () => {
    expect(version()).toBe(pkg.version);
  });

  it('has every command named in the README', () => {
    for (const name of Object.keys(commands)) expect(readme).toContain(`dialdesk ${name}`);
  });
});
