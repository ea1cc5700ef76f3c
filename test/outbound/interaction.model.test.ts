// An fc.commands model of outbound.interaction.machine (issue 15): the records on the desktop and their
// phases, the pending requests and the processed records, checked against the machine after every command.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { config, data } from './interaction-fixtures.js';

const M = outbound.interaction.machine;
type State = outbound.interaction.InteractionState;
type Phase = outbound.interaction.RecordPhase;

interface Model {
  at: number;
  sent: number;
  readonly cap: number;
  /** handle -> phase, in arrival order. */
  readonly held: Map<number, Phase>;
  /** The held records that came as preview records (they count against the preview limit). */
  readonly previewed: Set<number>;
  /** requestId -> what it is about. */
  readonly pending: Map<string, { readonly kind: string; readonly handle: number | null }>;
  readonly processed: Set<number>;
}
interface Real {
  state: State;
}

const busy = (m: Model, handle: number): boolean => [...m.pending.values()].some((p) => p.handle === handle);
const previews = (m: Model): number => m.previewed.size + [...m.pending.values()].filter((p) => p.kind === 'preview-record').length;

/** Delivers one event and checks the machine's answer against what the model expects. */
function deliver(m: Model, r: Real, event: outbound.interaction.InteractionEvent, expected: boolean): outbound.interaction.InteractionEffect[] {
  const step = M.transition(r.state, event);
  expect(step.ok, `${event.type} ${step.ok ? 'accepted' : step.error.code}`).toBe(expected);
  if (!step.ok) {
    expect(step.state).toBe(r.state);
    return [];
  }
  r.state = step.state;
  return [...step.effects];
}

function send(m: Model, effects: readonly outbound.interaction.InteractionEffect[], kind: string, handle: number | null): void {
  m.sent += 1;
  const requestId = `outbound-${m.sent}`;
  expect(effects.some((e) => e.type === 'send-request' && e.request.kind === kind && e.request.requestId === requestId)).toBe(true);
  m.pending.set(requestId, { kind, handle });
}

function agree(m: Model, r: Real): void {
  const s = r.state;
  expect(s.slots.map((x) => [x.record?.handle, x.phase])).toEqual([...m.held.entries()]);
  expect(s.pending.map((p) => p.request.requestId).sort()).toEqual([...m.pending.keys()].sort());
  expect([...s.processed].sort()).toEqual([...m.processed].sort());
  expect(s.requestCount).toBe(m.sent);
  expect(outbound.interaction.previewCapacity(s, m.at)).toBe(Math.max(0, m.cap - previews(m)));
}

abstract class Cmd implements fc.Command<Model, Real> {
  abstract readonly name: string;
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  abstract apply(m: Model, r: Real): void;
  run(m: Model, r: Real): void {
    m.at += 1_000;
    this.apply(m, r);
    agree(m, r);
  }
  toString(): string {
    return this.name;
  }
}

class RequestPreview extends Cmd {
  readonly name = 'request-preview';
  apply(m: Model, r: Real): void {
    const ok = previews(m) < m.cap;
    const effects = deliver(m, r, { type: 'request-preview', at: m.at }, ok);
    if (ok) send(m, effects, 'preview-record', null);
  }
}

class AnswerPreview extends Cmd {
  constructor(readonly handle: number, readonly empty: boolean) {
    super();
  }
  get name(): string {
    return this.empty ? 'no-records' : `preview-record ${this.handle}`;
  }
  override check(m: Readonly<Model>): boolean {
    return [...m.pending.values()].some((p) => p.kind === 'preview-record');
  }
  apply(m: Model, r: Real): void {
    const [requestId] = [...m.pending.entries()].find(([, p]) => p.kind === 'preview-record')!;
    if (this.empty) {
      const effects = deliver(m, r, { type: 'no-records', at: m.at, requestId }, true);
      expect(effects).toEqual([{ type: 'show-no-records', campaign: null }]);
      m.pending.delete(requestId);
      return;
    }
    const ok = !m.held.has(this.handle) && !m.processed.has(this.handle);
    deliver(m, r, { type: 'preview-record', at: m.at, requestId, data: data(this.handle) }, ok);
    if (ok) {
      m.pending.delete(requestId);
      m.held.set(this.handle, 'preview');
      m.previewed.add(this.handle);
    }
  }
}

class Pushed extends Cmd {
  constructor(readonly handle: number) {
    super();
  }
  get name(): string {
    return `record-pushed ${this.handle}`;
  }
  apply(m: Model, r: Real): void {
    const ok = !m.held.has(this.handle) && !m.processed.has(this.handle);
    deliver(m, r, { type: 'record-pushed', at: m.at, data: data(this.handle) }, ok);
    if (ok) m.held.set(this.handle, 'offered');
  }
}

type Act = 'accept' | 'dial' | 'call-established' | 'call-ended' | 'mark-processed' | 'reject' | 'cancel';
const allowed: Record<Act, readonly Phase[]> = {
  accept: ['offered'],
  dial: ['preview', 'wrap-up'],
  'call-established': ['dialing'],
  'call-ended': ['dialing', 'connected'],
  'mark-processed': ['preview', 'wrap-up'],
  reject: ['preview'],
  cancel: ['preview', 'wrap-up', 'offered'],
};
const next: Partial<Record<Act, Phase>> = { accept: 'preview', dial: 'dialing', 'call-established': 'connected', 'call-ended': 'wrap-up' };
const sends: Partial<Record<Act, string>> = { 'mark-processed': 'processed', reject: 'reject', cancel: 'cancel' };

