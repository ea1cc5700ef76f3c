/**
 * State diagrams of every dialdesk machine, generated from the code: each machine is driven with the
 * accepted-event sequences of `dialdesk/testing` (a fixed seed), and every accepted event is recorded as
 * an edge (status before, event type, status after), where "status" is the projection of the state
 * named in the table below. `npx tsx scripts/figures/write.ts` writes docs/diagrams/<file>.svg;
 * test/docs/figures.test.ts regenerates them and compares, so a diagram never drifts from its machine.
 *
 * The machine list is the ONE table `MACHINES` below: to retarget it (a renamed machine, a moved
 * arbitrary), change its rows and run the writer again.
 */
import fc from 'fast-check';
import { callback, logout, outbound, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/arbitraries/index.js';
import type { Runnable } from '../../src/testing/index.js';

/** One machine to draw. */
export interface MachineRow<I extends { readonly at: number }, S, E extends { readonly type: string }> {
  /** The file name under docs/diagrams, without `.svg`. */
  readonly file: string;
  /** The heading of the diagram. */
  readonly title: string;
  /** The guide (docs/guides/<guide>.md) that shows it. */
  readonly guide: string;
  /** The machine (`start` and `transition`). */
  readonly machine: Runnable<I, S, E, unknown>;
  /** Accepted event sequences from `dialdesk/testing`. */
  readonly sequences: () => fc.Arbitrary<testing.EventSequence<I, E>>;
  /** The status a box of the diagram stands for: a short phrase read from the state. */
  readonly status: (state: S) => string;
  /** The reading order of the boxes (statuses not listed follow, in the order first seen). */
  readonly order?: readonly string[];
}

type AnyRow = MachineRow<{ readonly at: number }, unknown, { readonly type: string }>;

const row = <I extends { readonly at: number }, S, E extends { readonly type: string }>(r: MachineRow<I, S, E>): AnyRow => r as unknown as AnyRow;

/** The machines, their sequences and their status projections. */
export const MACHINES: readonly AnyRow[] = [
  row({
    file: 'logout',
    title: 'logout: negotiated logout',
    guide: 'logout',
    machine: logout.machine,
    order: ['logged-in', 'awaiting-authorization', 'authorized', 'logged-out'],
    sequences: () => testing.logoutSequence(),
    status: (s) => s.status,
  }),
  row({
    file: 'callback-dialog',
    title: 'callback.dialog: schedule or reschedule a callback',
    guide: 'callback',
    machine: callback.dialog.machine,
    order: ['reschedule box clear', 'selecting, slots loading', 'selecting, slots loaded', 'selecting, slots failed', 'committing', 'closed'],
    sequences: () => testing.callbackDialogSequence(),
    status: (s) => (s.phase === 'selecting' ? (s.rescheduling ? `selecting, slots ${s.availability.status}` : 'reschedule box clear') : s.phase),
  }),
  row({
    file: 'callback-lifecycle',
    title: 'callback.lifecycle: a callback from scheduled to completed',
    guide: 'callback',
    machine: callback.lifecycle.machine,
    order: ['scheduled', 'queued', 'routing', 'processing', 'completed'],
    sequences: () => testing.callbackLifecycleSequence(),
    status: (s) => s.status,
  }),
  row({
    file: 'webcallback',
    title: 'webcallback: reschedule from the preview',
    guide: 'webcallback',
    machine: webcallback.machine,
    order: ['preview', 'view open', 'reschedule set', 'request sent', 'notification armed', 'notification shown'],
    sequences: () => testing.webcallbackSequence(),
    status: (s) =>
      s.pending !== null
        ? 'request sent'
        : s.view.open
          ? 'view open'
          : s.view.set
            ? 'reschedule set'
            : s.notification !== null
              ? `notification ${s.notification.status}`
              : 'preview',
  }),
  row({
    file: 'outbound-campaigns',
    title: 'outbound.campaigns: My Campaigns',
    guide: 'outbound',
    machine: outbound.campaigns.machine,
    order: ['logged out, no campaign', 'logged in, no campaign', 'logged in, campaigns loaded', 'logged in, a campaign running', 'logged out, campaigns loaded', 'logged out, a campaign running'],
    sequences: () => testing.campaignsSequence(),
    status: (s) => {
      const campaigns = s.campaigns.some((c) => c.status === 'running') ? 'a campaign running' : s.campaigns.length > 0 ? 'campaigns loaded' : 'no campaign';
      return `${s.loggedIn ? 'logged in' : 'logged out'}, ${campaigns}`;
    },
  }),
  row({
    file: 'outbound-interaction',
    title: 'outbound.interaction: the first record the agent holds',
    guide: 'outbound',
    machine: outbound.interaction.machine,
    order: ['no record', 'record requested', 'preview', 'offered', 'seized', 'dialing', 'connected', 'wrap-up'],
    sequences: () => testing.interactionSequence(),
    status: (s) => s.slots[0]?.phase ?? (s.pending.length > 0 ? 'record requested' : 'no record'),
  }),
  row({
    file: 'outbound-reschedule',
    title: 'outbound.reschedule: Reschedule Callback during a campaign call',
    guide: 'outbound-reschedule',
    machine: outbound.reschedule.machine,
    order: ['idle', 'editing', 'pending', 'rescheduled'],
    sequences: () => testing.rescheduleSequence(),
    status: (s) => s.phase,
  }),
  row({
    file: 'outbound-pacing',
    title: 'outbound.pacing: the calls the pacer tracks',
    guide: 'pacing',
    machine: outbound.pacing.machine,
    order: ['no call in progress', 'calls ringing', 'a caller waits for an agent'],
    sequences: () => testing.pacingSequence(),
    status: (s) => (s.waitingCount > 0 ? 'a caller waits for an agent' : s.ringingCount > 0 ? 'calls ringing' : 'no call in progress'),
  }),
];

/** How many sequences are sampled per machine, and the seed: fixed, so the diagrams are reproducible. */
export const SAMPLE = { seed: 20261124, runs: 300 } as const;

/** The states and edges a machine showed. */
export interface Graph {
  /** Statuses in the order first seen. */
  readonly states: readonly string[];
  /** Statuses `start` produced. */
  readonly initial: readonly string[];
  /** `from -> to` with the event types that made it, sorted. */
  readonly edges: readonly { readonly from: string; readonly to: string; readonly events: readonly string[] }[];
}

/** Drives one machine with its sampled sequences and collects the graph of statuses and events. */
export function graphOf(r: AnyRow): Graph {
  const states: string[] = [];
  const initial = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const see = (s: string): void => {
    if (!states.includes(s)) states.push(s);
  };
  for (const { input, events } of fc.sample(r.sequences(), { seed: SAMPLE.seed, numRuns: SAMPLE.runs })) {
    const started = r.machine.start(input);
    if (!started.ok) continue;
    let state = started.state;
    let status = r.status(state);
    see(status);
    initial.add(status);
    for (const event of events) {
      const step = r.machine.transition(state, event);
      if (!step.ok) throw new Error(`${r.file}: an accepted sequence was refused (${event.type}: ${step.error.code})`);
      const next = r.status(step.state);
      see(next);
      const key = `${status}\u0000${next}`;
      const set = edges.get(key) ?? new Set<string>();
      set.add(event.type);
      edges.set(key, set);
      state = step.state;
      status = next;
    }
  }
  const rank = (x: string): number => {
    const k = r.order?.indexOf(x) ?? -1;
    return k === -1 ? (r.order?.length ?? 0) + states.indexOf(x) : k;
  };
  states.sort((a, b) => rank(a) - rank(b));
  return {
    states,
    initial: states.filter((s) => initial.has(s)),
    edges: [...edges.entries()]
      .map(([key, set]) => {
        const [from = '', to = ''] = key.split('\u0000');
        return { from, to, events: [...set].sort() };
      })
      .sort((a, b) => states.indexOf(a.from) - states.indexOf(b.from) || states.indexOf(a.to) - states.indexOf(b.to)),
  };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits a list of event types into lines of at most `width` characters. */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line}, ${w}`;
    if (next.length > width && line !== '') {
      lines.push(`${line},`);
      line = w;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const CHAR = 6.6; // average width of a 11 px sans-serif character
const LINE = 13;

/**
 * An arc diagram: the statuses as boxes in a row (in the order first seen), a transition to a later box
 * as an arc above the row, to an earlier box as an arc below, each labelled with its events; events
 * that keep the status are listed under the diagram.
 */
export function svgOf(title: string, g: Graph): string {
  const boxH = 34;
  const gap = 56;
  const widths = g.states.map((s) => Math.max(96, Math.round(s.length * 7.4) + 24));
  const xs: number[] = [];
  let x = 20;
  for (const w of widths) {
    xs.push(x);
    x += w + gap;
  }
  const width = Math.max(x - gap + 20, 560);
  const center = (i: number): number => (xs[i] ?? 0) + (widths[i] ?? 0) / 2;

  interface Arc {
    readonly i: number;
    readonly j: number;
    readonly lines: readonly string[];
    x1: number;
    x2: number;
    left: number;
    right: number;
    offset: number;
  }
  const arcs: Arc[] = [];
  const loops: { readonly state: string; readonly events: readonly string[] }[] = [];
  for (const e of g.edges) {
    const i = g.states.indexOf(e.from);
    const j = g.states.indexOf(e.to);
    if (i === j) loops.push({ state: e.from, events: e.events });
    else arcs.push({ i, j, lines: wrap(e.events, 34), x1: 0, x2: 0, left: 0, right: 0, offset: 0 });
  }
  // Attach points: the arcs meeting a box on one side are spread along it, ordered by their other end.
  g.states.forEach((_, b) => {
    for (const up of [true, false]) {
      const ends = arcs
        .filter((a) => a.j > a.i === up && (a.i === b || a.j === b))
        .map((a) => ({ a, source: a.i === b, other: a.i === b ? a.j : a.i }))
        .sort((p, q) => p.other - q.other || Number(q.source) - Number(p.source));
      const w = widths[b] ?? 0;
      ends.forEach((e, k) => {
        const x = (xs[b] ?? 0) + 14 + ((w - 28) * (k + 1)) / (ends.length + 1);
        if (e.source) e.a.x1 = x;
        else e.a.x2 = x;
      });
    }
  });
  for (const a of arcs) {
    const mid = (a.x1 + a.x2) / 2;
    const half = (Math.max(...a.lines.map((l) => l.length)) * CHAR) / 2 + 4;
    a.left = Math.min(a.x1, a.x2, mid - half);
    a.right = Math.max(a.x1, a.x2, mid + half);
  }
  // Stack arcs in levels so that no two labels or arcs of one level overlap: shortest spans nearest the row.
  const place = (side: Arc[]): number => {
    side.sort((a, b) => Math.abs(a.j - a.i) - Math.abs(b.j - b.i) || a.left - b.left);
    const levels: Arc[][] = [];
    for (const arc of side) {
      let k = 0;
      while ((levels[k] ?? []).some((o) => o.left < arc.right + 6 && arc.left < o.right + 6)) k++;
      (levels[k] ??= []).push(arc);
    }
    let offset = 24;
    for (const level of levels) {
      const tallest = Math.max(...level.map((a) => a.lines.length));
      for (const a of level) a.offset = offset;
      offset += tallest * LINE + 20;
    }
    return offset;
  };
  const above = place(arcs.filter((a) => a.j > a.i));
  const below = place(arcs.filter((a) => a.j < a.i));
  const rowY = 30 + above;
  const perLine = Math.floor((width - 40) / 6.2);
  const loopLines = loops.flatMap((l) => wrap([`${l.state}:`, ...l.events], perLine).map((t, k) => (k === 0 ? t.replace(':,', ':') : `    ${t}`)));
  const height = rowY + boxH + below + 24 + (loopLines.length > 0 ? 20 + loopLines.length * 15 : 0);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}" font-family="sans-serif">`,
    `<title>${esc(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
    '<rect width="100%" height="100%" fill="white"/>',
    `<text x="20" y="22" font-size="14" font-weight="bold">${esc(title)}</text>`,
  ];
  for (const a of arcs) {
    const up = a.j > a.i;
    const yEdge = up ? rowY : rowY + boxH;
    const apex = up ? yEdge - a.offset : yEdge + a.offset;
    // A cubic curve whose middle reaches `apex`: control points 4/3 of the way there.
    const c = yEdge + ((apex - yEdge) * 4) / 3;
    out.push(`<path d="M${a.x1.toFixed(1)},${yEdge} C${a.x1.toFixed(1)},${c.toFixed(1)} ${a.x2.toFixed(1)},${c.toFixed(1)} ${a.x2.toFixed(1)},${yEdge}" fill="none" stroke="#57606a" stroke-width="1.3" marker-end="url(#arrow)"/>`);
    const mid = (a.x1 + a.x2) / 2;
    const top = up ? apex - a.lines.length * LINE - 2 : apex + 4;
    const w = Math.max(...a.lines.map((l) => l.length)) * CHAR + 8;
    out.push(`<rect x="${(mid - w / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${a.lines.length * LINE + 2}" fill="white" opacity="0.92"/>`);
    a.lines.forEach((l, k) => out.push(`<text x="${mid.toFixed(1)}" y="${(top + LINE * (k + 1) - 2).toFixed(1)}" font-size="11" text-anchor="middle" fill="#24292f">${esc(l)}</text>`));
  }
  g.states.forEach((s, i) => {
    const start = g.initial.includes(s);
    out.push(`<rect x="${xs[i]}" y="${rowY}" width="${widths[i]}" height="${boxH}" rx="8" fill="${start ? '#ddf4ff' : '#f6f8fa'}" stroke="${start ? '#0969da' : '#57606a'}" stroke-width="${start ? 2 : 1}"/>`);
    out.push(`<text x="${center(i).toFixed(1)}" y="${rowY + 21}" font-size="12" text-anchor="middle" font-weight="bold">${esc(s)}</text>`);
  });
  let y = rowY + boxH + below + 16;
  out.push(`<text x="20" y="${y}" font-size="11" fill="#57606a">Blue: where start() leaves the machine. Above the row: to a later box; below: to an earlier one.</text>`);
  if (loopLines.length > 0) {
    y += 20;
    out.push(`<text x="20" y="${y}" font-size="11" font-weight="bold">Accepted without a change of status</text>`);
    for (const l of loopLines) {
      y += 15;
      out.push(`<text x="20" y="${y}" font-size="11" fill="#24292f">${esc(l)}</text>`);
    }
  }
  out.push('</svg>', '');
  return out.join('\n');
}

/** Every diagram: file name and SVG text. */
export function diagrams(): { readonly file: string; readonly guide: string; readonly svg: string }[] {
  return MACHINES.map((r) => ({ file: r.file, guide: r.guide, svg: svgOf(r.title, graphOf(r)) }));
}
