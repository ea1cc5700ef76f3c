import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { time } from '../../../src/index.js';
import * as testing from '../../../src/testing/index.js';
import * as arbitraries from '../../../src/testing/arbitraries/index.js';
import { r, type Input, type State } from './helpers.js';

const MIN = 60_000;
const DAY = 86_400_000;

function insideWindow(at: number, from: string | null, until: string | null, zone: string): boolean {
  if (from === null || until === null) return true;
  const open = time.inWindow({ from, until, zone }, at);
  return open.ok && open.value;
}

const windowArb = fc.oneof(
  { arbitrary: fc.constant([null, null] as const), weight: 3 },
  fc
    .tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 47 }))
    .map(([a, len]) => [time.minutesToTime(a * 30), time.minutesToTime((a * 30 + len * 30) % 1440)] as const)
    .filter(([a, b]) => a !== b),
);

const transitionCache = new Map<string, readonly time.Transition[]>();
function transitionsOf(zone: string): readonly time.Transition[] {
  let list = transitionCache.get(zone);
  if (list === undefined) {
    const found = time.transitions(zone, { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) });
    list = found.ok ? found.value : [];
    transitionCache.set(zone, list);
  }
  return list;
}

/** A wall time written as if it were UTC, read back as a local date and time. */
function wallParts(wallMs: number): { date: string; time: string } {
  const iso = new Date(wallMs).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * Either anywhere (now in 2026-2027, a date 1 day before to 20 days after today, any time), or aimed at a
 * DST transition of the entry zone: the typed wall time within 90 minutes of the change (gaps and
 * overlaps included) and now up to 3 days before it.
 */
const entryArb = (entryZoneName: string) => {
  const list = transitionsOf(entryZoneName);
  const anywhere = fc.record({
    now: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
    dayOffset: fc.integer({ min: -1, max: 12 }),
    minute: fc.integer({ min: 0, max: 1439 }),
  }).map((a) => ({ kind: 'anywhere' as const, ...a }));
  if (list.length === 0) return anywhere;
  const aimed = fc
    .record({ t: fc.constantFrom(...list), k: fc.integer({ min: -90, max: 90 }), before: fc.integer({ min: 0, max: 3 * DAY }) })
    .map(({ t, k, before }) => ({ kind: 'aimed' as const, now: t.at - before, wall: wallParts(t.at + t.before * MIN + k * MIN) }));
  return fc.oneof(anywhere, aimed);
};

const settings = fc.record({
  agentZone: arbitraries.trickyZone(),
  entryZone: fc.constantFrom('agent' as const, 'contact' as const),
  window: windowArb,
  lead: fc.integer({ min: 0, max: 120 }),
  horizon: fc.integer({ min: 1, max: 40 }),
  dstPolicy: fc.constantFrom('compatible' as const, 'earlier' as const, 'later' as const, 'reject' as const),
  personalPolicy: fc.constantFrom('agent-choice' as const, 'always-personal' as const, 'always-campaign' as const),
  afterStart: fc.integer({ min: 0, max: 10 * MIN }),
  callingHours: fc.constantFrom(null, null, null, 'us' as const, 'ca' as const, 'fr' as const),
});

const scenario = (zone: string) =>
  settings.chain((c) =>
    entryArb(c.entryZone === 'contact' ? zone : c.agentZone).map((entry) => ({ ...c, entry })),
  );

describe('a committed time', () => {
  for (const contactZone of testing.trickyZones) {
    it(`is in the future, within the horizon, inside the window and the calling hours (${contactZone})`, () => {
      let committed = 0;
      fc.assert(
        fc.property(scenario(contactZone), (c) => {
          const input: Input = {
            at: 0,
            recordHandle: 7,
            chain: [{ recordHandle: 7, chainN: 0, phone: '5550100', contactType: 'home-phone', from: c.window[0], until: c.window[1] }],
            contactZone,
            agentZone: c.agentZone,
            entryZone: c.entryZone,
            minimumLeadMinutes: c.lead,
            horizonDays: c.horizon,
            dstPolicy: c.dstPolicy,
            personalPolicy: c.personalPolicy,
            call: 'ended',
            callingHours: c.callingHours,
            holidays: ['2026-12-25', '2027-01-01'],
          };
          const started = r.machine.start({ ...input, at: c.entry.now });
          expect(started.ok).toBe(true);
          if (!started.ok) return;
          let s: State = started.state;
          const at = c.entry.now + c.afterStart;
          const entryZone = c.entryZone === 'agent' ? s.config.agentZone : s.config.contactZone;
          const today = time.local(at, entryZone);
          if (!today.ok) throw new Error('zone');
          const date = c.entry.kind === 'aimed' ? c.entry.wall.date : time.addDays(today.value.date, c.entry.dayOffset);
          const typed = c.entry.kind === 'aimed' ? c.entry.wall.time : time.minutesToTime(c.entry.minute);
          for (const e of [
            { type: 'set-reschedule', at, checked: true },
            { type: 'type-date', at, text: date },
            { type: 'type-time', at, text: typed },
          ] as const) {
            const step = r.machine.transition(s, e);
            expect(step.ok).toBe(true);
            s = step.state;
          }
          const done = r.machine.transition(s, { type: 'done', at });
          const button = r.commitButton(s, at);
          expect(button.enabled).toBe(done.ok);
          if (!done.ok) {
            expect(['time-in-past', 'beyond-horizon', 'outside-number-window', 'outside-calling-hours', 'time-in-gap', 'time-ambiguous']).toContain(done.error.code);
            expect(button.reasons[0]?.code).toBe(done.error.code);
            return;
          }
          committed += 1;
          const effect = done.effects[0];
          if (effect?.type !== 'send-request') throw new Error('no request');
          const request = effect.request;
          const resolved = r.fields(s, at).resolved;
          const when = request.dialSchedTime * 1000;
          expect(resolved === null ? null : Math.floor(resolved.at / 1000) * 1000).toBe(when);
          expect(new Date(resolved?.iso ?? '').getTime()).toBe(resolved?.at);
          expect(when).toBeGreaterThan(at);
          expect(when).toBeGreaterThanOrEqual(at + c.lead * MIN);
          expect(when).toBeLessThanOrEqual(at + c.horizon * DAY);
          const contact = time.local(when, contactZone);
          if (!contact.ok) throw new Error('zone');
          expect(insideWindow(when, c.window[0], c.window[1], contactZone)).toBe(true);
          if (c.callingHours !== null) {
            expect(time.isAllowed(time.callingHoursPresets[c.callingHours], when, contactZone, { holidays: ['2026-12-25', '2027-01-01'] })).toEqual({ ok: true, value: true });
          }
          expect([resolved?.contactDate, resolved?.contactTime]).toEqual([contact.value.date, contact.value.time]);
          // The wall time typed is the wall time sent, unless a DST gap moved it (and the policy allowed that).
          const entry = time.local(when, entryZone);
          if (!entry.ok) throw new Error('zone');
          if (entry.value.time !== typed || entry.value.date !== date) expect(c.dstPolicy).not.toBe('reject');
          expect(request.callbackType).toBe(c.personalPolicy === 'always-personal' ? 'personal' : 'campaign');
        }),
        { numRuns: 50 },
      );
      expect(committed).toBeGreaterThan(0);
    });
  }
});
