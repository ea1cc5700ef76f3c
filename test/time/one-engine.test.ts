// The offset engine is the only place that knows offsets (DESIGN §3): no file outside src/time imports
// luxon or asks Intl or Date for an offset itself, and none outside src/time and src/testing reaches
// inside time. The lint rule in eslint.config.js says the same for imports; this test also catches the
// hand-rolled offset.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const outsideTime = files('src').filter((f) => !f.startsWith(join('src', 'time')));
const outside = outsideTime.filter((f) => !f.startsWith(join('src', 'testing')));
/** An offset computed by hand: Date's or Intl's idea of a zone, luxon's zone, the engine's old name. */
const hand = /getTimezoneOffset|timeZoneName|IANAZone|offsetMinutes\(|Intl\.DateTimeFormat\([^;]*timeZone/;

describe('one offset engine', () => {
  it('no file outside src/time imports luxon', () => {
    const offenders = outsideTime.filter((f) => /from 'luxon'|import\('luxon'\)|require\('luxon'\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no file outside src/time and src/testing imports a file inside src/time other than its index', () => {
    const offenders = outside.filter((f) => /from '(?:\.\.\/)+time\/(?!index\.js')/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no file outside src/time computes an offset: no getTimezoneOffset, no timeZoneName, no IANAZone, no Intl.DateTimeFormat with a timeZone', () => {
    const offenders = outsideTime.filter((f) => hand.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the offset check catches each way of computing an offset by hand', () => {
    for (const line of ['new Date(at).getTimezoneOffset()', "new Intl.DateTimeFormat('en-US', {\n  timeZone: zone,\n  hour: 'numeric' })", 'IANAZone.create(z)', 'offsetMinutes(z, at)']) {
      expect(hand.test(line)).toBe(true);
    }
    expect(hand.test('const offsetMinutes = r.offsetMinutes;')).toBe(false);
  });

  it('logout does not depend on outbound (the dialing modes live in core)', () => {
    const offenders = files(join('src', 'logout')).filter((f) => /from '\.\.\/outbound\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
