// The time guide's table "Which function answers which question" names only what `dialdesk/time`
// exports (issue 16): every backticked name in its right-hand column, read up to its first `(` or `.`,
// is an export of the time entry, and a function where the table calls it; the engine's rule is
// written once, in that guide.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as time from '../../src/time/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(`${root}docs/guides/time.md`, 'utf8');
const section = /## Which function answers which question\n([\s\S]*?)\n### /.exec(guide)?.[1] ?? '';
const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| question') && !line.startsWith('| ---'));
const answers = rows.map((row) => row.split(' | ').slice(1).join(' | '));
const named = answers.flatMap((cell) => [...cell.matchAll(/`([A-Za-z][A-Za-z0-9]*)([^`]*)`/g)].map((m) => ({ name: m[1] as string, called: (m[2] ?? '').startsWith('(') })));
const exported: Readonly<Record<string, unknown>> = time;

describe('docs/guides/time.md: which function answers which question', () => {
  it('has the table, with the questions the issue asks for', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const questions = rows.map((row) => row.split(' | ')[0] ?? '').join('\n');
    for (const q of ['offset of zone Z at instant t', 'DST changes', 'wall time name under policy P', 'real date', 'day and time is it in zone Z', 'for a locale', "month picker's days"]) {
      expect(questions).toContain(q);
    }
  });

  it('names only exports of dialdesk/time, and functions where it calls them', () => {
    expect(named.length).toBeGreaterThanOrEqual(40);
    const missing = named.filter(({ name }) => !Object.prototype.hasOwnProperty.call(exported, name)).map(({ name }) => name);
    expect(missing).toEqual([]);
    const notCallable = named.filter(({ name, called }) => called && typeof exported[name] !== 'function').map(({ name }) => name);
    expect(notCallable).toEqual([]);
  });

  it('states the engine rule once: no other guide repeats how offsets are sampled or narrowed', () => {
    expect(guide.match(/bisection/g)).toHaveLength(1);
    const others = readdirSync(`${root}docs/guides`)
      .filter((f) => f.endsWith('.md') && f !== 'time.md')
      .map((f) => [f, readFileSync(`${root}docs/guides/${f}`, 'utf8')] as const);
    expect(others.length).toBeGreaterThan(3);
    expect(others.filter(([, text]) => /bisect|once a day|2-day block|to the (?:second|minute)\b.*offset/i.test(text)).map(([g]) => g)).toEqual([]);
  });
});
