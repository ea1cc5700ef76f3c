import { fail, ok, type Result } from '../../core/internal.js';
import { parseDate, type LocalDate } from '../../time/index.js';

type Part = 'year4' | 'year2' | 'month' | 'day';

/** One piece of a compiled short date pattern: a number field or literal text. */
type Piece = { readonly part: Part; readonly pad: boolean } | { readonly literal: string };

const TOKENS: readonly (readonly [string, Part, boolean])[] = [
  ['yyyy', 'year4', true],
  ['yy', 'year2', true],
  ['MM', 'month', true],
  ['M', 'month', false],
  ['dd', 'day', true],
  ['d', 'day', false],
];

const compiled = new Map<string, readonly Piece[]>();

/**
 * Compiles a locale's short date pattern made of `yyyy` or `yy`, `MM` or `M`, `dd` or `d` and
 * literal separators (for example `MM/dd/yyyy`, `dd.MM.yyyy`, `d/M/yy`, `yyyy-MM-dd`). Each of year,
 * month and day must appear exactly once; other letters (month names, eras) are refused.
 */
export function compileDateFormat(pattern: unknown): Result<readonly Piece[], 'invalid-input'> {
  if (typeof pattern !== 'string' || pattern.length === 0 || pattern.length > 32) {
    return fail('invalid-input', 'A date format must be a short pattern such as MM/dd/yyyy.', { field: 'dateFormat', value: pattern });
  }
  const cached = compiled.get(pattern);
  if (cached !== undefined) return ok(cached);
  const pieces: Piece[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < pattern.length) {
    const token = TOKENS.find(([t]) => pattern.startsWith(t, i));
    if (token !== undefined) {
      const kind = token[1] === 'year2' ? 'year4' : token[1];
      if (seen.has(kind)) return fail('invalid-input', `The date format repeats a field: ${pattern}`, { field: 'dateFormat', value: pattern });
      seen.add(kind);
      pieces.push({ part: token[1], pad: token[2] });
      i += token[0].length;
      continue;
    }
    const ch = pattern.charAt(i);
    if (/[A-Za-z0-9]/.test(ch)) {
      return fail('invalid-input', `Unsupported letter in date format: ${ch}`, { field: 'dateFormat', value: pattern });
    }
    pieces.push({ literal: ch });
    i += 1;
  }
  if (seen.size !== 3) return fail('invalid-input', 'A date format needs a year, a month and a day.', { field: 'dateFormat', value: pattern });
  if (compiled.size < 64) compiled.set(pattern, pieces);
  return ok(pieces);
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function readWith(pieces: readonly Piece[], text: string): LocalDate | null {
  const order: Part[] = [];
  let source = '^';
  for (const piece of pieces) {
    if ('literal' in piece) {
      source += piece.literal === ' ' ? '\\s+' : escape(piece.literal);
      continue;
    }
    order.push(piece.part);
    source += piece.part === 'year4' ? '(\\d{4})' : piece.part === 'year2' ? '(\\d{2})' : '(\\d{1,2})';
  }
  const m = new RegExp(`${source}$`).exec(text);
  if (m === null) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  order.forEach((part, index) => {
    const n = Number(m[index + 1]);
    if (part === 'year4') year = n;
    else if (part === 'year2') year = 2000 + n;
    else if (part === 'month') month = n;
    else day = n;
  });
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const checked = parseDate(iso);
  return checked.ok ? checked.value : null;
}

/**
 * Reads a typed date: `YYYY-MM-DD` always, and the configured short pattern when one is given.
 * Two-digit years (`yy`) are years 2000 to 2099 (a callback is never scheduled in the last century).
 * Surrounding spaces are ignored. Returns `invalid-date` for anything that is not a real calendar date.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.reschedule.readDate('03/05/2026', 'MM/dd/yyyy'); // { ok: true, value: '2026-03-05' }
 * outbound.reschedule.readDate('31.02.2026', 'dd.MM.yyyy').ok; // false ('invalid-date')
 * ```
 */
export function readDate(text: unknown, pattern: string | null = null): Result<LocalDate, 'invalid-date'> {
  if (typeof text === 'string' && text.length <= 64) {
    const trimmed = text.trim();
    const iso = parseDate(trimmed);
    if (iso.ok) return iso;
    if (pattern !== null) {
      const pieces = compileDateFormat(pattern);
      if (pieces.ok) {
        const value = readWith(pieces.value, trimmed);
        if (value !== null) return ok(value);
      }
    }
  }
  const expected = pattern === null ? 'YYYY-MM-DD' : `${pattern} or YYYY-MM-DD`;
  return fail('invalid-date', `Enter a real date as ${expected}.`, { value: text, format: expected });
}

/**
 * Writes a date in the configured short pattern (or `YYYY-MM-DD` without one): what the date field
 * shows after a calendar click.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.reschedule.writeDate('2026-03-05', 'dd.MM.yyyy'); // '05.03.2026'
 * outbound.reschedule.writeDate('2026-03-05', 'M/d/yy'); // '3/5/26'
 * ```
 */
export function writeDate(date: LocalDate, pattern: string | null = null): string {
  if (pattern === null) return date;
  const pieces = compileDateFormat(pattern);
  if (!pieces.ok) return date;
  const parts: Record<Part, string> = {
    year4: date.slice(0, 4),
    year2: date.slice(2, 4),
    month: date.slice(5, 7),
    day: date.slice(8, 10),
  };
  return pieces.value
    .map((piece) => ('literal' in piece ? piece.literal : piece.pad ? parts[piece.part] : String(Number(parts[piece.part]))))
    .join('');
}
