/**
 * The `dialdesk` command. The only part of the package that touches the process, the console and the clock.
 */
const [command] = process.argv.slice(2);
process.stdout.write(`dialdesk: unknown command ${command ?? '(none)'}\n`);
process.exitCode = 2;
