import { d, deepFreeze, fail, ok, type Result } from '../../core/internal.js';
import { compileDateFormat, parseCallingHours, parseDate, parseTime, weekdays, zone, type ZoneName } from '../../time/index.js';
import { parseHistory, resolvePresets } from '../contact-policy/parse.js';
import { contactInfoTypes } from '../records/codes.js';
import type { RescheduleState } from './state.js';
import { MAX_HORIZON_DAYS } from './zones.js';

/** A decoder from a parser that answers a Result: the value must parse, and reads as the parser's value. */
function parsed<T>(parse: (v: unknown) => { readonly ok: boolean; readonly value?: T }, expected: string): d.Decoder<T> {
  return (value, path) => {
    const r = parse(value);
    return r.ok ? (r.value as T) : new d.Problem(path, `${path} must be ${expected}, not ${d.describe(value)}.`);
  };
}

/** A zone as saved: an IANA name in its canonical spelling (what `start` keeps). */
const zoneName = parsed(zone, 'an IANA zone name');
const canonicalZone: d.Decoder<ZoneName> = (value, path) => {
  const z = zoneName(value, path);
  if (z instanceof d.Problem) return z;
  return z === value ? z : new d.Problem(path, `${path} must be a zone name in its canonical spelling.`);
};
const localDate = parsed(parseDate, 'a date YYYY-MM-DD');
const localTime = parsed(parseTime, 'a time HH:mm');
const handle = d.integer();
const text = d.string({ max: 64 });
const contactInfoType = d.literal(...contactInfoTypes);
const contactType = d.literal(...contactInfoTypes.filter((t) => t !== 'none'));

const chainNumber = d.refine(
  d.object({
    recordHandle: handle,
    chainN: d.integer(),
    phone: d.string({ min: 1, max: 64 }),
    contactType: contactInfoType,
    from: d.nullable(localTime),
    until: d.nullable(localTime),
  }),
  (n) => ((n.from === null) === (n.until === null) && (n.from === null || n.from !== n.until) ? undefined : 'a number with both From and Until (not equal), or neither'),
);

const callingHours: d.Decoder<unknown> = (value, path) => {
  if (value === null) return null;
  const rule = parseCallingHours(value);
  return rule.ok ? rule.value : new d.Problem(path, `${path} must be a calling-hours rule: ${rule.error.message}`);
};

const dateFormat: d.Decoder<string | null> = (value, path) => {
  if (value === null) return null;
  return compileDateFormat(value).ok ? (value as string) : new d.Problem(path, `${path} must be a date pattern such as MM/dd/yyyy, not ${d.describe(value)}.`);
};

/** A contact policy as kept in the config: its rules are checked as the rows of one preset. */
function contactPolicy(lastAt: number): d.Decoder<unknown> {
  const shape = d.object({ rules: d.array(d.unknownValue, { max: 100 }), history: d.unknownValue, liveAgentGuaranteed: d.boolean });
  return (value, path) => {
    if (value === null) return null;
    const read = shape(value, path);
    if (read instanceof d.Problem) return read;
    const rules = read.rules.length === 0 ? ok([]) : resolvePresets([{ id: 'saved', name: '', includes: [], rules: read.rules }], `${path}.rules`);
    if (!rules.ok) return new d.Problem(`${path}.rules`, `${path}.rules must be contact-policy rules: ${rules.error.message}`);
    const history = parseHistory(read.history, lastAt, `${path}.history`);
    if (!history.ok) return new d.Problem(`${path}.history`, `${path}.history must be past attempts: ${history.error.message}`);
    return { rules: rules.value, history: history.value, liveAgentGuaranteed: read.liveAgentGuaranteed };
  };
}

/** What `proposeTime` reads of a configuration (internal). */
export const proposalConfig = d.object({
  contactZone: zoneName,
  agentZone: zoneName,
  entryZone: d.literal('agent', 'contact'),
  stepMinutes: d.literal(1, 5, 15, 30),
  minimumLeadMinutes: d.integer(0, 1440),
  dstPolicy: d.literal('compatible', 'earlier', 'later', 'reject'),
});

