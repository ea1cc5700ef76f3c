import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';

describe('time.transitions', () => {
  it('lists DST changes to the minute', () => {
    const r = time.transitions('Australia/Lord_Howe', { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) });
    expect(r).toEqual({
      ok: true,
      value: [
        { at: Date.UTC(2026, 3, 4, 15), before: 660, after: 630 },
        { at: Date.UTC(2026, 9, 3, 15, 30), before: 630, after: 660 },
      ],
    });
    expect(time.transitions('Asia/Kolkata', { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) })).toEqual({ ok: true, value: [] });
  });

  it('refuses bad zones and ranges', () => {
    expect(time.transitions('Nowhere/X', { start: 0, end: 1 })).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(time.transitions('UTC', { start: 10, end: 5 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
    expect(time.transitions('UTC', { start: 0, end: 500 * 86_400_000 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
  });
});
