/**
 * `npm run fuzz -- --seconds N [--seed S] [--only name,...] [--timeout MS] [--jobs J]`, or
 * `npm run fuzz -- --repro <machine>:<seed>` / `--repro <area>:<call> [--seed S]` (or
 * `functions:<area>:<call>` for an area named like a machine, `webcallback`) to replay one finding
 * in this process (a machine finding names its seed, a function finding its seed and call). Drives every
 * machine with `dialdesk/testing` sequences mixed with hostile values, and every exported function of
 * every area with hostile arguments, each target in child processes with a per-unit timeout, then
 * prints one row per target (events or calls, law violations, exceptions, caller objects frozen,
 * slow calls over 50 ms, hangs and crashes) and the examples that reproduce each finding. A call or
 * event over 50 ms is run twice more and counts as slow only when the fastest run is over 50 ms too (a
 * pause for garbage collection or another process on a shared machine does not repeat).
 * Exits 1 when anything was found. Not part of `npm test` (test/fuzz/fuzz.test.ts is the short run).
 */
import { fuzzMachine } from '../test/fuzz/drive.js';
import { areas, callAt, callLabel, callOnce, exportedFunctions } from '../test/fuzz/functions.js';
import { fuzzMachines } from '../test/fuzz/machines.js';
import { runTarget, type Target } from '../test/fuzz/runner.js';
import { emptyTally, table, type Tally } from '../test/fuzz/tally.js';

function flag(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const a = argv[i] as string;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[i + 1] ?? fallback);
}

function positive(name: string, fallback: number): number {
  const n = Number(flag(name, String(fallback)));
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`fuzz: --${name} must be a positive number\n`);
    process.exit(2);
  }
  return n;
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    [
      'npm run fuzz -- [--seconds N] [--seed S] [--only target,...] [--timeout MS] [--jobs J]',
      '  --seconds N   fuzzing time per target (each machine, and the functions of each area), default 10',
      '  --seed S      seed of the run, default 1',
      "  --only LIST   targets by name (a machine id, an area name) or kind ('machine', 'functions')",
      '  --timeout MS  a unit (one call, one machine sequence) running longer is a hang, default 5000',
      '  --jobs J      targets run at once, each in its own child process, default 2',
      'npm run fuzz -- --repro <machine>:<seed> | <area>:<call> | functions:<area>:<call> [--seed S]',
      '  replays one finding in this process',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const seconds = positive('seconds', 10);
const seed = Math.floor(positive('seed', 1));
const timeoutMs = positive('timeout', 5000);
const jobs = Math.floor(positive('jobs', 2));
const only = flag('only', '').split(',').filter((s) => s !== '');
const repro = flag('repro', '');
if (repro !== '') {
  // `functions:<area>:<call>` names an area's functions where a machine has the same id (`webcallback`).
  const parts = repro.split(':');
  const forced = parts.length === 3 && parts[0] === 'functions';
  const [name = '', number = ''] = forced ? parts.slice(1) : parts;
  const machine = forced ? undefined : fuzzMachines.find((m) => m.id === name);
  const t = emptyTally();
  if (machine !== undefined) {
    Object.assign(t, fuzzMachine(machine, { seed: Number(number), until: Number.POSITIVE_INFINITY, maxSequences: 1 }));
  } else if (name in areas) {
    const { target, args } = callAt(exportedFunctions(name), seed, Number(number));
    const label = callLabel(target, seed, Number(number), args);
    process.stdout.write(`calling ${label}\n`);
    callOnce(t, target, args, label, () => callAt(exportedFunctions(name), seed, Number(number)).args);
  } else {
    process.stderr.write(`fuzz: --repro takes <machine>:<seed>, <area>:<call> or functions:<area>:<call>\n`);
    process.exit(2);
  }
  process.stdout.write(`${table([{ target: repro, tally: t }])}\n${t.examples.map((e) => `  ${e}`).join('\n')}\n`);
  process.exit(t.violations + t.exceptions + t.freezes + t.slow > 0 ? 1 : 0);
}
const targets: Target[] = [
  ...fuzzMachines.map((m): Target => ({ kind: 'machine', target: m.id })),
  ...Object.keys(areas).map((a): Target => ({ kind: 'functions', target: a })),
].filter((t) => only.length === 0 || only.includes(t.target) || only.includes(t.kind));

const label = (t: Target): string => (t.kind === 'machine' ? t.target : `${t.target} (functions)`);
process.stderr.write(`fuzz: ${targets.length} targets, ${seconds} s each, seed ${seed}, ${jobs} at a time, per-unit timeout ${timeoutMs} ms\n`);
const results: { target: string; tally: Tally }[] = [];
const queue = [...targets];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
      const tally = await runTarget(t, { seed, seconds, timeoutMs });
      results.push({ target: label(t), tally });
      process.stderr.write(`fuzz: ${label(t)} done\n`);
    }
  }),
);
results.sort((a, b) => targets.findIndex((t) => label(t) === a.target) - targets.findIndex((t) => label(t) === b.target));
process.stdout.write(`${table(results)}\n\n`);
for (const r of results) {
  if (r.tally.examples.length === 0) continue;
  const order = ['hangs', 'exceptions', 'freezes', 'violations', 'slow'];
  const sorted = [...r.tally.examples].sort((a, b) => order.indexOf(a.slice(0, a.indexOf(':'))) - order.indexOf(b.slice(0, b.indexOf(':'))));
  process.stdout.write(`${r.target}:\n${sorted.map((e) => `  ${e}`).join('\n')}\n`);
}
const found = results.some(({ tally: t }) => t.violations + t.exceptions + t.freezes + t.slow + t.hangs > 0);
process.exitCode = found ? 1 : 0;
