import { fail, isInstant, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { parseCallingHours, parseDate, zone as parseZone, type CallingHoursRule, type LocalDate, type ZoneName } from '../time/index.js';
import { presets as builtIn } from './presets.js';
import { outcomes, type Attempt, type ContactPolicyCode, type Outcome, type PolicyRule, type Preset, type Source, type Span } from './types.js';

/** Bounds that keep every check small and finite. */
export const MAX_HISTORY = 10_000;
const MAX_PRESETS = 50;
const MAX_ROWS = 100;
const MAX_SPAN_DAYS = 366;
const MAX_COUNT = 10_000;

type R<T> = Result<T, ContactPolicyCode>;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'string' ? `a string of ${value.length} characters` : typeof value;
}

function bad<T>(code: ContactPolicyCode, path: string, rule: string, value: unknown): R<T> {
  return fail(code, `\`${path}\` must be ${rule} (got ${kindOf(value)}).`, { path });
}

function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (outcomes as readonly string[]).includes(value);
}

/**
 * Validates a contact's history: a list of at most 10 000 `{ at, outcome }`, every `at` an instant
 * not after `at`. Returns a frozen copy sorted by instant.
 */
export function parseHistory(value: unknown, at: number, path = '$.history'): R<readonly Attempt[]> {
  if (!Array.isArray(value)) return bad('invalid-history', path, 'a list of attempts { at, outcome }', value);
  const items = value as readonly unknown[];
  if (items.length > MAX_HISTORY) return fail('invalid-history', `\`${path}\` holds ${items.length} attempts; at most ${MAX_HISTORY}.`, { path });
  const out: Attempt[] = [];
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    const p = `${path}[${i}]`;
    if (!isRecord(item)) return bad('invalid-history', p, 'an object { at, outcome }', item);
    const when = ownField(item, 'at');
    if (!isInstant(when)) return bad('invalid-history', `${p}.at`, 'an epoch-millisecond instant', when);
    if (when > at) return fail('invalid-history', `\`${p}.at\` is after the instant checked: the history holds past attempts only.`, { path: `${p}.at` });
    const outcome = ownField(item, 'outcome');
    if (!isOutcome(outcome)) return bad('invalid-history', `${p}.outcome`, `one of ${outcomes.join(', ')}`, outcome);
    out.push(Object.freeze({ at: when, outcome }));
  }
  out.sort((a, b) => a.at - b.at);
  return ok(Object.freeze(out));
}

function str(value: unknown, path: string, max = 1000): R<string> {
  if (typeof value !== 'string' || value.length > max) return bad('invalid-preset', path, `a string of at most ${max} characters`, value);
  return ok(value);
}

function int(value: unknown, path: string, min: number, max: number): R<number> {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) return bad('invalid-preset', path, `an integer from ${min} to ${max}`, value);
  return ok(value);
}

function outcomeList(value: unknown, path: string): R<readonly Outcome[]> {
  if (!Array.isArray(value) || value.length > outcomes.length * 2) return bad('invalid-preset', path, 'a list of outcomes', value);
  const out: Outcome[] = [];
  for (const [i, o] of (value as readonly unknown[]).entries()) {
    if (!isOutcome(o)) return bad('invalid-preset', `${path}[${i}]`, `one of ${outcomes.join(', ')}`, o);
    if (!out.includes(o)) out.push(o);
  }
  return ok(Object.freeze(out));
}

function span(value: unknown, path: string): R<Span> {
  if (!isRecord(value)) return bad('invalid-preset', path, 'an object { hours } or { days }', value);
  const hours = ownField(value, 'hours');
  const days = ownField(value, 'days');
  if ((hours === undefined) === (days === undefined)) return fail('invalid-preset', `\`${path}\` needs exactly one of hours or days.`, { path });
  if (hours !== undefined) {
    const h = int(hours, `${path}.hours`, 1, MAX_SPAN_DAYS * 24);
    return h.ok ? ok(Object.freeze({ hours: h.value })) : h;
  }
  const d = int(days, `${path}.days`, 1, MAX_SPAN_DAYS);
  return d.ok ? ok(Object.freeze({ days: d.value })) : d;
}

function source(value: unknown, path: string): R<Source> {
  if (!isRecord(value)) return bad('invalid-preset', path, 'an object { citation, url, confirmed, note }', value);
  const citation = str(ownField(value, 'citation'), `${path}.citation`);
  if (!citation.ok) return citation;
  if (citation.value.length === 0) return fail('invalid-preset', `\`${path}.citation\` must not be empty: every row names its source.`, { path: `${path}.citation` });
  const url = str(ownField(value, 'url') ?? '', `${path}.url`);
  if (!url.ok) return url;
  const note = str(ownField(value, 'note') ?? '', `${path}.note`, 4000);
  if (!note.ok) return note;
  const confirmed = ownField(value, 'confirmed') ?? false;
  if (typeof confirmed !== 'boolean') return bad('invalid-preset', `${path}.confirmed`, 'a boolean', confirmed);
  return ok(Object.freeze({ citation: citation.value, url: url.value, confirmed, note: note.value }));
}

