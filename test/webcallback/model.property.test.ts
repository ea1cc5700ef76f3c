import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { time, webcallback } from '../../src/index.js';
import type { Effect, State } from './helpers.js';
import { ymd } from '../time-values.js';

// A generous limit for a shared 2-core CI machine under load (no timing is asserted).
vi.setConfig({ testTimeout: 60_000 });

// A model of the machine in UTC (no DST, so the arithmetic is plain), written independently of it:
// the view, the From-change rule, validity, the pending request and the notification.
const M = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 24, 9);
const NUMBERS = ['1', '2'];

interface Draft {
  day: number; // days after 2026-11-24
  from: number; // minute of day
  duration: number;
  to: string;
}
interface Model {
  now: number;
  open: boolean;
  ticked: boolean;
  set: boolean;
  draft: Draft;
  latest: Draft; // the latest committed (or initial) schedule as a draft
  pending: string | null;
  count: number;
  notification: { id: string; due: number; shown: boolean } | null;
  replaced: { id: string; due: number; shown: boolean } | null;
  shownIds: string[];
  previousLatest: Draft | null;
  outcome: 'acknowledged' | 'failed' | null;
}
interface Real {
  state: State;
}

const startOf = (d: Draft): number => Date.UTC(2026, 10, 24) + d.day * DAY + d.from * M;
const dateOf = (day: number): string => time.addDays(ymd('2026-11-24'), day);
const todayIndex = (now: number): number => Math.floor((now - Date.UTC(2026, 10, 24)) / DAY);
const valid = (m: Model): boolean => startOf(m.draft) > m.now && m.draft.duration >= 15 && m.draft.duration <= 480;

function step(r: Real, event: webcallback.WebCallbackEvent) {
  const s = webcallback.machine.transition(r.state, event);
  if (s.ok) r.state = s.state;
  return s;
}

function expectRefused(s: ReturnType<typeof step>, code: string): void {
  expect(s.ok ? 'accepted' : s.error.code).toBe(code);
}

const stats = { closes: 0, commits: 0, answers: 0, notifications: 0 };
const edit = (m: Model): boolean => m.open && m.ticked;

class Advance implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    m.now += this.ms;
    const s = step(r, { type: 'tick', at: m.now });
    expect(s.ok).toBe(true);
    const shown = s.effects.filter((e: Effect) => e.type === 'show-notification');
    const n = m.notification;
    if (n !== null && !n.shown && m.now >= n.due) {
      expect(shown).toEqual([expect.objectContaining({ requestId: n.id, start: n.due })]);
      expect(m.shownIds).not.toContain(n.id);
      n.shown = true;
      stats.notifications += 1;
      m.shownIds.push(n.id);
    } else {
      expect(shown).toEqual([]);
    }
  }
  toString = (): string => `advance(${this.ms / M} min)`;
}

/** Jump to just before (delta < 0) or at/after (delta >= 0) the armed notification's due time, and tick. */
class ToDue implements fc.Command<Model, Real> {
  constructor(readonly delta: number) {}
  check = (m: Readonly<Model>): boolean => m.notification !== null && !m.notification.shown && m.notification.due + this.delta > m.now;
  run(m: Model, r: Real): void {
    new Advance(m.notification!.due + this.delta - m.now).run(m, r);
  }
  toString = (): string => `toDue(${this.delta} ms)`;
}

class Open implements fc.Command<Model, Real> {
  check = (m: Readonly<Model>): boolean => !m.open;
  run(m: Model, r: Real): void {
    expect(step(r, { type: 'open', at: m.now }).ok).toBe(true);
    m.open = true;
  }
  toString = (): string => 'open';
}

class Close implements fc.Command<Model, Real> {
  check = (m: Readonly<Model>): boolean => m.open;
  run(m: Model, r: Real): void {
    const s = step(r, { type: 'close', at: m.now });
    expect(s.ok).toBe(true);
    m.open = false;
    if (m.ticked) {
      m.set = valid(m);
      expect(s.effects.length).toBe(m.set ? 0 : 1);
    }
    const committed = m.pending !== null || m.outcome === 'acknowledged';
    expect(webcallback.button(r.state, 0)).toBe(m.set || (!m.ticked && committed) ? 'rescheduled' : 'reschedule');
    stats.closes += 1;
  }
  toString = (): string => 'close';
}

