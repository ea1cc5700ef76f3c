// The offset engine is the only place that knows offsets (DESIGN §3): no file outside src/time (and
// src/testing) imports luxon, reaches inside time, or asks Intl or Date for an offset itself. The lint
// rule in eslint.config.js says the same for imports; this test also catches the hand-rolled offset.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const outside = files('src').filter((f) => !f.startsWith(join('src', 'time')) && !f.startsWith(join('src', 'testing')));

describe('one offset engine', () => {
  it('no file outside src/time and src/testing imports luxon or a file inside src/time other than its index', () => {
    const offenders = outside.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from 'luxon'/.test(text) || /from '(?:\.\.\/)+time\/(?!index\.js')/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('no file outside src/time computes an offset: no getTimezoneOffset, no timeZoneName, no IANAZone', () => {
    const offenders = outside.filter((f) => /getTimezoneOffset|timeZoneName|IANAZone|offsetMinutes\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('logout does not depend on outbound (the dialing modes live in core)', () => {
    const offenders = files(join('src', 'logout')).filter((f) => /from '\.\.\/outbound\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
