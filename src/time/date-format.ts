import { fail, ok, rangeError, type Result } from '../core/internal.js';
import { BoundedCache } from './cache.js';
import { parseDate } from './local-values.js';
import type { LocalDate } from './types.js';

/**
 * A number field of a short date pattern: `yyyy`, `yy`, `MM`/`M` or `dd`/`d`.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const p: time.DatePart = 'year4';
 * ```
 */
export type DatePart = 'year4' | 'year2' | 'month' | 'day';
type Part = DatePart;

/**
 * One piece of a compiled short date pattern: a number field (zero-padded or not) or literal text.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const p: time.DatePiece = { part: 'month', pad: true };
 * ```
 */
export type DatePiece =
  | {
      /** The date field written here. */
      readonly part: DatePart;
      /** Whether the number is zero-padded (`MM`, `dd`) or not (`M`, `d`). */
      readonly pad: boolean;
    }
  | {
      /** Text written as it is (a separator such as `/`). */
      readonly literal: string;
    };
type Piece = DatePiece;

/**
 * A compiled short date pattern: its pieces (for writing), and the RegExp that reads it with the order
 * of its number fields (built once per pattern, never per call).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.compileDateFormat('MM/dd/yyyy');
 * if (r.ok) r.value.order; // ['month', 'day', 'year4']
 * ```
 */
export interface DateFormat {
  /** The pattern's pieces, in order. */
  readonly pieces: readonly DatePiece[];
  /** Reads a typed date in the pattern (anchored at both ends). */
  readonly reader: RegExp;
  /** The number fields in the order the reader captures them. */
  readonly order: readonly DatePart[];
}

const TOKENS: readonly (readonly [string, Part, boolean])[] = [
  ['yyyy', 'year4', true],
  ['yy', 'year2', true],
  ['MM', 'month', true],
  ['M', 'month', false],
  ['dd', 'day', true],
  ['d', 'day', false],
];

/** Compiled patterns (at most 64; a config names one or two). */
const compiled = new BoundedCache<string, Result<DateFormat, 'invalid-input'>>(64);

/**
 * Compiles a locale's short date pattern made of `yyyy` or `yy`, `MM` or `M`, `dd` or `d` and
 * literal separators (for example `MM/dd/yyyy`, `dd.MM.yyyy`, `d/M/yy`, `yyyy-MM-dd`). Each of year,
 * month and day must appear exactly once; other letters (month names, eras) are refused with
 * `invalid-input`. Compiled once per pattern (a bounded cache keeps the last 64).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.compileDateFormat('dd.MM.yyyy').ok; // true
 * time.compileDateFormat('MMM d, yyyy').ok; // false
 * ```
 */
export function compileDateFormat(pattern: unknown): Result<DateFormat, 'invalid-input'> {
  if (typeof pattern !== 'string' || pattern.length === 0 || pattern.length > 32) {
    return fail('invalid-input', 'A date format must be a short pattern such as MM/dd/yyyy.', { field: 'dateFormat', kind: typeof pattern });
  }
  return compiled.get(pattern, () => compile(pattern));
}

function compile(pattern: string): Result<DateFormat, 'invalid-input'> {
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
  return ok(Object.freeze({ pieces: Object.freeze(pieces), reader: new RegExp(`${source}$`), order: Object.freeze(order) }));
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function readWith(format: DateFormat, text: string): LocalDate | null {
  const m = format.reader.exec(text);
  if (m === null) return null;
  const order = format.order;
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
 * import { time } from 'dialdesk';
 * time.readDate('03/05/2026', 'MM/dd/yyyy'); // { ok: true, value: '2026-03-05' }
 * time.readDate('31.02.2026', 'dd.MM.yyyy').ok; // false ('invalid-date')
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
  const expected = typeof pattern === 'string' && pattern.length <= 32 ? `${pattern} or YYYY-MM-DD` : 'YYYY-MM-DD';
  return fail('invalid-date', `Enter a real date as ${expected}.`, { value: text, format: expected });
}

/**
 * Writes a date in the configured short pattern (or `YYYY-MM-DD` without one): what the date field
 * shows after a calendar click. A pattern that does not compile writes `YYYY-MM-DD`.
 *
 * @throws RangeError when `date` is not a valid date (a value from untyped JavaScript; the message names its kind).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const d = time.parseDate('2026-03-05');
 * if (d.ok) time.writeDate(d.value, 'dd.MM.yyyy'); // '05.03.2026'
 * if (d.ok) time.writeDate(d.value, 'M/d/yy'); // '3/5/26'
 * ```
 */
export function writeDate(date: LocalDate, pattern: string | null = null): string {
  if (!parseDate(date).ok) throw rangeError('time.writeDate', 'a date YYYY-MM-DD from 0001-01-01 to 9999-12-31', date);
  if (pattern === null) return date;
  const pieces = compileDateFormat(pattern);
  if (!pieces.ok) return date;
  const parts: Record<Part, string> = {
    year4: date.slice(0, 4),
    year2: date.slice(2, 4),
    month: date.slice(5, 7),
    day: date.slice(8, 10),
  };
  return pieces.value.pieces
    .map((piece) => ('literal' in piece ? piece.literal : piece.pad ? parts[piece.part] : String(Number(parts[piece.part]))))
    .join('');
}
