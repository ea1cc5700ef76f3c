/**
 * The commands of `dialdesk`, its usage text and its version. Each command lives in
 * `./commands/<name>.ts` and is registered in the table below.
 */
import { readFileSync } from 'node:fs';
import type { Command } from './command.js';
import { demo } from './commands/demo.js';
import { simulate } from './commands/simulate.js';

export const commands: Readonly<Record<string, Command>> = { demo, simulate };

/** The package version, read from the package.json two folders up (dist/cli/ or src/cli/). */
export function version(): string {
  try {
    const json: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const v = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
    return typeof v === 'string' ? v : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The text of `dialdesk --help`: every command with its summary, and the global options. */
export function usage(): string {
  const names = Object.keys(commands).sort();
  return [
    'usage: dialdesk <command> [options]',
    '',
    'commands:',
    ...names.map((n) => `  ${n.padEnd(10)} ${commands[n]?.summary ?? ''}`),
    '',
    'options:',
    '  -h, --help     show this help (dialdesk <command> --help for the options of a command)',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