class Action extends Cmd {
  constructor(readonly act: Act, readonly pick: number) {
    super();
  }
  get name(): string {
    return `${this.act} #${this.pick}`;
  }
  apply(m: Model, r: Real): void {
    const handles = [...m.held.keys()];
    const handle = handles.length === 0 ? 999 : handles[this.pick % handles.length]!;
    const phase = m.held.get(handle);
    const waits = this.act !== 'call-established' && this.act !== 'call-ended';
    const ok = phase !== undefined && allowed[this.act].includes(phase) && !(waits && busy(m, handle));
    const effects = deliver(m, r, { type: this.act, at: m.at, handle }, ok);
    if (!ok) return;
    const to = next[this.act];
    if (to !== undefined) m.held.set(handle, to);
    if (this.act === 'dial') expect(effects).toEqual([{ type: 'place-call', handle, chainN: 0, phone: '5550100' }]);
    const kind = sends[this.act];
    if (kind !== undefined) send(m, effects, kind, handle);
  }
}

class Reply extends Cmd {
  constructor(readonly pick: number, readonly failed: boolean) {
    super();
  }
  get name(): string {
    return `${this.failed ? 'request-failed' : 'request-acknowledged'} #${this.pick}`;
  }
  override check(m: Readonly<Model>): boolean {
    return m.pending.size > 0;
  }
  apply(m: Model, r: Real): void {
    const entries = [...m.pending.entries()];
    const [requestId, p] = entries[this.pick % entries.length]!;
    if (this.failed) {
      const effects = deliver(m, r, { type: 'request-failed', at: m.at, requestId, reason: 'locked' }, true);
      expect(effects.map((e) => (e.type === 'show-request-failure' ? [e.reason, e.request.requestId] : e.type))).toEqual([['locked', requestId]]);
      m.pending.delete(requestId);
      return;
    }
    const records = p.kind === 'preview-record' || p.kind === 'chained-records';
    const effects = deliver(m, r, { type: 'request-acknowledged', at: m.at, requestId }, !records);
    if (records) return;
    m.pending.delete(requestId);
    if (p.handle !== null && m.held.has(p.handle)) {
      m.held.delete(p.handle);
      m.previewed.delete(p.handle);
      if (p.kind === 'processed') m.processed.add(p.handle);
      expect(effects.map((e) => (e.type === 'record-closed' ? e.handle : e.type))).toEqual([p.handle]);
    }
  }
}

class Removed extends Cmd {
  constructor(readonly pick: number) {
    super();
  }
  get name(): string {
    return `record-removed #${this.pick}`;
  }
  override check(m: Readonly<Model>): boolean {
    return m.held.size > 0;
  }
  apply(m: Model, r: Real): void {
    const handles = [...m.held.keys()];
    const handle = handles[this.pick % handles.length]!;
    const effects = deliver(m, r, { type: 'record-removed', at: m.at, handle, cause: 'cancelled' }, true);
    const failed = [...m.pending.entries()].filter(([, p]) => p.handle === handle);
    expect(effects.filter((e) => e.type === 'show-request-failure')).toHaveLength(failed.length);
    for (const [id] of failed) m.pending.delete(id);
    m.held.delete(handle);
    m.previewed.delete(handle);
  }
}

class Tick extends Cmd {
  readonly name = 'tick';
  apply(m: Model, r: Real): void {
    expect(deliver(m, r, { type: 'tick', at: m.at }, true)).toEqual([]);
  }
}

const handle = fc.constantFrom(1, 2, 3);
const commands = [
  fc.constant(new RequestPreview()),
  fc.tuple(handle, fc.boolean()).map(([h, empty]) => new AnswerPreview(h, empty)),
  handle.map((h) => new Pushed(h)),
  fc.tuple(fc.constantFrom<Act>('accept', 'dial', 'call-established', 'call-ended', 'mark-processed', 'reject', 'cancel'), fc.nat(5)).map(([a, i]) => new Action(a, i)),
  fc.tuple(fc.nat(5), fc.boolean()).map(([i, failed]) => new Reply(i, failed)),
  fc.nat(5).map((i) => new Removed(i)),
  fc.constant(new Tick()),
];

describe('outbound.interaction.machine, fc.commands model', () => {
  it('agrees with a model of held records, pending requests and processed records', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.commands(commands, { maxCommands: 60 }), (cap, cmds) => {
        const started = M.start({ at: 0, config: config({ maxPreviewRecords: cap }) });
        if (!started.ok) throw new Error(started.error.message);
        const model: Model = { at: 0, sent: 0, cap, held: new Map(), previewed: new Set(), pending: new Map(), processed: new Set() };
        fc.modelRun(() => ({ model, real: { state: started.state } }), cmds);
      }),
      { numRuns: 150 },
    );
  });
});