class Check implements fc.Command<Model, Real> {
  constructor(readonly checked: boolean) {}
  check = (m: Readonly<Model>): boolean => m.open;
  run(m: Model, r: Real): void {
    expect(step(r, { type: 'set-reschedule', at: m.now, checked: this.checked }).ok).toBe(true);
    m.ticked = this.checked;
    if (!this.checked) {
      m.set = false;
      m.draft = { ...m.latest };
    }
  }
  toString = (): string => `check(${this.checked})`;
}

class SetOn implements fc.Command<Model, Real> {
  constructor(readonly fromToday: number) {}
  check = edit;
  run(m: Model, r: Real): void {
    const day = todayIndex(m.now) + this.fromToday;
    const s = step(r, { type: 'set-on', at: m.now, date: dateOf(day) });
    if (this.fromToday < 0) return expectRefused(s, 'time-in-past');
    expect(s.ok).toBe(true);
    m.draft.day = day;
    m.set = false;
  }
  toString = (): string => `on(today${this.fromToday >= 0 ? '+' : ''}${this.fromToday})`;
}

class SetFrom implements fc.Command<Model, Real> {
  constructor(readonly minute: number) {}
  check = edit;
  run(m: Model, r: Real): void {
    expect(step(r, { type: 'set-from', at: m.now, time: time.minutesToTime(this.minute) }).ok).toBe(true);
    const till = (m.draft.from + m.draft.duration) % 1440;
    const d = (((till - this.minute) % 1440) + 1440) % 1440;
    if (d >= 15 && d <= 480) m.draft.duration = d;
    m.draft.from = this.minute;
    m.set = false;
    expect(r.state.view.draft.durationMinutes).toBe(m.draft.duration);
  }
  toString = (): string => `from(${time.minutesToTime(this.minute)})`;
}

class SetDuration implements fc.Command<Model, Real> {
  constructor(readonly minutes: number) {}
  check = edit;
  run(m: Model, r: Real): void {
    const s = step(r, { type: 'set-duration', at: m.now, minutes: this.minutes });
    if (this.minutes < 15 || this.minutes > 480) return expectRefused(s, 'duration-out-of-bounds');
    expect(s.ok).toBe(true);
    m.draft.duration = this.minutes;
    m.set = false;
  }
  toString = (): string => `duration(${this.minutes})`;
}

class SetTo implements fc.Command<Model, Real> {
  constructor(readonly number: string) {}
  check = edit;
  run(m: Model, r: Real): void {
    const s = step(r, { type: 'set-to', at: m.now, number: this.number });
    if (!NUMBERS.includes(this.number)) return expectRefused(s, 'unknown-number');
    expect(s.ok).toBe(true);
    m.draft.to = this.number;
    m.set = false;
  }
  toString = (): string => `to(${this.number})`;
}

/** The agent's usual path in one command: open, tick, a day ahead, a From, close with X. */
class Reschedule implements fc.Command<Model, Real> {
  constructor(
    readonly fromToday: number,
    readonly minute: number,
  ) {}
  check = (m: Readonly<Model>): boolean => !m.open;
  run(m: Model, r: Real): void {
    for (const c of [new Open(), new Check(true), new SetOn(this.fromToday), new SetFrom(this.minute), new Close()]) c.run(m, r);
  }
  toString = (): string => `reschedule(today+${this.fromToday} ${time.minutesToTime(this.minute)})`;
}

