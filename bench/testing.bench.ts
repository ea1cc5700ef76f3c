/**
 * The test kit's round-trip check on a large state (issue 14: `testing.checkJsonRoundTrip` of an array of
 * 100 000 numbers took 25 to 65 ms, building a path string per item; the fuzzer counts a call over 50 ms
 * as slow). Against the bare `JSON.parse(JSON.stringify(x))` it wraps. Prints figures, asserts nothing.
 */
import { bench, describe } from 'vitest';
import * as testing from '../src/testing/index.js';

const numbers = Array.from({ length: 100_000 }, (_, i) => i);
const pacerLike = { version: 1, minutes: numbers, cumAnswers: numbers, cumAbandons: numbers, lastAt: 0 };

describe('JSON round trip of 100 000 numbers', () => {
  bench('testing.checkJsonRoundTrip', () => {
    testing.checkJsonRoundTrip(numbers);
  });
  bench('testing.assertJsonRoundTrip (a ledger-sized state, 300 000 numbers)', () => {
    testing.assertJsonRoundTrip(pacerLike);
  });
  bench('bare JSON.parse(JSON.stringify(x))', () => {
    JSON.parse(JSON.stringify(numbers));
  });
});
