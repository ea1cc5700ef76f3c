// The contact-policy preset parser from its rules (issue 22): every field of every row kind is checked
// against its documented range (the bounds themselves accepted, one step beyond refused), refusals name
// the JSON path of the field, omitted optional fields take their documented defaults, and presets
// resolve their includes recursively, each row once (the first wins), each preset visited once.
import { describe, expect, it } from 'vitest';
import { outcomes, parseHistory, parseOptions, parsePreset, presets, resolvePresets } from '../../src/compliance/index.js';

const source = { citation: 'test', url: '', confirmed: false, note: '' };
const preset = (...rules: readonly unknown[]): object => ({ id: 'p', name: '', includes: [], rules });

/** The parse of a preset holding one row: `'accepted'` or the refusal's code and path. */
function rowRefusal(row: unknown): unknown {
  const r = parsePreset(preset(row));
  return r.ok ? 'accepted' : { code: r.error.code, path: (r.error.details as { path?: string }).path };
}
const at = (path: string): unknown => ({ code: 'invalid-preset', path: `$.rules[0]${path}` });

const maxAttempts = { id: 'p.max', kind: 'max-attempts', max: 3, window: { hours: 24 }, counts: ['busy'], source };
const quiet = { id: 'p.quiet', kind: 'quiet-after', after: ['refused'], wait: { days: 2 }, source };
const abandonment = { id: 'p.ab', kind: 'abandonment', rate: 0.03, window: '30d', source };
const ring = { id: 'p.ring', kind: 'ring-minimum', seconds: 15, source };

describe('parsePreset: the preset itself', () => {
  it('refuses a non-object, and a bad id, name, includes or rules, by path', () => {
    const refusal = (value: unknown): unknown => {
      const r = parsePreset(value);
      return r.ok ? 'accepted' : (r.error.details as { path?: string }).path;
    };
    expect(refusal(null)).toBe('$');
    expect(refusal([])).toBe('$');
    expect(refusal({ id: 1, rules: [] })).toBe('$.id');
    expect(refusal({ id: 'x'.repeat(201), rules: [] })).toBe('$.id');
    expect(refusal({ id: 'x'.repeat(200), rules: [] })).toBe('accepted');
    expect(refusal({ id: 'p', name: 7, rules: [] })).toBe('$.name');
    expect(refusal({ id: 'p', includes: 'us', rules: [] })).toBe('$.includes');
    expect(refusal({ id: 'p', includes: Array.from({ length: 51 }, () => 'us'), rules: [] })).toBe('$.includes');
    expect(refusal({ id: 'p', includes: Array.from({ length: 50 }, () => 'us'), rules: [] })).toBe('accepted');
    expect(refusal({ id: 'p', includes: ['us', 3], rules: [] })).toBe('$.includes[1]');
    expect(refusal({ id: 'p', includes: ['x'.repeat(201)], rules: [] })).toBe('$.includes[0]');
    expect(refusal({ id: 'p' })).toBe('$.rules');
    expect(refusal({ id: 'p', rules: Array.from({ length: 101 }, (_, i) => ({ ...ring, id: `r${i}` })) })).toBe('$.rules');
    expect(refusal({ id: 'p', rules: Array.from({ length: 100 }, (_, i) => ({ ...ring, id: `r${i}` })) })).toBe('accepted');
    expect(refusal({ id: 'p', rules: [ring, null] })).toBe('$.rules[1]');
  });

  it('takes an empty name and no includes by default, and returns a built-in preset as it is', () => {
    const r = parsePreset({ id: 'p', rules: [] }, '$.x');
    expect(r.ok && r.value).toEqual({ id: 'p', name: '', includes: [], rules: [] });
    expect(r.ok && Object.isFrozen(r.value) && Object.isFrozen(r.value.includes) && Object.isFrozen(r.value.rules)).toBe(true);
    const us = parsePreset(presets.us);
    expect(us.ok && us.value).toBe(presets.us);
    // A copy of a built-in preset is parsed (and equal), not recognised by identity.
    const copy = parsePreset(JSON.parse(JSON.stringify(presets.us)));
    expect(copy.ok && copy.value).toEqual(presets.us);
    expect(copy.ok && copy.value).not.toBe(presets.us);
  });

  // HELPERS: a refusal names the kind of an untrusted value, never the value itself.
  it('names the kind of the refused value in its message, never the value', () => {
    const message = (value: unknown): string => {
      const r = parsePreset(value);
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message(null)).toContain('(got null)');
    expect(message([1, 2])).toContain('(got an array of 2)');
    expect(message(7)).toContain('(got number)');
    expect(message({ id: 1, rules: [] })).toContain('(got number)');
    const long = message({ id: 'secret'.repeat(40), rules: [] });
    expect(long).toContain('(got a string of 240 characters)');
    expect(long).not.toContain('secret');
  });

  it('names the path it is given', () => {
    const r = parsePreset({ id: 'p', rules: [{ ...ring, seconds: 0 }] }, '$.options.presets[2]');
    expect(r.ok ? 'accepted' : r.error.details).toEqual({ path: '$.options.presets[2].rules[0].seconds' });
  });
});

