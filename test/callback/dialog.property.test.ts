import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, time } from '../../src/index.js';

const AT = Date.UTC(2026, 10, 24, 14);
const M = 60_000;
const HORIZON = 3;

interface Model {
  now: number;
  reschedule: boolean;
  /** The reschedule view's check box (always true for the new-callback dialog). */
  ticked: boolean;
  startImmediate: boolean;
  date: string;
  initialDate: string;
  desiredAt: number | null;
  phase: 'selecting' | 'committing' | 'closed';
  immediate: boolean;
  count: number;
  pendingLoad: string | null;
  loaded: callback.Slot[] | null;
  chosen: callback.Slot | null;
  pendingCommit: string | null;
}
interface Real {
  state: callback.dialog.DialogState;
}

function deliver(m: Model, r: Real, event: callback.dialog.DialogEvent, expectOk: boolean): readonly callback.dialog.DialogEffect[] {
  const before = r.state;
  const step = callback.dialog.machine.transition(before, event);
  expect(step.ok, `${event.type} ${step.ok ? '' : step.error.code}`).toBe(expectOk);
  if (!step.ok) {
    expect(step.state).toBe(before);
    expect(step.effects).toEqual([]);
    return [];
  }
  expect(Object.isFrozen(step.state) && Object.isFrozen(step.state.availability)).toBe(true);
  expect(JSON.parse(JSON.stringify(step.state))).toEqual(step.state);
  r.state = step.state;
  return step.effects;
}

function valid(m: Model): boolean {
  if (m.immediate) return true;
  const c = m.chosen;
  if (c === null || c.start < m.now || c.start >= m.now + HORIZON * 86_400_000) return false;
  const current = m.loaded?.find((s) => s.start === c.start) ?? c;
  return current.remaining > 0;
}

/** The choices are open: selecting, and (in the reschedule view) the check box ticked. */
function choosing(m: Model): boolean {
  return m.phase === 'selecting' && m.ticked;
}

/** The reschedule view's choice is the current schedule. */
function same(m: Model): boolean {
  return m.immediate ? m.desiredAt === null : m.chosen?.start === m.desiredAt;
}

function reload(m: Model): void {
  m.count += 1;
  m.pendingLoad = `availability-${m.count}`;
  m.loaded = null;
}

abstract class Step implements fc.Command<Model, Real> {
  constructor(readonly dt: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    m.now += this.dt;
    this.act(m, r);
    expect(r.state.phase).toBe(m.phase);
    expect(r.state.chosen?.start ?? null).toBe(m.chosen?.start ?? null);
    expect(r.state.pendingCommit).toBe(m.pendingCommit);
    if (m.phase === 'selecting') expect(r.state.availability.status === 'loading' ? r.state.availability.requestId : null).toBe(m.pendingLoad);
  }
  abstract act(m: Model, r: Real): void;
}

class ChooseDate extends Step {
  constructor(dt: number, readonly k: number) {
    super(dt);
  }
  act(m: Model, r: Real): void {
    const today = time.local(m.now, 'UTC');
    if (!today.ok) throw new Error();
    const date = time.addDays(today.value.date, this.k);
    const ok = choosing(m) && this.k <= HORIZON;
    const effects = deliver(m, r, { type: 'choose-date', at: m.now, date }, ok);
    if (ok) {
      reload(m);
      m.date = date;
      expect(effects).toMatchObject([{ type: 'send-request', request: { kind: 'availability', requestId: m.pendingLoad, date } }]);
    }
  }
  override toString = () => `date(+${this.k})`;
}

class Respond extends Step {
  constructor(dt: number, readonly stale: boolean, readonly remaining: number[]) {
    super(dt);
  }
  act(m: Model, r: Real): void {
    const base = Math.ceil(m.now / (30 * M)) * 30 * M - 60 * M;
    const slots = this.remaining.map((rem, i) => ({ start: base + i * 30 * M, end: base + i * 30 * M + 15 * M, capacity: 2, remaining: rem }));
    const id = this.stale || m.pendingLoad === null ? 'availability-0' : m.pendingLoad;
    // An availability answer is taken while the commit is pending too; a closed dialog takes nothing.
    const ok = m.phase !== 'closed' && m.pendingLoad !== null && !this.stale;
    deliver(m, r, { type: 'request-acknowledged', at: m.now, requestId: id, slots }, ok);
    if (ok) {
      m.loaded = slots;
      m.pendingLoad = null;
    }
  }
  override toString = () => `respond(stale=${this.stale}, ${this.remaining.join(',')})`;
}

