import type { genesys } from '../../../src/index.js';

/** One callback as the fake server keeps it, in GMS's own vocabulary. */
export interface FakeRecord {
  _id: string;
  _customer_number: string;
  _desired_time?: string;
  _callback_state: string;
  _callback_reason?: string;
}

/**
 * An in-memory GMS callback service for tests: it answers the adapter's HTTP requests with the documented
 * shapes (v1 availability map, `_id` on create, state records on query) and GMS-style errors
 * (`{ message, exception }`). Capacity is per 5-minute bucket.
 */
export class FakeGms {
  readonly records = new Map<string, FakeRecord>();
  private next = 1;
  constructor(
    readonly service: string,
    readonly open: { readonly from: number; readonly until: number },
    readonly capacity = 2,
  ) {}

  private booked(iso: string): number {
    let n = 0;
    for (const r of this.records.values()) if (r._desired_time === iso && r._callback_state === 'SCHEDULED') n += 1;
    return n;
  }

  private refuse(status: number, message: string, exception = 'com.genesyslab.gsg.services.callback.CallbackException'): { status: number; body: unknown } {
    return { status, body: { message, exception } };
  }

  private checkTime(iso: string): { status: number; body: unknown } | null {
    const t = Date.parse(iso);
    if (t < this.open.from || t >= this.open.until) {
      return this.refuse(400, 'Desired time is outside of office hours', 'com.genesyslab.gsg.services.callback.CallbackExceptionAvailability');
    }
    if (this.booked(iso) >= this.capacity) return this.refuse(400, 'Time bucket is full', 'com.genesyslab.gsg.services.callback.CallbackExceptionAvailability');
    return null;
  }

  /** Moves a callback on, as the server's routing would. */
  advance(id: string, state: string, reason?: string): void {
    const r = this.records.get(id);
    if (r === undefined) throw new Error(`no ${id}`);
    r._callback_state = state;
    if (reason !== undefined) r._callback_reason = reason;
  }

  handle(req: genesys.gms.HttpRequest): { status: number; body: unknown } {
    const base = `/genesys/1/service/callback/${this.service}`;
    if (req.method === 'GET' && req.path === `${base}/availability`) {
      const body: Record<string, number> = {};
      const from = Math.max(Date.parse(req.query['start'] ?? ''), this.open.from);
      const until = Math.min(Date.parse(req.query['end'] ?? ''), this.open.until);
      for (let t = from; t < until; t += 5 * 60_000) {
        const iso = new Date(t).toISOString();
        body[iso] = this.capacity - this.booked(iso);
      }
      return { status: 200, body };
    }
    if (req.method === 'POST' && req.path === base) {
      const number = req.body?.['_customer_number'];
      if (number === undefined) return this.refuse(400, 'Missing _customer_number');
      for (const r of this.records.values()) {
        if (r._customer_number === number && r._callback_state === 'QUEUED') return this.refuse(400, 'A callback for this number is already in queue');
      }
      const desired = req.body?.['_desired_time'];
      if (desired !== undefined) {
        const problem = this.checkTime(desired);
        if (problem !== null) return problem;
      }
      const id = `gms-${this.next++}`;
      this.records.set(id, { _id: id, _customer_number: number, _callback_state: desired === undefined ? 'QUEUED' : 'SCHEDULED', ...(desired === undefined ? {} : { _desired_time: desired }) });
      return { status: 200, body: { _id: id } };
    }
    const one = req.path.startsWith(`${base}/`) ? this.records.get(decodeURIComponent(req.path.slice(base.length + 1))) : undefined;
    if (req.method === 'PUT' || req.method === 'DELETE') {
      if (one === undefined) return this.refuse(404, 'Callback not found');
      if (req.method === 'DELETE') {
        if (one._callback_state === 'PROCESSING' || one._callback_state === 'COMPLETED') return this.refuse(400, 'Callback cannot be cancelled');
        one._callback_state = 'COMPLETED';
        one._callback_reason = 'CANCELLED';
        return { status: 200, body: null };
      }
      const desired = req.body?.['_new_desired_time'] ?? '';
      const problem = this.checkTime(desired);
      if (problem !== null) return problem;
      one._desired_time = desired;
      return { status: 200, body: null };
    }
    if (req.method === 'GET' && req.path === '/genesys/1/service/callback') {
      const r = this.records.get(req.query['_id'] ?? '');
      return r === undefined ? this.refuse(404, 'Callback not found') : { status: 200, body: [{ ...r }] };
    }
    return this.refuse(404, 'No such resource');
  }
}