describe('parsePreset: every row', () => {
  it('needs an id of at most 200 characters, a source with a citation, and a known kind', () => {
    expect(rowRefusal(null)).toEqual(at(''));
    expect(rowRefusal({ ...ring, id: undefined })).toEqual(at('.id'));
    expect(rowRefusal({ ...ring, id: 'x'.repeat(201) })).toEqual(at('.id'));
    expect(rowRefusal({ ...ring, id: 'x'.repeat(200) })).toBe('accepted');
    expect(rowRefusal({ ...ring, source: 'test' })).toEqual(at('.source'));
    expect(rowRefusal({ ...ring, source: { ...source, citation: 3 } })).toEqual(at('.source.citation'));
    expect(rowRefusal({ ...ring, source: { ...source, citation: '' } })).toEqual(at('.source.citation'));
    expect(rowRefusal({ ...ring, source: { ...source, citation: 'x'.repeat(1001) } })).toEqual(at('.source.citation'));
    expect(rowRefusal({ ...ring, source: { ...source, citation: 'x'.repeat(1000) } })).toBe('accepted');
    expect(rowRefusal({ ...ring, source: { ...source, url: 1 } })).toEqual(at('.source.url'));
    expect(rowRefusal({ ...ring, source: { ...source, note: 'x'.repeat(4001) } })).toEqual(at('.source.note'));
    expect(rowRefusal({ ...ring, source: { ...source, note: 'x'.repeat(4000) } })).toBe('accepted');
    expect(rowRefusal({ ...ring, source: { ...source, confirmed: 'yes' } })).toEqual(at('.source.confirmed'));
    expect(rowRefusal({ ...ring, kind: 'do-not-call' })).toEqual(at('.kind'));
  });

  it('a source needs only its citation: url and note default to empty, confirmed to false', () => {
    const r = parsePreset(preset({ ...ring, source: { citation: 'TCPA' } }));
    expect(r.ok && r.value.rules[0]?.source).toEqual({ citation: 'TCPA', url: '', confirmed: false, note: '' });
    const full = parsePreset(preset({ ...ring, source: { citation: 'TCPA', url: 'https://x', confirmed: true, note: 'n' } }));
    expect(full.ok && full.value.rules[0]?.source).toEqual({ citation: 'TCPA', url: 'https://x', confirmed: true, note: 'n' });
  });

  it('calling-hours: its hours are a dialdesk/time calling-hours rule', () => {
    const hours = { name: '', weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, closedDates: [], closedOnHolidays: false };
    expect(rowRefusal({ id: 'p.h', kind: 'calling-hours', hours, source })).toBe('accepted');
    expect(rowRefusal({ id: 'p.h', kind: 'calling-hours', hours: { ...hours, weekly: 'always' }, source })).toEqual(at('.hours'));
  });
});

