#!/usr/bin/env node
// npm run mutation [-- --only <src file>] [--concurrency N]
//
// Mutation testing of the rule files (issue 22): Stryker 9.6.1 with the vitest runner, one run per rule
// file with only its related tests, string literals excluded (messages are not rules). The score is
// (killed + timed out) / all valid mutants (killed, timed out, survived, no coverage); the "adjusted" score
// leaves out the survivors judged equivalent in scripts/mutation-equivalent.json (each with its reason), and
// the floor is checked against it. Writes docs/results/mutation.json (one row per file, so `--only` updates
// one row) and docs/results/mutation.md. Not part of `npm test`: a full run takes long on a small machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * THE table: rule file -> its related test files (globs) -> floor. Compliance files, the ledger and
 * the contact policy must reach 95%, every other rule file 90%. A row with `whenExists` runs only once that
 * path exists.
 */
const table = [
  { file: 'src/outbound/pacing/compliance.ts', tests: ['test/outbound/pacing/ledger.test.ts', 'test/outbound/pacing/compliance*.test.ts'], floor: 95 },
  { file: 'src/outbound/pacing/ledger.ts', tests: ['test/outbound/pacing/ledger*.test.ts', 'test/outbound/pacing/compliance*.test.ts'], floor: 95 },
  { file: 'src/callback/grid.ts', tests: ['test/callback/grid*.test.ts'], floor: 90 },
  { file: 'src/logout/rules.ts', tests: ['test/logout/*.test.ts'], floor: 90 },
  { file: 'src/logout/transition.ts', tests: ['test/logout/*.test.ts'], floor: 90 },
  {
    file: 'src/callback/availability.ts',
    // Only the files that state availability's rules: test/callback/grid.test.ts computes its slot list in a
    // describe block, at collection time, which made 172 of 264 mutants "static" (each ran every test).
    note: 'Related tests: the availability files only (the grid tests computed slots at collection time, outside any test, which made most mutants static).',
    tests: ['test/callback/availability*.test.ts'],
    floor: 90,
  },
  { file: 'src/webcallback/clock-face.ts', tests: ['test/webcallback/*.test.ts'], floor: 90 },
  { file: 'src/outbound/treatments/next-attempt.ts', tests: ['test/outbound/treatments*.test.ts', 'test/outbound/next-attempt*.test.ts'], floor: 90 },
  { file: 'src/time/resolve.ts', tests: ['test/time/resolve*.test.ts', 'test/time/engine*.test.ts', 'test/time/transitions*.test.ts'], floor: 90 },
  // ---- Files this round added: one row per file, so `--only` runs one file at a time. ----
  // The contact-attempt policy (issue 20; 95%, as compliance files).
  // check.ts and parse.ts moved to src/compliance (callback imports them too); src/outbound/contact-policy
  // keeps only re-exports of them, which hold no rules.
  ...['check.ts', 'parse.ts'].map((f) => ({
    file: `src/compliance/${f}`,
    tests: ['test/contact-policy/**/*.test.ts'],
    floor: 95,
  })),
  { file: 'src/outbound/contact-policy/outcome-of.ts', tests: ['test/contact-policy/**/*.test.ts'], floor: 95 },
  { file: 'src/outbound/contact-policy/pacing.ts', tests: ['test/contact-policy/**/*.test.ts', 'test/outbound/pacing/preset-config*.test.ts'], floor: 95 },
  // The offset engine (the one place that asks the zone database for offsets).
  {
    file: 'src/time/engine.ts',
    // The focused tests only: its rules at known instants (engine.rules), luxon on a sample of zones
    // (engine.property) and a synthetic excursion (engine.excursion). The sweep of every zone from 1800 to
    // 2200 (offsets.property, about 1.5 min a run) stays in the normal suite: with it a run took hours.
    note: 'Related tests: test/time/engine*.test.ts (rules at known instants, luxon on a sample of zones, a synthetic excursion); the sweep of every zone from 1800 to 2200 stays in the normal suite.',
    tests: ['test/time/engine*.test.ts'],
    floor: 90,
  },
  // The OCS codecs (wire key/value <-> typed messages and requests).
  ...['decode.ts', 'encode.ts'].map((f) => ({
    file: `src/genesys/ocs/${f}`,
    tests: ['test/genesys/protocol*.test.ts', 'test/genesys/transcripts.test.ts', 'test/genesys/ocs-*.test.ts'],
    floor: 90,
  })),
  // The OCS bridge: the machine that correlates requests and answers (bridge.ts) and the one file that
  // binds wire messages and requests to the domain's events and requests (domain.ts).
  ...['bridge.ts', 'domain.ts'].map((f) => ({
    file: `src/genesys/ocs/${f}`,
    tests: ['test/genesys/bridge*.test.ts', 'test/genesys/transcripts.test.ts', 'test/genesys/session-logout.test.ts'],
    floor: 90,
  })),
];

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only');
const concurrency = Number(opt('--concurrency') ?? 2);
// --report: rewrite the results from the JSON reports Stryker left in .stryker-tmp, without running it.
const reportOnly = args.includes('--report');
const rows = table.filter((r) => (only ? r.file === only || r.file.endsWith(only) : r.whenExists === undefined || existsSync(join(root, r.whenExists))));
if (rows.length === 0) {
  console.error(`No row of the table matches ${only ?? '(none enabled)'}; rows: ${table.map((r) => r.file).join(', ')}`);
  process.exit(2);
}

const resultsDir = join(root, 'docs/results');
const jsonPath = join(resultsDir, 'mutation.json');
const equivalents = JSON.parse(readFileSync(join(root, 'scripts/mutation-equivalent.json'), 'utf8'));
const results = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
const work = join(root, '.stryker-tmp');
mkdirSync(work, { recursive: true });

