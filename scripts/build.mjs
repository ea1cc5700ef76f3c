// npm run build: dist/ from nothing, the same files every time.
//   1. empty dist once (no tool below cleans anything, so nothing can delete another's output);
//   2. JavaScript with tsup (tsup.config.ts: ESM + CJS of the root and every subpath, and the CLI) and,
//      at the same time, declarations with tsc (tsconfig.build.json: one .d.ts per source file, so
//      nested namespaces such as `outbound.reschedule` keep their types exactly as the source has them);
//   3. a .d.cts twin of every .d.ts for `require` (relative specifiers `.js` -> `.cjs`, TSDoc comments left out);
//   4. check that package.json's exports map is the one scripts/areas.mjs implies (`--write-exports`
//      rewrites it), that typedoc.json documents every subpath, and that every file the map points at
//      exists; fail naming the file.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedExports, exportedFiles, subpaths } from './areas.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const started = Date.now();

function run(name, command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build: ${name} failed (exit ${code})\n${output}`))));
  });
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function checkExports() {
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const expected = expectedExports();
  if (JSON.stringify(pkg.exports) !== JSON.stringify(expected)) {
    if (!process.argv.includes('--write-exports')) {
      const have = Object.keys(pkg.exports ?? {});
      const want = Object.keys(expected);
      const missing = want.filter((k) => !have.includes(k));
      const extra = have.filter((k) => !want.includes(k));
      throw new Error(
        `build: package.json "exports" differs from scripts/areas.mjs` +
          (missing.length > 0 ? `; missing ${missing.join(', ')}` : '') +
          (extra.length > 0 ? `; not an area ${extra.join(', ')}` : '') +
          '. Run `node scripts/build.mjs --write-exports` to rewrite it.',
      );
    }
    pkg.exports = expected;
    writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
    console.log('build: rewrote the exports map of package.json');
  }
  const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
  const undocumented = subpaths.map((p) => `src/${p}/index.ts`).filter((entry) => !typedoc.entryPoints.includes(entry));
  if (undocumented.length > 0) throw new Error(`build: typedoc.json "entryPoints" lacks ${undocumented.join(', ')}`);
  return pkg;
}

function checkFiles(pkg) {
  const missing = exportedFiles(pkg.exports).filter((file) => !existsSync(join(root, file)));
  for (const field of ['main', 'module', 'types']) if (pkg[field] && !existsSync(join(root, pkg[field]))) missing.push(pkg[field]);
  if (missing.length > 0) throw new Error(`build: package.json points at files the build did not write:\n  ${missing.join('\n  ')}`);
}

try {
  const pkg = checkExports();
  rmSync(dist, { recursive: true, force: true });
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  await Promise.all([run('tsup (JavaScript)', bin('tsup'), []), run('tsc (declarations)', bin('tsc'), ['-p', 'tsconfig.build.json'])]);
  let declarations = 0;
  for (const file of files(dist)) {
    if (!file.endsWith('.d.ts')) continue;
    // The CommonJS twin carries the types without the TSDoc comments: editors show the docs from the
    // ESM declarations, and the package stays within its installed-size budget.
    const text = readFileSync(file, 'utf8')
      .replace(/(['"])(\.\.?\/[^'"]*?)\.js\1/g, '$1$2.cjs$1')
      .replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\r?\n/gm, '');
    writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), text);
    declarations += 1;
  }
  checkFiles(pkg);
  let count = 0;
  let bytes = 0;
  for (const file of files(dist)) {
    count += 1;
    bytes += statSync(file).size;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`build: dist/ has ${count} files (${declarations} .d.ts + their .d.cts), ${(bytes / 1024).toFixed(0)} kB, in ${seconds} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
