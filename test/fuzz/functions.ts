/**
 * Every exported function of every area, called with hostile arguments: each call is checked for a
 * throw, a caller object frozen, a slow return and a refusal code that is not kebab-case. One call at
 * a time and in-process: the CLI runs it in a child process with a per-call timeout, so that a hang or
 * a fatal error is caught and reported with the call that caused it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callback, core, genesys, logout, outbound, time, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import { describe, hostile, hostileInstants, pick, rng, type Rng } from './hostile.js';
import { isKebab, newlyFrozen, unfrozenObjects } from './laws.js';
import { note, retimed, SLOW_MS, type Tally } from './tally.js';

/** The areas whose functions are fuzzed, by name. */
export const areas: Readonly<Record<string, unknown>> = { core, time, logout, callback, webcallback, outbound, genesys, testing };

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const THROWS = /\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*export function (\w+)/g;

/**
 * The functions whose TSDoc says `@throws RangeError` (a typed helper refusing a value its types rule
 * out), as `area:name` (`time:addDays`, `outbound:chainOf`): for them a `RangeError` that names the
 * function is their documented refusal, not an exception. Read from the sources, so the fuzzer and the
 * documentation cannot drift apart.
 */
export const documentedThrows: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const walk = (dir: string, area: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, area === '' ? entry.name : area);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(THROWS)) if ((m[1] ?? '').includes('@throws RangeError')) out.add(`${area}:${m[2] ?? ''}`);
      }
    }
  };
  walk(SRC, '');
  return out;
})();

/** True when `error` is the documented refusal of the function at `path` (`time.addDays`). */
export function isDocumentedRefusal(path: string, error: unknown): boolean {
  const area = path.slice(0, path.indexOf('.'));
  const name = path.slice(path.lastIndexOf('.') + 1);
  return error instanceof RangeError && documentedThrows.has(`${area}:${name}`) && error.message.startsWith(`${area}.`);
}

/** A refusal message longer than this is taken to print a value rather than describe it. */
export const MAX_MESSAGE = 400;

/** An exported function and its dotted path (`time.formatTime`, `callback.dialog.start`). */
export interface Exported {
  readonly path: string;
  readonly fn: (...args: unknown[]) => unknown;
}

/** Walks an area's namespace (and the plain objects in it, such as machines) for functions. */
export function exportedFunctions(area: string): Exported[] {
  const out: Exported[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'function') {
      out.push({ path, fn: value as (...args: unknown[]) => unknown });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 3) return;
    for (const key of Object.keys(value).sort()) walk((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
  };
  walk(areas[area], area, 0);
  return out;
}

/**
 * Arguments that pass the first checks, by position (areas mostly take an instant or a date or a
 * state first, then a zone, then a locale), so that a hostile value in one place reaches deeper code.
 */
const plausible: readonly (readonly (() => unknown)[])[] = [
  [
    () => Date.UTC(2026, 10, 24, 9, 30),
    () => Date.UTC(2026, 2, 8, 7, 0),
    () => '2026-11-24',
    () => '2026-03-08T02:30',
    () => ({ at: Date.UTC(2026, 10, 24, 9) }),
    () => ({ zone: 'Europe/Paris', date: '2026-03-29', time: '02:30' }),
    () => ({ mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } }),
    () => [{ key: 'note', type: 'string' }],
  ],
  [() => 'UTC', () => 'America/New_York', () => 'Asia/Kathmandu', () => '09:00', () => Date.UTC(2026, 10, 25, 9), () => ({ type: 'tick', at: Date.UTC(2026, 10, 24, 9) })],
  [() => 'en-US', () => 'fr-FR', () => 'UTC', () => 30],
  [() => 'en-US', () => 30, () => ({})],
];

/**
 * The arguments of one call: either all plausible but one hostile value (half of the time an instant
 * out of range), or all hostile.
 */