function rate(value: unknown, path: string): R<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) return bad('invalid-preset', path, 'a number above 0 and below 1', value);
  return ok(value);
}

function row(value: unknown, path: string): R<PolicyRule> {
  if (!isRecord(value)) return bad('invalid-preset', path, 'a rule object', value);
  const id = str(ownField(value, 'id'), `${path}.id`, 200);
  if (!id.ok) return id;
  const src = source(ownField(value, 'source'), `${path}.source`);
  if (!src.ok) return src;
  const kind = ownField(value, 'kind');
  switch (kind) {
    case 'calling-hours': {
      const hours = parseCallingHours(ownField(value, 'hours'));
      if (!hours.ok) return fail('invalid-preset', `\`${path}.hours\`: ${hours.error.message}`, { path: `${path}.hours`, cause: hours.error });
      return ok(Object.freeze({ id: id.value, kind, hours: hours.value, source: src.value }));
    }
    case 'max-attempts': {
      const max = int(ownField(value, 'max'), `${path}.max`, 1, MAX_COUNT);
      if (!max.ok) return max;
      const window = span(ownField(value, 'window'), `${path}.window`);
      if (!window.ok) return window;
      const counts = outcomeList(ownField(value, 'counts'), `${path}.counts`);
      if (!counts.ok) return counts;
      return ok(Object.freeze({ id: id.value, kind, max: max.value, window: window.value, counts: counts.value, source: src.value }));
    }
    case 'quiet-after': {
      const after = outcomeList(ownField(value, 'after'), `${path}.after`);
      if (!after.ok) return after;
      const wait = span(ownField(value, 'wait'), `${path}.wait`);
      if (!wait.ok) return wait;
      const countFrom = ownField(value, 'countFrom') ?? 'same-day';
      if (countFrom !== 'same-day' && countFrom !== 'next-day') return bad('invalid-preset', `${path}.countFrom`, "'same-day' or 'next-day'", countFrom);
      const unless = ownField(value, 'unless') ?? null;
      if (unless !== null && unless !== 'live-agent-guaranteed') return bad('invalid-preset', `${path}.unless`, "null or 'live-agent-guaranteed'", unless);
      return ok(Object.freeze({ id: id.value, kind, after: after.value, wait: wait.value, countFrom, unless, source: src.value }));
    }
    case 'abandonment': {
      const r = rate(ownField(value, 'rate'), `${path}.rate`);
      if (!r.ok) return r;
      const window = ownField(value, 'window');
      if (window !== '30d' && window !== '24h') return bad('invalid-preset', `${path}.window`, "'30d' or '24h'", window);
      const base = ownField(value, 'base') ?? 'live-answers';
      if (base !== 'live-answers') return bad('invalid-preset', `${path}.base`, "'live-answers'", base);
      const amd = ownField(value, 'amdFalsePositives') ?? 'not-counted';
      if (amd !== 'abandoned' && amd !== 'not-counted') return bad('invalid-preset', `${path}.amdFalsePositives`, "'abandoned' or 'not-counted'", amd);
      const after = ownField(value, 'abandonAfterSeconds') ?? 2;
      if (typeof after !== 'number' || !Number.isFinite(after) || after <= 0 || after > 60) return bad('invalid-preset', `${path}.abandonAfterSeconds`, 'seconds above 0 and at most 60', after);
      const message = ownField(value, 'message') ?? 'required';
      if (message !== 'required' && message !== 'not-required') return bad('invalid-preset', `${path}.message`, "'required' or 'not-required'", message);
      return ok(Object.freeze({ id: id.value, kind, rate: r.value, window, base, amdFalsePositives: amd, abandonAfterSeconds: after, message, source: src.value }));
    }
    case 'ring-minimum': {
      const seconds = int(ownField(value, 'seconds'), `${path}.seconds`, 1, 600);
      if (!seconds.ok) return seconds;
      const rawRings = ownField(value, 'rings') ?? null;
      const rings = rawRings === null ? ok(null) : int(rawRings, `${path}.rings`, 1, 100);
      if (!rings.ok) return rings;
      return ok(Object.freeze({ id: id.value, kind, seconds: seconds.value, rings: rings.value, source: src.value }));
    }
    default:
      return bad('invalid-preset', `${path}.kind`, "one of 'calling-hours', 'max-attempts', 'quiet-after', 'abandonment', 'ring-minimum'", kind);
  }
}