class ChooseSlot extends Step {
  constructor(dt: number, readonly i: number) {
    super(dt);
  }
  act(m: Model, r: Real): void {
    const slot = m.loaded?.[this.i % Math.max(1, m.loaded.length)];
    const start = slot?.start ?? m.now + this.i * 15 * M;
    const ok = choosing(m) && !m.immediate && m.loaded !== null && slot !== undefined && slot.start >= m.now && slot.remaining > 0 && slot.start < m.now + HORIZON * 86_400_000;
    deliver(m, r, { type: 'choose-slot', at: m.now, start }, ok);
    if (ok && slot) m.chosen = slot;
  }
  override toString = () => `slot(${this.i})`;
}

class ChooseType extends Step {
  constructor(dt: number, readonly immediate: boolean) {
    super(dt);
  }
  act(m: Model, r: Real): void {
    const ok = choosing(m);
    deliver(m, r, { type: 'choose-type', at: m.now, typeId: this.immediate ? 'immediate' : 'scheduled' }, ok);
    if (ok) m.immediate = this.immediate;
  }
  override toString = () => `type(${this.immediate ? 'immediate' : 'scheduled'})`;
}

class Ok extends Step {
  act(m: Model, r: Real): void {
    const ok = m.phase === 'selecting' && !m.reschedule && valid(m);
    expect(callback.dialog.commitButton(r.state, m.now).enabled).toBe(choosing(m) && valid(m) && !(m.reschedule && same(m)));
    const effects = deliver(m, r, { type: 'ok', at: m.now }, ok);
    if (ok) {
      m.count += 1;
      m.pendingCommit = `callback-${m.count}`;
      m.phase = 'committing';
      expect(effects).toMatchObject([{ type: 'send-request', request: { kind: 'schedule', requestId: m.pendingCommit, desiredAt: m.immediate ? null : m.chosen?.start } }]);
    }
  }
  override toString = () => 'ok';
}

class Dismiss extends Step {
  act(m: Model, r: Real): void {
    const ok = m.phase === 'selecting' && m.reschedule;
    const effects = deliver(m, r, { type: 'dismissed', at: m.now }, ok);
    if (!ok) return;
    if (m.ticked && valid(m) && !same(m)) {
      m.count += 1;
      m.pendingCommit = `callback-${m.count}`;
      m.phase = 'committing';
      expect(effects).toMatchObject([{ type: 'send-request', request: { kind: 'reschedule', callbackId: 'cb-1', requestId: m.pendingCommit } }]);
    } else {
      m.phase = 'closed';
      expect(effects).toEqual([{ type: 'close', outcome: 'unchanged' }]);
    }
  }
  override toString = () => 'dismissed';
}

class Cancel extends Step {
  act(m: Model, r: Real): void {
    const ok = m.phase === 'selecting';
    const effects = deliver(m, r, { type: 'cancel', at: m.now }, ok);
    if (ok) {
      m.phase = 'closed';
      expect(effects).toEqual([{ type: 'close', outcome: m.reschedule ? 'unchanged' : 'discarded' }]);
    }
  }
  override toString = () => 'cancel';
}

class Answer extends Step {
  constructor(dt: number, readonly success: boolean, readonly stale: boolean) {
    super(dt);
  }
  act(m: Model, r: Real): void {
    const id = this.stale || m.pendingCommit === null ? 'callback-0' : m.pendingCommit;
    const ok = m.phase === 'committing' && !this.stale;
    const event: callback.dialog.DialogEvent = this.success
      ? { type: 'request-acknowledged', at: m.now, requestId: id }
      : { type: 'request-failed', at: m.now, requestId: id, reason: { code: 'slot-full', message: 'Full.' } };
    deliver(m, r, event, ok);
    if (!ok) return;
    m.pendingCommit = null;
    if (this.success) m.phase = 'closed';
    else {
      m.phase = 'selecting';
      m.chosen = null;
      reload(m);
      expect(r.state.error?.code).toBe('slot-full');
    }
  }
  override toString = () => `answer(${this.success ? 'ok' : 'failed'}, stale=${this.stale})`;
}

