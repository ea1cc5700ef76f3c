// npm test: every check, in order, stopping at the first failure with its name, and one line at the end.
// The package is built once (step build: JavaScript and declarations) and packed once; the steps after
// it (package checks, consumer test, size, browser) use that build and that tarball.
//   node scripts/test.mjs --only consumer,size   runs some steps (those after build need a build)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const packDir = mkdtempSync(join(tmpdir(), 'dialdesk-pack-'));
const tarball = () => join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')) ?? 'missing.tgz');

/** name, what it checks, and the commands it runs (each an argv; a function is evaluated when the step starts). */
const steps = [
  ['typecheck', 'tsc on src, test, bench, scripts, examples', [[bin('tsc'), '-p', 'tsconfig.json', '--noEmit']]],
  ['examples', 'every README, guide and TSDoc example type-checks', [['node', 'scripts/extract-examples.mjs'], [bin('tsc'), '-p', 'tsconfig.examples.json', '--noEmit']]],
  ['lint', 'eslint', [[bin('eslint'), '.']]],
  ['unit', 'vitest', [[bin('vitest'), 'run']]],
  ['time-zones', 'the zone-sensitive suites under three machine zones', [['node', 'scripts/time-zones.mjs']]],
  ['build', 'dist: JavaScript (tsup) and declarations (tsc), exports map checked', [['node', 'scripts/build.mjs']]],
  ['package', 'npm pack, publint, are-the-types-wrong', [['npm', 'pack', '--silent', '--pack-destination', packDir], [bin('publint'), '--strict'], () => [bin('attw'), tarball(), '--profile', 'node16']]],
  ['consumer', 'the tarball installed and used as a user would', [['node', 'scripts/consumer.mjs']]],
  ['size', 'size budgets per subpath and of the installed package', [['node', 'scripts/size.mjs']]],
  ['browser', 'examples/agent-ui in headless Chromium', [[bin('vitest'), 'run', '--config', 'vitest.browser.config.ts']]],
  ['docs', 'typedoc validation', [[bin('typedoc'), '--emit', 'none']]],
];

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? null : (process.argv[onlyAt + 1] ?? '').split(',');
const selected = only === null ? steps : steps.filter(([name]) => only.includes(name));
if (only !== null && selected.length !== only.length) {
  console.error(`npm test: unknown step in --only; the steps are ${steps.map(([name]) => name).join(', ')}`);
  process.exit(2);
}

const started = Date.now();
const minutes = (ms) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${s % 60}s`;
};
const elapsed = () => minutes(Date.now() - started);
const passed = [];
let status = 0;
for (const [index, [name, what, commands]] of selected.entries()) {
  const stepStarted = Date.now();
  console.log(`\n== npm test ${index + 1}/${selected.length}: ${name} (${what})`);
  for (const command of commands) {
    const [cmd, ...args] = typeof command === 'function' ? command() : command;
    const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DIALDESK_TARBALL: selected.some(([n]) => n === 'package') ? tarball() : '' } });
    if (run.status !== 0) {
      console.error(`\nnpm test: FAILED at step ${index + 1}/${selected.length} ${name} (${[cmd.replace(`${root}node_modules/.bin/`, ''), ...args].join(' ')}) after ${elapsed()}; passed before it: ${passed.join(', ') || 'none'}`);
      status = 1;
      break;
    }
  }
  if (status !== 0) break;
  passed.push(`${name} ${Math.round((Date.now() - stepStarted) / 1000)}s`);
}
rmSync(packDir, { recursive: true, force: true });
if (status === 0) console.log(`\nnpm test: ${passed.length} step${passed.length === 1 ? '' : 's'} passed (${passed.join(', ')}) in ${elapsed()}`);
process.exit(status);