describe('parsePreset: max-attempts rows', () => {
  it('max from 1 to 10 000', () => {
    expect(rowRefusal({ ...maxAttempts, max: 0 })).toEqual(at('.max'));
    expect(rowRefusal({ ...maxAttempts, max: 1 })).toBe('accepted');
    expect(rowRefusal({ ...maxAttempts, max: 10_000 })).toBe('accepted');
    expect(rowRefusal({ ...maxAttempts, max: 10_001 })).toEqual(at('.max'));
    expect(rowRefusal({ ...maxAttempts, max: 2.5 })).toEqual(at('.max'));
    expect(rowRefusal({ ...maxAttempts, max: '3' })).toEqual(at('.max'));
  });

  it('a window of exactly one of hours (1 to 366 × 24) or days (1 to 366)', () => {
    expect(rowRefusal({ ...maxAttempts, window: 24 })).toEqual(at('.window'));
    expect(rowRefusal({ ...maxAttempts, window: null })).toEqual(at('.window'));
    expect(rowRefusal({ ...maxAttempts, window: {} })).toEqual(at('.window'));
    expect(rowRefusal({ ...maxAttempts, window: { hours: 1, days: 1 } })).toEqual(at('.window'));
    expect(rowRefusal({ ...maxAttempts, window: { hours: 0 } })).toEqual(at('.window.hours'));
    expect(rowRefusal({ ...maxAttempts, window: { hours: 1 } })).toBe('accepted');
    expect(rowRefusal({ ...maxAttempts, window: { hours: 366 * 24 } })).toBe('accepted');
    expect(rowRefusal({ ...maxAttempts, window: { hours: 366 * 24 + 1 } })).toEqual(at('.window.hours'));
    expect(rowRefusal({ ...maxAttempts, window: { days: 0 } })).toEqual(at('.window.days'));
    expect(rowRefusal({ ...maxAttempts, window: { days: 366 } })).toBe('accepted');
    expect(rowRefusal({ ...maxAttempts, window: { days: 367 } })).toEqual(at('.window.days'));
    const days = parsePreset(preset({ ...maxAttempts, window: { days: 7 } }));
    expect(days.ok && days.value.rules[0]).toMatchObject({ window: { days: 7 } });
    const hours = parsePreset(preset({ ...maxAttempts, window: { hours: 48 } }));
    expect(hours.ok && hours.value.rules[0]).toMatchObject({ window: { hours: 48 } });
  });

  it('counts: a list of outcomes, each once, at most twice the number of outcomes long', () => {
    expect(rowRefusal({ ...maxAttempts, counts: 'busy' })).toEqual(at('.counts'));
    expect(rowRefusal({ ...maxAttempts, counts: ['busy', 'ringing'] })).toEqual(at('.counts[1]'));
    const r = parsePreset(preset({ ...maxAttempts, counts: ['busy', 'no-answer', 'busy'] }));
    expect(r.ok && r.value.rules[0]).toEqual({ ...maxAttempts, counts: ['busy', 'no-answer'] });
    const twice = [...outcomes, ...outcomes];
    const full = parsePreset(preset({ ...maxAttempts, counts: twice }));
    expect(full.ok && full.value.rules[0]).toEqual({ ...maxAttempts, counts: outcomes });
    expect(rowRefusal({ ...maxAttempts, counts: [...twice, 'busy'] })).toEqual(at('.counts'));
  });
});

describe('parsePreset: quiet-after rows', () => {
  it('after outcomes and a wait, countFrom same-day by default, unless null by default', () => {
    const r = parsePreset(preset(quiet));
    expect(r.ok && r.value.rules[0]).toEqual({ ...quiet, countFrom: 'same-day', unless: null });
    const set = parsePreset(preset({ ...quiet, countFrom: 'next-day', unless: 'live-agent-guaranteed' }));
    expect(set.ok && set.value.rules[0]).toMatchObject({ countFrom: 'next-day', unless: 'live-agent-guaranteed' });
  });

  it('refuses a bad after, wait, countFrom or unless', () => {
    expect(rowRefusal({ ...quiet, after: ['nothing'] })).toEqual(at('.after[0]'));
    expect(rowRefusal({ ...quiet, wait: { days: 0 } })).toEqual(at('.wait.days'));
    expect(rowRefusal({ ...quiet, countFrom: 'tomorrow' })).toEqual(at('.countFrom'));
    expect(rowRefusal({ ...quiet, unless: 'always' })).toEqual(at('.unless'));
    expect(rowRefusal({ ...quiet, unless: null })).toBe('accepted');
  });
});