export function argumentsFor(r: Rng, arity: number): unknown[] {
  const n = Math.max(1, arity) + (r.next() < 0.25 ? 1 : 0);
  const oneBad = r.next() < 0.6;
  const bad = Math.floor(r.next() * n);
  const args: unknown[] = [];
  for (let i = 0; i < n; i++) {
    if (oneBad && i !== bad) args.push(pick(r, plausible[Math.min(i, plausible.length - 1)] ?? [])());
    else if (oneBad && r.next() < 0.5) args.push(pick(r, hostileInstants));
    else args.push(hostile(r).value);
  }
  return args;
}

/** A seed for call number `index` of a run seeded `seed`. */
export function callSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}

/** The function and arguments of call number `index`: round-robin over the functions, so all are covered. */
export function callAt(fns: readonly Exported[], seed: number, index: number): { readonly target: Exported; readonly args: unknown[] } {
  const target = fns[index % fns.length] as Exported;
  return { target, args: argumentsFor(rng(callSeed(seed, index)), target.fn.length) };
}

function looksLikeRefusal(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return undefined;
  const d = Object.getOwnPropertyDescriptor(v, 'ok');
  if (d === undefined || d.value !== false) return undefined;
  const e = Object.getOwnPropertyDescriptor(v, 'error');
  const error: unknown = e?.value;
  if (typeof error !== 'object' || error === null) return undefined;
  return Object.getOwnPropertyDescriptor(error, 'code')?.value ?? null;
}

/**
 * Functions whose purpose a law would misread: the refusal builders hand back the code they are given,
 * and `deepFreeze` freezes what it is given.
 */
const EXEMPT: Readonly<Record<string, 'code' | 'freeze'>> = {
  'core.fail': 'code',
  'core.refuse': 'code',
  'core.refuseWith': 'code',
  'core.rejection': 'code',
  'core.deepFreeze': 'freeze',
};

/**
 * Makes one call and counts what it found into `t`. A call over {@link SLOW_MS} is re-timed
 * ({@link retimed}) with fresh arguments from `again` (a getter in the arguments may answer differently
 * the second time), or the same arguments when there is no `again`.
 */
export function callOnce(t: Tally, target: Exported, args: unknown[], label: string, again: () => unknown[] = () => args): void {
  const exempt = EXEMPT[target.path];
  const before = exempt === 'freeze' ? [] : unfrozenObjects(args).filter((o) => o !== args);
  const t0 = performance.now();
  let result: unknown;
  try {
    result = target.fn(...args);
  } catch (error) {
    t.units++;
    const text = error instanceof Error ? `${error.name}: ${error.message.slice(0, 100)}` : 'a non-error';
    if (!isDocumentedRefusal(target.path, error)) note(t, 'exceptions', `${label} threw ${text}`, `${target.path} threw ${text.slice(0, 40)}`);
    else if ((error as RangeError).message.length > MAX_MESSAGE) note(t, 'violations', `${label}: a RangeError message of ${(error as RangeError).message.length} characters`, `${target.path} long message`);
    return;
  }
  t.units++;
  const first = performance.now() - t0;
  const took = retimed(first, () => target.fn(...again()));
  if (took > SLOW_MS) note(t, 'slow', `${label} took ${Math.round(took)} ms (fastest of ${Math.round(first)} ms and re-runs)`, `${target.path} slow`);
  if (newlyFrozen(before) > 0) note(t, 'freezes', `${label} froze a caller's argument`, `${target.path} froze`);
  const code = exempt === 'code' ? undefined : looksLikeRefusal(result);
  if (code !== undefined && !isKebab(code)) note(t, 'violations', `${label} refused with a code not kebab-case: ${describe(code)}`, `${target.path} code`);
}

/** A label that reproduces a call: the function, the seed and index, and the arguments described. */
export function callLabel(target: Exported, seed: number, index: number, args: readonly unknown[]): string {
  return `${target.path}(${args.map((a) => describe(a)).join(', ')}) [seed ${seed} call ${index}]`;
}