/** The reschedule view's Reschedule Callback check box (issue 18): ticking opens the choices, clearing abandons them. */
class SetReschedule extends Step {
  constructor(dt: number, readonly checked: boolean) {
    super(dt);
  }
  act(m: Model, r: Real): void {
    const ok = m.phase === 'selecting' && m.reschedule;
    const effects = deliver(m, r, { type: 'set-reschedule', at: m.now, checked: this.checked }, ok);
    if (!ok) return;
    if (this.checked) {
      m.ticked = true;
      expect(effects).toEqual([]);
      return;
    }
    m.ticked = false;
    m.immediate = m.startImmediate;
    m.chosen = null;
    if (m.date !== m.initialDate) {
      reload(m);
      m.date = m.initialDate;
      expect(effects).toMatchObject([{ type: 'send-request', request: { kind: 'availability', requestId: m.pendingLoad, date: m.initialDate } }]);
    } else expect(effects).toEqual([]);
    expect(r.state).toMatchObject({ rescheduling: false, typeId: m.startImmediate ? 'immediate' : 'scheduled', chosen: null, date: m.initialDate });
  }
  override toString = () => `set-reschedule(${this.checked})`;
}

const dt = fc.integer({ min: 0, max: 40 * M });
const commands = [
  fc.tuple(dt, fc.integer({ min: 0, max: 4 })).map(([d, k]) => new ChooseDate(d, k)),
  fc.tuple(dt, fc.boolean(), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 8 })).map(([d, s, rem]) => new Respond(d, s, rem)),
  fc.tuple(dt, fc.nat(20)).map(([d, i]) => new ChooseSlot(d, i)),
  fc.tuple(dt, fc.boolean()).map(([d, b]) => new ChooseType(d, b)),
  dt.map((d) => new Ok(d)),
  fc.tuple(dt, fc.boolean()).map(([d, c]) => new SetReschedule(d, c)),
  fc.tuple(dt, fc.boolean()).map(([d, c]) => new SetReschedule(d, c)),
  dt.map((d) => new Dismiss(d)),
  dt.map((d) => new Cancel(d)),
  fc.tuple(dt, fc.boolean(), fc.boolean()).map(([d, s, st]) => new Answer(d, s, st)),
];

describe('callback dialog (model-based)', () => {
  it('follows the commit rules, matches responses by request id and never changes a refused state', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.commands(commands, { maxCommands: 40 }), (reschedule, startImmediate, cmds) => {
        const desiredAt = AT + 90 * M;
        const origin: callback.dialog.Origin = reschedule ? { kind: 'reschedule', callbackId: 'cb-1', desiredAt } : { kind: 'interaction', interactionId: 'ix-1', media: 'email' };
        const start = callback.dialog.machine.start({
          at: AT,
          origin,
          types: [
            { id: 'immediate', label: 'Immediate', kind: 'immediate' },
            { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' },
          ],
          defaultType: startImmediate ? 'immediate' : 'scheduled',
          zones: ['UTC'],
          defaultZone: 'UTC',
          numbers: ['+15550000001'],
          horizonDays: HORIZON,
        });
        expect(start.ok).toBe(true);
        const model: Model = {
          now: AT,
          reschedule,
          ticked: !reschedule,
          startImmediate,
          date: start.ok ? start.state.date : '',
          initialDate: start.ok ? start.state.date : '',
          desiredAt: reschedule ? desiredAt : null,
          phase: 'selecting',
          immediate: startImmediate,
          count: 1,
          pendingLoad: 'availability-1',
          loaded: null,
          chosen: null,
          pendingCommit: null,
        };
        if (!start.ok) throw new Error(start.error.code);
        fc.modelRun(() => ({ model, real: { state: start.state } }), cmds);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
