/**
 * The fuzzer's child process: runs one target (a machine, or the functions of one area) until a
 * deadline and reports on stdout, one line per unit, written synchronously so that the parent sees
 * the last `B` (begin) line even when the call never returns or kills the process:
 * `R {}` once ready, `B <json label>` before a unit, `E <json tally>` after it (counts of that unit only);
 * the self-test also writes `N` lines, noise the parent ignores.
 */
import { writeSync } from 'node:fs';
import { emptyTally, type Tally } from './tally.js';

interface Job {
  readonly kind: 'machine' | 'functions' | 'selftest';
  readonly target: string;
  readonly seed: number;
  /** Milliseconds of fuzzing, counted from when this child is ready (its imports done). */
  readonly budgetMs: number;
  /** First call index (functions) or sequence seed offset (machines). */
  readonly from: number;
}

/** A one-millisecond sleep while the pipe drains. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes one line to stdout synchronously. The pipe to the parent is non-blocking: when it is full,
 * `writeSync` fails with `EAGAIN` (or writes part of the line), so the rest is written again until
 * the parent has read enough. Without this, a fast target killed its own child with an uncaught
 * `EAGAIN` that the parent reported as a crash.
 */
function emit(tag: 'R' | 'B' | 'E' | 'N', payload: unknown): void {
  let buffer = Buffer.from(`${tag} ${JSON.stringify(payload)}\n`);
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(1, buffer));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

function flush(t: Tally): void {
  emit('E', t);
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
/** Says the child is ready (its imports done) and returns when it must stop starting units. */
function ready(): number {
  emit('R', {});
  return Date.now() + job.budgetMs;
}

if (job.kind === 'selftest') {
  const deadline = ready();
  // The watchdog's own test: unit 1 never returns, unit 3 kills the process, the others count one call.
  // First a burst of noise lines (the parent ignores them), a megabyte at once: more than the pipe holds,
  // so the child must wait for the parent to read instead of dying of EAGAIN.
  for (let i = 0; i < 5_000; i++) emit('N', 'x'.repeat(200));
  for (let i = job.from; Date.now() < deadline && i < 6; i++) {
    emit('B', { index: i, label: `selftest unit ${i}` });
    if (i === 1) for (;;);
    if (i === 3) process.exit(7);
    flush({ ...emptyTally(), units: 1 });
  }
} else if (job.kind === 'functions') {
  // Imported here, not above: the self-test child starts without loading the library.
  const { callAt, callLabel, callOnce, exportedFunctions } = await import('./functions.js');
  const deadline = ready();
  const fns = exportedFunctions(job.target);
  for (let i = job.from; Date.now() < deadline; i++) {
    const { target, args } = callAt(fns, job.seed, i);
    const label = callLabel(target, job.seed, i, args);
    emit('B', { index: i, label });
    const t = emptyTally();
    callOnce(t, target, args, label, () => callAt(fns, job.seed, i).args);
    flush(t);
  }
} else {
  const { fuzzMachine } = await import('./drive.js');
  const { fuzzMachines } = await import('./machines.js');
  const deadline = ready();
  const machine = fuzzMachines.find((m) => m.id === job.target);
  if (machine === undefined) throw new Error(`no machine ${job.target}`);
  // One sequence per unit: a hang is reported with the sequence that caused it.
  for (let k = job.from; Date.now() < deadline; k++) {
    emit('B', { index: k, label: `${machine.id} seed ${job.seed + k} sequence 0` });
    const t = fuzzMachine(machine, { seed: job.seed + k, until: Number.POSITIVE_INFINITY, maxSequences: 1 });
    flush(t);
  }
}
