import { describe, expect, it } from 'vitest';
import * as d from '../../src/core/decode.js';
import { isInstant, maxInstant } from '../../src/core/instant.js';

const event = d.object({
  type: d.literal('set'),
  at: d.instant,
  name: d.string({ min: 1, max: 20 }),
  numbers: d.array(d.string({ max: 30 }), { max: 5 }),
  note: d.optional(d.nullable(d.string())),
});

function problemOf(value: unknown): d.Problem {
  const read = d.run(event, value);
  if (!(read instanceof d.Problem)) throw new Error('expected a problem');
  return read;
}

describe('core instants', () => {
  it('supports 0 to maxInstant, nothing else, and not -0', () => {
    expect(maxInstant).toBe(Date.UTC(9999, 11, 30));
    expect(isInstant(0)).toBe(true);
    expect(isInstant(maxInstant)).toBe(true);
    expect(isInstant(maxInstant + 1)).toBe(false);
    expect(isInstant(1e300)).toBe(false);
    expect(isInstant(-0)).toBe(false);
    expect(isInstant(Number.NaN)).toBe(false);
    expect(isInstant('5')).toBe(false);
  });
});

describe('core decoder', () => {
  it('reads a valid value into a plain copy with only the declared fields', () => {
    const input = { type: 'set', at: 5, name: 'x', numbers: ['1', '2'], extra: 1 };
    const read = d.run(event, input);
    expect(read).toEqual({ type: 'set', at: 5, name: 'x', numbers: ['1', '2'] });
    expect(read).not.toBe(input);
    expect((read as { numbers: unknown }).numbers).not.toBe(input.numbers);
  });

  it('names the JSON path of the first offending value', () => {
    expect(problemOf({ type: 'set', at: 5, name: 'x', numbers: ['1', 7] }).path).toBe('$.numbers[1]');
    expect(problemOf({ type: 'set', at: 1e300, name: 'x', numbers: [] }).path).toBe('$.at');
    expect(problemOf({ type: 'nope' }).path).toBe('$.type');
    expect(problemOf(null).path).toBe('$');
  });

  it('reads own fields only: inherited and toString keys are inert', () => {
    const proto = Object.create({ type: 'set', at: 1, name: 'x', numbers: [] }) as object;
    expect(problemOf(proto).path).toBe('$.type');
    const withToString = { type: 'set', at: 1, name: { toString: () => 'x' }, numbers: [] };
    expect(problemOf(withToString).message).toContain('an object');
    const bare = Object.assign(Object.create(null) as object, { type: 'set', at: 1, name: 'x', numbers: [] });
    expect(d.run(event, bare)).toEqual({ type: 'set', at: 1, name: 'x', numbers: [] });
  });

  it('describes hostile values by kind and size, never by their text', () => {
    const secret = 'SECRET'.repeat(1000);
    expect(problemOf({ type: 'set', at: 1, name: secret, numbers: [] }).message).not.toContain('SECRET');
    expect(problemOf({ type: 'set', at: 1n, name: 'x', numbers: [] }).message).toContain('a bigint');
    expect(problemOf({ type: 'set', at: Symbol('s'), name: 'x', numbers: [] }).message).toContain('a symbol');
    const huge = new Array<string>(100_000).fill('1');
    expect(problemOf({ type: 'set', at: 1, name: 'x', numbers: huge }).message).toContain('100000 items');
  });

  it('is total on nested arrays, throwing getters and sparse arrays', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(problemOf({ type: 'set', at: 1, name: 'x', numbers: deep }).path).toBe('$.numbers[0]');
    const throwing = { type: 'set', get at(): number { throw new Error('boom'); } };
    expect(problemOf(throwing).path).toBe('$');
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['1', , '3'];
    expect(problemOf({ type: 'set', at: 1, name: 'x', numbers: sparse }).path).toBe('$.numbers[1]');
  });

  it('reads each field exactly once', () => {
    let reads = 0;
    const flaky = { type: 'set', name: 'x', numbers: [], get at(): unknown { reads += 1; return reads === 1 ? 5 : 'garbage'; } };
    expect(d.run(event, flaky)).toEqual({ type: 'set', at: 5, name: 'x', numbers: [] });
    expect(reads).toBe(1);
  });

  it('normalises -0 in numbers and refuses it as an instant', () => {
    expect(Object.is(d.run(d.number(), -0), 0)).toBe(true);
    expect(d.run(d.instant, -0)).toBeInstanceOf(d.Problem);
  });

  it('decode wraps the answer as a Result with code and path', () => {
    expect(d.decode(event, { type: 'set' }, 'invalid-event')).toMatchObject({ ok: false, error: { code: 'invalid-event', path: '$.at' } });
  });

  it('tagged picks the variant by its tag', () => {
    const e = d.tagged('type', { a: d.object({ type: d.literal('a'), n: d.integer() }), b: d.object({ type: d.literal('b') }) });
    expect(d.run(e, { type: 'a', n: 1 })).toEqual({ type: 'a', n: 1 });
    expect((d.run(e, { type: 'toString' }) as d.Problem).path).toBe('$.type');
  });
});

describe('sparse arrays never leave undefined in a decoded value (issue 14)', () => {
  it('an optional item decoder still refuses a hole or an undefined item, with its path', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holes = ['a', , 'c'];
    const r = d.run(d.array(d.optional(d.string()), { max: 10 }), holes);
    expect(r).toBeInstanceOf(d.Problem);
    expect((r as d.Problem).path).toBe('$[1]');
    expect(d.run(d.array(d.optional(d.string()), { max: 10 }), ['a', undefined])).toBeInstanceOf(d.Problem);
    expect(d.run(d.dictionary(d.optional(d.string()), { max: 10 }), { a: undefined })).toBeInstanceOf(d.Problem);
    expect(d.run(d.array(d.string(), { max: 10 }), ['a', 'b'])).toEqual(['a', 'b']);
    // eslint-disable-next-line no-sparse-arrays
    const json = d.run(d.json(), [1, , 3]);
    expect(json).toBeInstanceOf(d.Problem);
  });
});