describe('parsePreset: abandonment rows', () => {
  it('defaults: live answers as the base, AMD false positives not counted, 2 seconds, a message required', () => {
    const r = parsePreset(preset(abandonment));
    expect(r.ok && r.value.rules[0]).toEqual({ ...abandonment, base: 'live-answers', amdFalsePositives: 'not-counted', abandonAfterSeconds: 2, message: 'required' });
    const set = parsePreset(preset({ ...abandonment, window: '24h', amdFalsePositives: 'abandoned', abandonAfterSeconds: 60, message: 'not-required' }));
    expect(set.ok && set.value.rules[0]).toMatchObject({ window: '24h', amdFalsePositives: 'abandoned', abandonAfterSeconds: 60, message: 'not-required' });
  });

  it('a rate strictly between 0 and 1', () => {
    expect(rowRefusal({ ...abandonment, rate: 0 })).toEqual(at('.rate'));
    expect(rowRefusal({ ...abandonment, rate: 1 })).toEqual(at('.rate'));
    expect(rowRefusal({ ...abandonment, rate: 3 })).toEqual(at('.rate'));
    expect(rowRefusal({ ...abandonment, rate: Number.NaN })).toEqual(at('.rate'));
    expect(rowRefusal({ ...abandonment, rate: '0.03' })).toEqual(at('.rate'));
    expect(rowRefusal({ ...abandonment, rate: Number.MIN_VALUE })).toBe('accepted');
    expect(rowRefusal({ ...abandonment, rate: 0.999 })).toBe('accepted');
  });

  it('refuses another window, base, AMD reading or message', () => {
    expect(rowRefusal({ ...abandonment, window: '7d' })).toEqual(at('.window'));
    expect(rowRefusal({ ...abandonment, base: 'all-calls' })).toEqual(at('.base'));
    expect(rowRefusal({ ...abandonment, amdFalsePositives: 'ignored' })).toEqual(at('.amdFalsePositives'));
    expect(rowRefusal({ ...abandonment, message: 'optional' })).toEqual(at('.message'));
  });

  it('abandonAfterSeconds above 0 and at most 60', () => {
    expect(rowRefusal({ ...abandonment, abandonAfterSeconds: 0 })).toEqual(at('.abandonAfterSeconds'));
    expect(rowRefusal({ ...abandonment, abandonAfterSeconds: 0.5 })).toBe('accepted');
    expect(rowRefusal({ ...abandonment, abandonAfterSeconds: 60 })).toBe('accepted');
    expect(rowRefusal({ ...abandonment, abandonAfterSeconds: 60.5 })).toEqual(at('.abandonAfterSeconds'));
    expect(rowRefusal({ ...abandonment, abandonAfterSeconds: Number.POSITIVE_INFINITY })).toEqual(at('.abandonAfterSeconds'));
    expect(rowRefusal({ ...abandonment, abandonAfterSeconds: '2' })).toEqual(at('.abandonAfterSeconds'));
  });
});

describe('parsePreset: ring-minimum rows', () => {
  it('seconds from 1 to 600, rings from 1 to 100 or null (the default)', () => {
    const r = parsePreset(preset(ring));
    expect(r.ok && r.value.rules[0]).toEqual({ ...ring, rings: null });
    expect(rowRefusal({ ...ring, seconds: 0 })).toEqual(at('.seconds'));
    expect(rowRefusal({ ...ring, seconds: 600 })).toBe('accepted');
    expect(rowRefusal({ ...ring, seconds: 601 })).toEqual(at('.seconds'));
    expect(rowRefusal({ ...ring, rings: 0 })).toEqual(at('.rings'));
    expect(rowRefusal({ ...ring, rings: 100 })).toBe('accepted');
    expect(rowRefusal({ ...ring, rings: 101 })).toEqual(at('.rings'));
    const rings = parsePreset(preset({ ...ring, rings: 4 }));
    expect(rings.ok && rings.value.rules[0]).toMatchObject({ rings: 4 });
  });
});