class Done implements fc.Command<Model, Real> {
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const s = step(r, { type: 'done', at: m.now });
    if (m.pending !== null) return expectRefused(s, 'request-pending');
    if (!m.set) return expectRefused(s, 'reschedule-not-set');
    if (!valid(m)) return expectRefused(s, 'time-in-past');
    expect(s.ok).toBe(true);
    m.count += 1;
    const id = `webcallback-reschedule-${m.count}`;
    const start = startOf(m.draft);
    const cancel: unknown[] = m.notification !== null && !m.notification.shown ? [expect.objectContaining({ type: 'cancel-notification', requestId: m.notification.id })] : [];
    expect(s.effects).toEqual([
      ...cancel,
      { type: 'send-request', request: { kind: 'reschedule', requestId: id, interactionId: 'wc', start, end: start + m.draft.duration * M, number: m.draft.to, rescheduleQueue: null } },
      { type: 'wake', at: start },
    ]);
    m.replaced = m.notification;
    m.notification = { id, due: start, shown: false };
    m.pending = id;
    m.outcome = null;
    stats.commits += 1;
    m.previousLatest = m.latest;
    m.latest = { ...m.draft };
    m.set = false;
    m.ticked = false;
    m.open = false;
  }
  toString = (): string => 'done';
}

class Answer implements fc.Command<Model, Real> {
  constructor(readonly ok: boolean) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const id = m.pending ?? 'webcallback-reschedule-0';
    const s = step(r, this.ok ? { type: 'request-acknowledged', at: m.now, requestId: id } : { type: 'request-failed', at: m.now, requestId: id });
    if (m.pending === null) return expectRefused(s, 'unknown-request');
    expect(s.ok).toBe(true);
    if (!this.ok) {
      m.notification = m.notification?.id === id ? m.replaced : m.notification;
      m.latest = m.previousLatest ?? m.latest;
    }
    m.outcome = this.ok ? 'acknowledged' : 'failed';
    stats.answers += 1;
    m.pending = null;
  }
  toString = (): string => (this.ok ? 'ack' : 'fail');
}


const commands = [
  fc.integer({ min: 1, max: 180 }).map((n) => new Advance(n * M)),
  fc.constant(new Open()),
  fc.constant(new Open()),
  fc.constantFrom(-1, 0, 1, 59_000).map((d) => new ToDue(d)),
  fc.constantFrom(0, 1).map((d) => new ToDue(d)),
  fc.constant(new Close()),
  fc.constant(new Close()),
  fc.boolean().map((b) => new Check(b)),
  fc.constant(new Check(true)),
  fc.constant(new Done()),
  fc.constant(new Done()),
  fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 1439 })).map(([d, m]) => new Reschedule(d, m)),
  fc.constant(new Close()),
  fc.constant(new Open()),
  fc.integer({ min: 1, max: 24 * 60 }).map((n) => new Advance(n * M)),
  fc.boolean().map((b) => new Answer(b)),
  fc.integer({ min: -1, max: 3 }).map((d) => new SetOn(d)),
  fc.integer({ min: 1, max: 3 }).map((d) => new SetOn(d)),
  fc.integer({ min: 0, max: 1439 }).map((m) => new SetFrom(m)),
  fc.integer({ min: 5, max: 500 }).map((m) => new SetDuration(m)),
  fc.constantFrom('1', '2', '3').map((n) => new SetTo(n)),
  fc.constant(new Done()),
  fc.boolean().map((b) => new Answer(b)),
];

describe('the machine against a model (fc.commands)', () => {
  it('agrees with the model on every step', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 60, size: 'max' }), (cmds) => {
        const started = webcallback.machine.start({
          at: T0,
          zone: 'UTC',
          callback: { interactionId: 'wc', numbers: NUMBERS, start: T0 + 60 * M, end: T0 + 120 * M },
        });
        if (!started.ok) throw new Error(started.error.code);
        const initial: Draft = { day: 0, from: 10 * 60, duration: 60, to: '1' };
        const model: Model = {
          now: T0,
          open: false,
          ticked: false,
          set: false,
          draft: { ...initial },
          latest: { ...initial },
          pending: null,
          count: 0,
          notification: null,
          replaced: null,
          shownIds: [],
          previousLatest: null,
          outcome: null,
        };
        fc.modelRun(() => ({ model, real: { state: started.state } }), cmds);
      }),
      { numRuns: 80 },
    );
    // The runs must reach the interesting parts: commits, answers and shown notifications.
    expect(stats.commits).toBeGreaterThan(20);
    expect(stats.answers).toBeGreaterThan(10);
    expect(stats.notifications).toBeGreaterThan(3);
  });
});