/** Validates one preset object (untrusted data); built-in presets are returned as they are. */
export function parsePreset(value: unknown, path = '$'): R<Preset> {
  for (const p of Object.values(builtIn)) if (value === p) return ok(p);
  if (!isRecord(value)) return bad('invalid-preset', path, 'a preset { id, name, includes, rules }', value);
  const id = str(ownField(value, 'id'), `${path}.id`, 200);
  if (!id.ok) return id;
  const name = str(ownField(value, 'name') ?? '', `${path}.name`);
  if (!name.ok) return name;
  const includes = ownField(value, 'includes') ?? [];
  if (!Array.isArray(includes) || includes.length > MAX_PRESETS) return bad('invalid-preset', `${path}.includes`, `a list of at most ${MAX_PRESETS} preset ids`, includes);
  const ids: string[] = [];
  for (const [i, inc] of (includes as readonly unknown[]).entries()) {
    const s = str(inc, `${path}.includes[${i}]`, 200);
    if (!s.ok) return s;
    ids.push(s.value);
  }
  const rules = ownField(value, 'rules');
  if (!Array.isArray(rules) || rules.length > MAX_ROWS) return bad('invalid-preset', `${path}.rules`, `a list of at most ${MAX_ROWS} rules`, rules);
  const out: PolicyRule[] = [];
  for (const [i, r] of (rules as readonly unknown[]).entries()) {
    const parsed = row(r, `${path}.rules[${i}]`);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(Object.freeze({ id: id.value, name: name.value, includes: Object.freeze(ids), rules: Object.freeze(out) }));
}

/**
 * The rows that apply for a list of presets (ids or objects): each preset's rows and those of the
 * presets it includes, recursively, each row once (by id; the first wins).
 */
export function resolvePresets(value: unknown, path = '$.presets'): R<readonly PolicyRule[]> {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_PRESETS) return bad('invalid-preset', path, `a list of 1 to ${MAX_PRESETS} preset ids or presets`, value);
  const given = new Map<string, Preset>();
  const order: Preset[] = [];
  for (const [i, item] of (value as readonly unknown[]).entries()) {
    if (typeof item === 'string') {
      const p = Object.hasOwn(builtIn, item) ? (builtIn as Readonly<Record<string, Preset>>)[item] : undefined;
      if (p === undefined) return fail('invalid-preset', `\`${path}[${i}]\` is not a preset id (${Object.keys(builtIn).join(', ')}).`, { path: `${path}[${i}]` });
      order.push(p);
    } else {
      const p = parsePreset(item, `${path}[${i}]`);
      if (!p.ok) return p;
      given.set(p.value.id, p.value);
      order.push(p.value);
    }
  }
  const rows = new Map<string, PolicyRule>();
  const seen = new Set<string>();
  const visit = (p: Preset, via: string): R<true> => {
    if (seen.has(p.id)) return ok(true);
    seen.add(p.id);
    for (const r of p.rules) if (!rows.has(r.id)) rows.set(r.id, r);
    for (const inc of p.includes) {
      const q = given.get(inc) ?? (Object.hasOwn(builtIn, inc) ? (builtIn as Readonly<Record<string, Preset>>)[inc] : undefined);
      if (q === undefined) return fail('invalid-preset', `Preset '${p.id.slice(0, 50)}' (${via}) includes an unknown preset.`, { path: via });
      const v = visit(q, via);
      if (!v.ok) return v;
    }
    return ok(true);
  };
  for (const [i, p] of order.entries()) {
    const v = visit(p, `${path}[${i}]`);
    if (!v.ok) return v;
  }
  return ok(Object.freeze([...rows.values()]));
}

/** The validated options of a check. */
export interface Parsed {
  readonly rules: readonly PolicyRule[];
  readonly zone: ZoneName;
  readonly at: number;
  readonly holidays: readonly LocalDate[];
  readonly liveAgentGuaranteed: boolean;
}

/** Validates the options of a check. */
export function parseOptions(options: unknown): R<Parsed> {
  if (!isRecord(options)) return bad('invalid-options', '$.options', 'an object { presets, zone, at }', options);
  const at = ownField(options, 'at');
  if (!isInstant(at)) return bad('invalid-instant', '$.options.at', 'an epoch-millisecond instant', at);
  const z = parseZone(ownField(options, 'zone'));
  if (!z.ok) return fail('unknown-zone', z.error.message, { path: '$.options.zone' });
  const rules = resolvePresets(ownField(options, 'presets'), '$.options.presets');
  if (!rules.ok) return rules;
  const rawHolidays = ownField(options, 'holidays') ?? [];
  if (!Array.isArray(rawHolidays) || rawHolidays.length > 10_000) return bad('invalid-date', '$.options.holidays', 'a list of at most 10000 dates YYYY-MM-DD', rawHolidays);
  const holidays: LocalDate[] = [];
  for (const [i, h] of (rawHolidays as readonly unknown[]).entries()) {
    const d = parseDate(h);
    if (!d.ok) return fail('invalid-date', `\`$.options.holidays[${i}]\`: ${d.error.message}`, { path: `$.options.holidays[${i}]` });
    holidays.push(d.value);
  }
  const guaranteed = ownField(options, 'liveAgentGuaranteed') ?? false;
  if (typeof guaranteed !== 'boolean') return bad('invalid-options', '$.options.liveAgentGuaranteed', 'a boolean', guaranteed);
  return ok({ rules: rules.value, zone: z.value, at, holidays: Object.freeze(holidays), liveAgentGuaranteed: guaranteed });
}

/** A calling-hours rule as validated (re-exported for the check). */
export type { CallingHoursRule };
