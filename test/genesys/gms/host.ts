import { callback, genesys, type Step } from '../../../src/index.js';
import type { FakeGms } from './fake-gms.js';

type Effect = Readonly<Record<string, unknown>> & { readonly type: string };

/**
 * A host as a desktop would write one: it owns the dialog, the lifecycles and the GMS bridge, sends every
 * request effect through the bridge, answers it from the fake GMS, and hands each delivery to its machine.
 * Only dialdesk's types cross its boundaries.
 */
export class Host {
  bridge: genesys.gms.BridgeState;
  dialog: callback.dialog.DialogState | null = null;
  readonly lifecycles = new Map<string, callback.lifecycle.LifecycleState>();
  readonly log: string[] = [];
  now: number;

  constructor(readonly gms: FakeGms, at: number, service: genesys.gms.GmsService) {
    const s = genesys.gms.bridge.start({ at, service });
    if (!s.ok) throw new Error(s.error.code);
    this.bridge = s.state;
    this.now = at;
  }

  private send(effect: Effect): void {
    if (effect.type === 'close') return;
    const sent = genesys.gms.bridge.transition(this.bridge, { type: 'send', at: this.now, effect });
    if (!sent.ok) throw new Error(`send ${effect.type}: ${sent.error.code}`);
    this.bridge = sent.state;
    for (const e of sent.effects) {
      if (e.type !== 'send-request') continue;
      const answer = this.gms.handle(e.request);
      this.log.push(`${e.request.method} ${e.request.path} -> ${answer.status}`);
      this.now += 100;
      const got = genesys.gms.bridge.transition(this.bridge, { type: 'response', at: this.now, requestId: e.request.requestId, status: answer.status, body: answer.body });
      if (!got.ok) throw new Error(`response: ${got.error.code}`);
      this.bridge = got.state;
      for (const d of got.effects) this.deliver(d as genesys.gms.Delivery);
    }
  }

  private deliver(d: genesys.gms.Delivery): void {
    if (d.type === 'callback-created') {
      const s = callback.lifecycle.machine.start({ at: this.now, callbackId: d.callbackId, desiredAt: d.desiredAt, status: d.desiredAt === null ? 'queued' : 'scheduled' });
      if (!s.ok) throw new Error(s.error.code);
      this.lifecycles.set(d.callbackId, s.state);
      return;
    }
    if (d.type === 'dialog-event') {
      this.dialogEvent(d.event);
      return;
    }
    this.lifecycleEvent(d.callbackId, d.event);
  }

  dialogEvent(event: callback.dialog.DialogEvent): callback.dialog.DialogState {
    if (this.dialog === null) throw new Error('no dialog');
    const step = callback.dialog.machine.transition(this.dialog, event);
    if (!step.ok) throw new Error(`dialog ${event.type}: ${step.error.code}`);
    this.dialog = step.state;
    for (const e of step.effects) this.send(e as unknown as Effect);
    return this.dialog;
  }

  lifecycleEvent(callbackId: string, event: callback.lifecycle.LifecycleEvent): Step<callback.lifecycle.LifecycleState, callback.lifecycle.LifecycleEffect> {
    const state = this.lifecycles.get(callbackId);
    if (state === undefined) throw new Error(`no lifecycle ${callbackId}`);
    const step = callback.lifecycle.machine.transition(state, event);
    if (step.ok) {
      this.lifecycles.set(callbackId, step.state);
      for (const e of step.effects) this.send(e as unknown as Effect);
    }
    return step;
  }

  openDialog(input: callback.dialog.DialogInput): callback.dialog.DialogState {
    const step = callback.dialog.machine.start(input);
    if (!step.ok) throw new Error(step.error.code);
    this.dialog = step.state;
    for (const e of step.effects) this.send(e as unknown as Effect);
    return this.dialog;
  }

  /** Asks the server for a callback's state and hands the answer to its lifecycle. */
  poll(callbackId: string, n: number): void {
    this.send({ type: 'query-state', requestId: `state-${callbackId}-${n}`, callbackId });
  }
}