/** The key a survivor is judged under: `line:column mutator -> replacement`. */
const keyOf = (m) => `${m.location.start.line}:${m.location.start.column} ${m.mutatorName} -> ${m.replacement ?? ''}`;

for (const row of reportOnly ? [] : rows) {
  const slug = row.file.replace(/[^a-z0-9]+/gi, '-');
  const report = join(work, `report.${slug}.json`);
  rmSync(report, { force: true });
  const config = {
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.mutation.config.ts', related: false },
    mutate: [row.file],
    mutator: { excludedMutations: ['StringLiteral'] },
    coverageAnalysis: 'perTest',
    concurrency,
    // Added to the per-test time Stryker measures (times 1.5): a mutant that loops is stopped after that.
    timeoutMS: 10_000,
    dryRunTimeoutMinutes: 15,
    reporters: ['json', 'progress'],
    jsonReporter: { fileName: report },
    ignorePatterns: ['dist', 'docs/site', 'coverage', '.stryker-tmp'],
    tempDirName: `.stryker-tmp/sandbox-${slug}`,
    cleanTempDir: 'always',
  };
  const configPath = join(work, `stryker.${slug}.config.json`);
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  console.log(`\n== ${row.file} (tests: ${row.tests.join(', ')})`);
  const run = spawnSync('npx', ['stryker', 'run', configPath], { cwd: root, stdio: 'inherit', env: { ...process.env, MUTATION_TESTS: JSON.stringify(row.tests) } });
  if (run.status !== 0 || !existsSync(report)) {
    console.error(`Stryker failed on ${row.file} (exit ${run.status}).`);
    process.exitCode = 1;
    continue;
  }
  summarize(row, report);
}

function summarize(row, report) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  for (const [file, data] of Object.entries(json.files)) {
    const count = (s) => data.mutants.filter((m) => m.status === s).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survivors = data.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
    const valid = killed + timeout + survivors.length;
    const judged = equivalents[file] ?? {};
    const equivalent = survivors.filter((m) => judged[keyOf(m)] !== undefined).map((m) => ({ key: keyOf(m), reason: judged[keyOf(m)] }));
    const open = survivors.filter((m) => judged[keyOf(m)] === undefined).map((m) => ({ key: keyOf(m), original: data.source.split('\n')[m.location.start.line - 1]?.trim() ?? '' }));
    const score = valid > 0 ? (100 * (killed + timeout)) / valid : 100;
    const adjusted = valid - equivalent.length > 0 ? (100 * (killed + timeout)) / (valid - equivalent.length) : 100;
    results[file] = { file, mutants: valid, killed, timeout, survived: survivors.length, score, equivalent, adjusted, floor: row.floor, open, at: statSync(report).mtime.toISOString() };
  }
}

if (reportOnly) {
  for (const row of rows) {
    const report = join(work, `report.${row.file.replace(/[^a-z0-9]+/gi, '-')}.json`);
    if (existsSync(report)) summarize(row, report);
  }
}

// Keep the rows in table order.
const order = (f) => {
  const i = table.findIndex((r) => r.file === f || (r.file.includes('*') && f.startsWith(r.file.slice(0, r.file.indexOf('*')))));
  return i < 0 ? table.length : i;
};
const all = Object.values(results).sort((a, b) => order(a.file) - order(b.file) || a.file.localeCompare(b.file));
mkdirSync(resultsDir, { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(Object.fromEntries(all.map((r) => [r.file, r])), null, 2)}\n`);

const pct = (x) => `${x.toFixed(1)}%`;
const lines = [
  '# Mutation scores of the rule files',
  '',
  'Written by `npm run mutation` (scripts/mutation.mjs: Stryker 9.6.1, vitest runner, string literals excluded,',
  'each rule file mutated with only its related tests). **score** = (killed + timed out) / all valid mutants;',
  '**adjusted** leaves out the survivors judged equivalent (scripts/mutation-equivalent.json, listed below with',
  'their reasons); the floor (90%, 95% for compliance files, the ledger and the contact policy) applies to it.',
  '',
  '| file | mutants | killed | timed out | survived | score | equivalent | adjusted | floor | measured |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...all.map(
    (r) =>
      `| ${r.file.replace(/^src\//, '')} | ${r.mutants} | ${r.killed} | ${r.timeout} | ${r.survived} | ${pct(r.score)} | ${r.equivalent.length} | ${pct(r.adjusted)} ${r.adjusted >= r.floor ? '✓' : '✗'} | ${r.floor}% | ${r.at.slice(0, 16).replace('T', ' ')} |`,
  ),
  '',
  ...(() => {
    const missing = table.filter((r) => !r.file.includes('*') && results[r.file] === undefined);
    return missing.length === 0 ? [] : ['## Rows of the table not measured yet', '', ...missing.map((r) => `- ${r.file}${r.note ? `: ${r.note}` : ''}`), ''];
  })(),
  '## Survivors judged equivalent',
  '',
  ...all.flatMap((r) => (r.equivalent.length === 0 ? [] : [`### ${r.file}`, '', ...r.equivalent.map((e) => `- \`${e.key}\`: ${e.reason}`), ''])),
  '## Survivors not yet killed',
  '',
  ...all.flatMap((r) => (r.open.length === 0 ? [] : [`### ${r.file}`, '', ...r.open.map((e) => `- \`${e.key}\` (line: \`${e.original.slice(0, 100)}\`)`), ''])),
];
writeFileSync(join(resultsDir, 'mutation.md'), `${lines.join('\n')}\n`);
console.log(`\nWrote docs/results/mutation.md (${all.length} files).`);
