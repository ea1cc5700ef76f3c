/**
 * The `dialdesk` command. The only part of the package that touches the process, the console and the clock.
 * Each command lives in `./commands/<name>.ts` and is registered in the table below.
 */
import type { Command } from './command.js';
import { demo } from './commands/demo.js';
import { simulate } from './commands/simulate.js';

const commands: Readonly<Record<string, Command>> = { demo, simulate };

function usage(): string {
  const names = Object.keys(commands).sort();
  return `usage: dialdesk <command> [options]\n\ncommands:\n${names.map((n) => `  ${n.padEnd(10)} ${commands[n]?.summary ?? ''}`).join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`dialdesk: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dialdesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
