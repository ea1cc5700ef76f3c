// Extracts the TypeScript examples of the docs so that `npm test` type-checks them and runs them:
// - ```ts blocks in README.md and docs/guides/*.md: type-checked and run (info string `ts no-run`:
//   type-checked only, for code that needs a browser or a server; `ts no-check`: shown only, for
//   signatures and fragments);
// - ```ts blocks under @example in the TSDoc comments of src/: type-checked.
// Output: examples/extracted/ (not committed), checked by tsconfig.examples.json and test/docs.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'examples/extracted');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'docs'), { recursive: true });
mkdirSync(join(out, 'api'), { recursive: true });

const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm;
let docs = 0;
let api = 0;

function write(dir, name, source, code) {
  const header = `// Extracted from ${source}; edit the source, not this file.\n`;
  // Each example is a module of its own, so names do not clash between examples.
  const body = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`;
  writeFileSync(join(out, dir, name), header + body);
}

const documents = ['README.md', ...readdirSync(join(root, 'docs/guides')).filter((f) => f.endsWith('.md')).map((f) => `docs/guides/${f}`)];
for (const doc of documents) {
  const text = readFileSync(join(root, doc), 'utf8');
  let n = 0;
  for (const m of text.matchAll(fence)) {
    const flags = m[2].trim().split(/\s+/);
    if (flags.includes('no-check')) continue;
    n += 1;
    const run = !flags.includes('no-run');
    const name = `${basename(doc, '.md').toLowerCase()}-${n}${run ? '' : '.no-run'}.ts`;
    write('docs', name, doc, m[3]);
    docs += 1;
  }
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const exampleInDoc = /@example\s*\n((?:\s*\*[^\n]*\n)*?)\s*\*\s*```(?:ts|typescript)[^\n]*\n((?:\s*\*[^\n]*\n)*?)\s*\*\s*```/g;
for (const file of walk(join(root, 'src'))) {
  const rel = relative(root, file);
  if (rel.startsWith('src/cli/')) continue;
  const text = readFileSync(file, 'utf8');
  let n = 0;
  for (const m of text.matchAll(exampleInDoc)) {
    const code = m[2]
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    n += 1;
    write('api', `${rel.replace(/^src\//, '').replace(/\.ts$/, '').replace(/[/.]/g, '_')}-${n}.ts`, rel, code);
    api += 1;
  }
}
console.log(`examples: ${docs} from the docs, ${api} from TSDoc, in ${relative(root, out)}`);
