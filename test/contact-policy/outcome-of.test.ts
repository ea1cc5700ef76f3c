// contactPolicy.outcomeOf from its documentation (issue 22): a person reached is a conversation,
// do-not-call a refusal, abandoned/dropped/silence abandoned, machines, fax and pagers an answering
// machine, SIT tones and dialling or system errors not connected, busy and no-answer themselves, and any
// other result a no-answer (an attempt for every limit, never a conversation).
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';

const { contactPolicy } = outbound;

describe('contactPolicy.outcomeOf', () => {
  it.each([
    [['ok', 'answer', 'transferred', 'conferenced', 'wrong-party', 'wrong-number'], 'conversation'],
    [['do-not-call'], 'refused'],
    [['abandoned', 'dropped', 'silence'], 'abandoned'],
    [['answering-machine', 'fax', 'pager'], 'answering-machine'],
    [['all-trunks-busy', 'sit-detected', 'sit-invalid-number', 'sit-vacant', 'sit-intercept', 'sit-unknown', 'sit-no-circuit', 'sit-reorder', 'no-dial-tone', 'no-ringback', 'no-progress', 'no-established', 'dial-error', 'no-port-available', 'general-error', 'system-error'], 'not-connected'],
    [['busy'], 'busy'],
    [['no-answer', 'dropped-no-answer'], 'no-answer'],
    [['unknown', 'cleared', 'stale'], 'no-answer'],
  ] as const)('%j -> %s', (results, expected) => {
    for (const r of results) expect([r, contactPolicy.outcomeOf(r as outbound.records.CallResult)]).toEqual([r, expected]);
  });
});

// The function is total (its TSDoc): a value that is not a call result is a no-answer, even a key every
// object inherits, or a non-string whose text names a call result when used as a key.
describe('contactPolicy.outcomeOf on values that are not call results', () => {
  it.each([
    ['an inherited key', 'toString'],
    ['another inherited key', 'hasOwnProperty'],
    ['__proto__', '__proto__'],
    ['the empty string', ''],
    ['a number', 42],
    ['an array holding a call result', ['busy']],
    ['an object whose text is a call result', { toString: () => 'do-not-call' }],
    ['null', null],
    ['undefined', undefined],
  ] as const)('%s -> no-answer', (_, value) => {
    expect(contactPolicy.outcomeOf(value as never)).toBe('no-answer');
  });
});