describe('resolvePresets', () => {
  const own = (id: string, includes: readonly string[], ...rows: readonly object[]): object => ({ id, name: '', includes, rules: rows });
  const ids = (value: unknown): unknown => {
    const r = resolvePresets(value);
    return r.ok ? r.value.map((x) => x.id) : { code: r.error.code, path: (r.error.details as { path?: string }).path };
  };

  it('refuses an empty list, a list over 50, a non-list, an unknown id, and names the item', () => {
    expect(ids([])).toEqual({ code: 'invalid-preset', path: '$.presets' });
    expect(ids('us')).toEqual({ code: 'invalid-preset', path: '$.presets' });
    expect(ids(Array.from({ length: 51 }, () => 'us'))).toEqual({ code: 'invalid-preset', path: '$.presets' });
    expect(ids(Array.from({ length: 50 }, () => 'fr'))).toEqual(ids(['fr']));
    expect(ids(['us', 'toString'])).toEqual({ code: 'invalid-preset', path: '$.presets[1]' });
    expect(ids(['us', { id: 3 }])).toEqual({ code: 'invalid-preset', path: '$.presets[1].id' });
  });

  it('each row once, the first preset listing it wins; includes are followed recursively, cycles once', () => {
    const a = own('a', ['b'], { ...ring, id: 'x', seconds: 10 }, { ...ring, id: 'a.only', seconds: 11 });
    const b = own('b', ['a', 'c'], { ...ring, id: 'x', seconds: 20 }, { ...ring, id: 'b.only', seconds: 21 });
    const c = own('c', [], { ...ring, id: 'c.only', seconds: 31 });
    const r = resolvePresets([a, b, c]);
    expect(r.ok && r.value.map((x) => [x.id, (x as { seconds: number }).seconds])).toEqual([
      ['x', 10],
      ['a.only', 11],
      ['b.only', 21],
      ['c.only', 31],
    ]);
  });

  it('an include may name a preset given in the list or a built-in one; an unknown one is refused at the including item', () => {
    expect(ids([own('mine', ['us'])])).toEqual(ids(['us']));
    expect(ids([own('mine', ['later']), own('later', [], { ...ring, id: 'l' })])).toEqual(['l']);
    expect(ids(['us', own('mine', ['nowhere'])])).toEqual({ code: 'invalid-preset', path: '$.presets[1]' });
    expect(ids([own('mine', ['constructor'])])).toEqual({ code: 'invalid-preset', path: '$.presets[0]' });
  });

  it('follows every include of a preset, and refuses an unknown one however deep, at the listed item', () => {
    expect(ids([own('mine', ['us', 'fr'])])).toEqual(ids(['us', 'fr']));
    const top = own('top', ['middle']);
    const middle = own('middle', ['nowhere'], { ...ring, id: 'm' });
    expect(ids([top, middle])).toEqual({ code: 'invalid-preset', path: '$.presets[0]' });
  });

  it('quotes at most 50 characters of the including preset id in the refusal', () => {
    const r = resolvePresets([own('p'.repeat(200), ['nowhere'])]);
    expect(r.ok ? 'accepted' : r.error.message).toContain(`'${'p'.repeat(50)}'`);
    expect(r.ok ? 'accepted' : r.error.message).not.toContain('p'.repeat(51));
  });
});

describe('parseHistory', () => {
  const at = Date.UTC(2026, 10, 24, 15);
  const refusal = (value: unknown): unknown => {
    const r = parseHistory(value, at);
    return r.ok ? 'accepted' : (r.error.details as { path?: string }).path;
  };

  it('a list of at most 10 000 past attempts, sorted by instant', () => {
    expect(refusal({})).toBe('$.history');
    expect(refusal([null])).toBe('$.history[0]');
    expect(refusal([{ at: -1, outcome: 'busy' }])).toBe('$.history[0].at');
    expect(refusal([{ at, outcome: 'busy' }])).toBe('accepted');
    expect(refusal([{ at: at + 1, outcome: 'busy' }])).toBe('$.history[0].at');
    expect(refusal([{ at, outcome: 'ringing' }])).toBe('$.history[0].outcome');
    expect(refusal(Array.from({ length: 10_000 }, () => ({ at, outcome: 'busy' })))).toBe('accepted');
    expect(refusal(Array.from({ length: 10_001 }, () => ({ at, outcome: 'busy' })))).toBe('$.history');
    const r = parseHistory([{ at, outcome: 'busy' }, { at: at - 5, outcome: 'refused' }], at, '$.h');
    expect(r.ok && r.value).toEqual([{ at: at - 5, outcome: 'refused' }, { at, outcome: 'busy' }]);
    expect(parseHistory([null], at, '$.h').ok ? '' : parseHistory([null], at, '$.h')).toMatchObject({ error: { details: { path: '$.h[0]' } } });
  });
});

describe('parseOptions: holidays', () => {
  const good = { presets: ['us'], zone: 'America/New_York', at: Date.UTC(2026, 10, 24, 15) };
  const refusal = (holidays: unknown): unknown => {
    const r = parseOptions({ ...good, holidays });
    return r.ok ? 'accepted' : { code: r.error.code, path: (r.error.details as { path?: string }).path };
  };

  it('a list of at most 10 000 dates; anything else is refused at $.options.holidays, never thrown', () => {
    expect(refusal('2026-12-25')).toEqual({ code: 'invalid-date', path: '$.options.holidays' });
    expect(refusal({ length: 1, 0: '2026-12-25' })).toEqual({ code: 'invalid-date', path: '$.options.holidays' });
    expect(refusal(Array.from({ length: 10_000 }, () => '2026-12-25'))).toBe('accepted');
    expect(refusal(Array.from({ length: 10_001 }, () => '2026-12-25'))).toEqual({ code: 'invalid-date', path: '$.options.holidays' });
    const r = parseOptions({ ...good, holidays: ['2026-12-25'] });
    expect(r.ok && r.value.holidays).toEqual(['2026-12-25']);
  });
});