function config(lastAt: number) {
  return d.object({
    recordHandle: handle,
    chain: d.array(chainNumber, { max: 100 }),
    contactZone: canonicalZone,
    agentZone: canonicalZone,
    entryZone: d.literal('agent', 'contact'),
    personalPolicy: d.literal('agent-choice', 'always-personal', 'always-campaign'),
    allowNewNumber: d.boolean,
    dateFormat,
    stepMinutes: d.literal(1, 5, 15, 30),
    minimumLeadMinutes: d.integer(0, 1440),
    horizonDays: d.integer(1, MAX_HORIZON_DAYS),
    callingHours,
    holidays: d.array(localDate, { max: 400 }),
    contactPolicy: contactPolicy(lastAt),
    dstPolicy: d.literal('compatible', 'earlier', 'later', 'reject'),
    weekStartsOn: d.literal(...weekdays),
  });
}

const request = d.object({
  kind: d.literal('reschedule'),
  requestId: d.string({ min: 1, max: 80 }),
  referenceId: d.integer(),
  handle,
  callbackType: d.literal('personal', 'campaign'),
  dialSchedTime: d.integer(),
  phone: d.string({ min: 1, max: 64 }),
  chainN: d.nullable(d.integer()),
});

function saved(lastAt: number) {
  return d.object({
    version: d.literal(1),
    lastAt: d.instant,
    config: config(lastAt),
    phase: d.literal('idle', 'editing', 'pending', 'rescheduled'),
    call: d.literal('live', 'ended'),
    personal: d.boolean,
    dateText: text,
    timeText: text,
    shownMonth: d.object({ year: d.integer(1, 9999), month: d.integer(1, 12) }),
    number: d.nullable(d.oneOf<number | 'new'>(d.literal('new'), handle)),
    added: d.nullable(d.object({ phone: d.string({ min: 1, max: 64 }), contactType, from: localTime, until: localTime })),
    form: d.nullable(d.object({ phone: text, contactType, from: text, until: text })),
    requests: d.integer(),
    request: d.nullable(request),
    failure: d.nullable(d.object({ requestId: d.string({ max: 80 }), code: d.string({ min: 1, max: 64 }), message: d.string({ max: 500 }) })),
  });
}

/**
 * Checks a saved reschedule state (untrusted JSON, for example `JSON.parse` of a stored one) and returns
 * a deeply frozen copy, or `invalid-state` with the JSON path of the first wrong value. Zones, the chain,
 * the calling hours, the contact policy and the date format are checked with the parsers `start` uses, so
 * no selector or transition can meet a value `start` would have refused. Never throws.
 */
export function restore(value: unknown): Result<RescheduleState, 'invalid-state'> {
  const lastAt = d.run(d.object({ lastAt: d.instant }), value);
  if (lastAt instanceof d.Problem) return refused(lastAt);
  const read = d.run(saved(lastAt.lastAt), value);
  if (read instanceof d.Problem) return refused(read);
  const bad = (path: string, why: string): Result<never, 'invalid-state'> => fail('invalid-state', `Not a saved reschedule state: ${why}`, undefined, path);
  const handles = read.config.chain.map((c) => c.recordHandle);
  if (new Set(handles).size !== handles.length) return bad('$.config.chain', 'record handles in a chain are unique.');
  if (read.config.chain.some((c, i) => i > 0 && c.chainN < (read.config.chain[i - 1]?.chainN ?? 0))) return bad('$.config.chain', 'the chain is sorted by chainN.');
  if (read.number === 'new' && read.added === null) return bad('$.number', 'the new number is chosen but none was added.');
  if (typeof read.number === 'number' && !handles.includes(read.number)) return bad('$.number', 'the chosen number is not in the chain.');
  if (read.added !== null && read.added.from >= read.added.until) return bad('$.added.until', 'the added number\'s From is not before its Until.');
  const waiting = read.phase === 'pending' || read.phase === 'rescheduled';
  if (waiting !== (read.request !== null)) return bad('$.request', 'a request is kept exactly while it is pending or acknowledged.');
  if (read.request !== null && read.request.referenceId > read.requests) return bad('$.requests', 'the request counter is behind the request.');
  if (read.form !== null && read.phase !== 'editing') return bad('$.form', 'the Add New Number form is open only while editing.');
  return ok(deepFreeze(read as unknown as RescheduleState));
}

function refused(problem: d.Problem): Result<never, 'invalid-state'> {
  return fail('invalid-state', `Not a saved reschedule state: ${problem.message}`, undefined, problem.path);
}
