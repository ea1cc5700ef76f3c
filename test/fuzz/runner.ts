/**
 * Runs fuzz targets in child processes (`worker.ts`) with a watchdog: a unit (one call, or one
 * machine sequence) that has not ended `timeoutMs` after it began is a hang: the child is killed, the
 * hang reported with the unit's label, and a fresh child goes on from the next unit. A child that dies
 * in a unit (a fatal V8 error, out of memory) is a crash, reported the same way.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { emptyTally, merge, note, type Tally } from './tally.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** One target to run. */
export interface Target {
  /** `selftest` exercises the watchdog (a unit that hangs, one that kills its process). */
  readonly kind: 'machine' | 'functions' | 'selftest';
  readonly target: string;
}

/** Options of {@link runTarget}. */
export interface RunTargetOptions {
  readonly seed: number;
  readonly seconds: number;
  /** A unit running longer than this is a hang, ms (default 5000). */
  readonly timeoutMs?: number;
  /** Heap limit of the child, MB (default 512): running out of it is a crash, not a frozen machine. */
  readonly heapMb?: number;
}

interface ChildResult {
  /** The unit that was running when the child stopped (undefined when it finished cleanly). */
  readonly open?: { readonly index: number; readonly label: string };
  readonly reason: 'done' | 'hang' | 'crash';
  readonly next: number;
  /** Milliseconds the child spent fuzzing (from ready to exit). */
  readonly spentMs: number;
}

function runChild(t: Target, seed: number, from: number, budgetMs: number, timeoutMs: number, heapMb: number, into: Tally): Promise<ChildResult> {
  return new Promise((resolve) => {
    const job = JSON.stringify({ kind: t.kind, target: t.target, seed, budgetMs, from });
    let readyAt: number | undefined;
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', WORKER, job], { stdio: ['ignore', 'pipe', 'pipe'] });
    let open: { index: number; label: string } | undefined;
    let next = from;
    let hung = false;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        hung = true;
        child.kill('SIGKILL');
      }, timeoutMs + (open === undefined ? 30_000 : 0));
    };
    arm();
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('R ')) readyAt = Date.now();
      else if (line.startsWith('B ')) {
        open = JSON.parse(line.slice(2)) as { index: number; label: string };
        next = open.index + 1;
        arm();
      } else if (line.startsWith('E ')) {
        merge(into, JSON.parse(line.slice(2)) as Tally);
        open = undefined;
        arm();
      }
    });
    child.on('close', (code) => {
      if (timer !== undefined) clearTimeout(timer);
      const spentMs = readyAt === undefined ? 0 : Date.now() - readyAt;
      if (hung && open !== undefined) resolve({ open, reason: 'hang', next, spentMs: spentMs - timeoutMs });
      else if (open !== undefined || (code !== 0 && code !== null) || readyAt === undefined) {
        const last = stderr.trim().split('\n').slice(-1)[0] ?? '';
        resolve({ open: open ?? { index: next, label: `${t.target} (child exited ${String(code)}: ${last.slice(0, 160)})` }, reason: 'crash', next, spentMs });
      } else resolve({ reason: 'done', next, spentMs });
    });
  });
}

/** Runs one target for `seconds`, restarting its child after every hang or crash. */
export async function runTarget(t: Target, options: RunTargetOptions): Promise<Tally> {
  const tally = emptyTally();
  let budgetMs = options.seconds * 1000;
  const timeoutMs = options.timeoutMs ?? 5000;
  let from = 0;
  for (let restarts = 0; restarts < 50; restarts++) {
    const r = await runChild(t, options.seed, from, budgetMs, timeoutMs, options.heapMb ?? 512, tally);
    if (r.reason === 'done') break;
    const what = r.reason === 'hang' ? `no return after ${timeoutMs} ms` : 'the process died';
    note(tally, 'hangs', `${r.open?.label ?? t.target}: ${what}`, `${r.reason} ${(r.open?.label ?? '').split('(')[0] ?? ''}`);
    from = r.next;
    budgetMs -= Math.max(r.spentMs, 1000);
    if (budgetMs <= 0) break;
  }
  return tally;
}
