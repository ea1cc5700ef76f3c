// `wallInstants`' `before` and `after` from their stated rule (src/time/engine.ts): the offsets in force a
// day before and a day after the wall time, read as instants. Checked where that instant is exactly the
// first millisecond of a new offset (a transition) or of one of the engine's cached stretches (any
// multiple of two days since the epoch), and on a sweep around transitions where a later change of offset
// lies after `wallMs + DAY` in the same stretch of readings.
import { describe, expect, it } from 'vitest';
import { offsetAt, transitionsIn, wallInstants } from '../../src/time/engine.js';
import { engineZone } from '../time-values.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const zones = ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/Lisbon'].map(engineZone);

function expectAround(zone: ReturnType<typeof engineZone>, wallMs: number): void {
  const { before, after } = wallInstants(zone, wallMs);
  expect({ zone, wallMs, before, after }).toEqual({ zone, wallMs, before: offsetAt(zone, wallMs - DAY), after: offsetAt(zone, wallMs + DAY) });
}

describe('wallInstants: the offsets a day before and a day after', () => {
  it('when the day before or the day after is exactly a transition', () => {
    for (const zone of zones) {
      const changes = transitionsIn(zone, Date.UTC(1985, 0, 1), Date.UTC(2027, 0, 1));
      expect(changes.length).toBeGreaterThan(0);
      for (const { at } of changes) {
        expectAround(zone, at + DAY);
        expectAround(zone, at - DAY);
        expectAround(zone, at + DAY - 1);
        expectAround(zone, at - DAY - 1);
      }
    }
  });

  it('when the day before or the day after is the first millisecond of a two-day stretch', () => {
    for (const zone of zones) {
      for (let k = 0; k < 40; k += 1) {
        const blockStart = (Math.floor(Date.UTC(2026, 0, 1) / (2 * DAY)) + k) * 2 * DAY;
        expectAround(zone, blockStart + DAY);
        expectAround(zone, blockStart - DAY);
      }
    }
  });

  it('on a sweep of wall times around each transition of 2026 (half-hour steps, three days each side)', () => {
    for (const zone of zones) {
      for (const { at } of transitionsIn(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))) {
        for (let wall = at - 3 * DAY; wall <= at + 3 * DAY; wall += 30 * MIN) expectAround(zone, wall);
      }
    }
  });
});
