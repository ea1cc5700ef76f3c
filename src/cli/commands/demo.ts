/**
 * `dialdesk demo`: a negotiated-logout walk-through driven by the logout machine with synthetic time.
 *
 * The library is imported from the package's own source entry (`../../index.js`). In the published
 * `dist/cli/main.js` that import is the built `dist/index.js` (tsup.config.ts), so the command runs
 * exactly the code that ships, without a second copy of it; `npm run demo` bundles it from source.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { logout } from '../../index.js';
import type { Command } from '../command.js';
import { SECOND } from '../../time/index.js';

/** 2026-11-24T09:00:00Z: the synthetic clock starts here. */
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

/** One line of the walk-through; `second` is the synthetic second it belongs to (for `--live`). */
export interface DemoLine {
  /** Seconds since the start of the walk-through. */
  readonly second: number;
  /** The text to print. */
  readonly text: string;
}

interface Beat {
  readonly second: number;
  readonly who: string;
  readonly what: string;
  readonly event: logout.LogoutEvent;
}

const clock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);
const margin = ' '.repeat(10);

function describeEffect(effect: logout.LogoutEffect): string {
  switch (effect.type) {
    case 'send-request':
      return effect.request.kind === 'logout'
        ? `send the logout request ${effect.request.requestId} to the server (from the ${effect.request.source.replace('-', ' ')})`
        : `withdraw the logout request ${effect.request.requestId}`;
    case 'show-message':
      return 'show the system message "awaiting logoff authorization" with its countdown';
    case 'hide-message':
      return 'close the system message';
    case 'wake':
      return `wake at ${clock(effect.at)} (deliver a tick then)`;
    case 'log-out':
      return effect.requestId === null
        ? 'LOG THE AGENT OUT (immediate)'
        : `LOG THE AGENT OUT (${effect.requestId}, authorized by the ${effect.authorizedBy ?? 'server'})`;
    case 'logout-failed':
      return `show "${effect.tooltip}"`;
  }
}

/** The script: an agent in a running predictive campaign, receiving a call, asks to log out. */
function script(): Beat[] {
  const at = (second: number): number => T0 + second * SECOND;
  return [
    { second: 2, who: 'dialer', what: 'a call placed for the agent is being delivered', event: { type: 'interaction-started', at: at(2) } },
    { second: 4, who: 'agent', what: 'clicks Logout in the main window', event: { type: 'logout-requested', at: at(4), source: 'main-window' } },
    { second: 5, who: 'server', what: 'answers: logout in 12 seconds at most', event: { type: 'logout-delay', at: at(5), seconds: 12, requestId: 'logout-1' } },
    { second: 9, who: 'agent', what: 'dismisses the message', event: { type: 'message-dismissed', at: at(9) } },
    { second: 11, who: 'dialer', what: 'a second call, dialled before the request, is delivered', event: { type: 'interaction-started', at: at(11) } },
    { second: 13, who: 'agent', what: 'ends the first call', event: { type: 'interaction-ended', at: at(13) } },
    { second: 15, who: 'server', what: 'authorizes the logout', event: { type: 'request-acknowledged', at: at(15), requestId: 'logout-1' } },
    { second: 19, who: 'agent', what: 'ends the second call', event: { type: 'interaction-ended', at: at(19) } },
  ];
}

/**
 * Runs the script through `logout.transition` and renders what the agent sees, second by second.
 * Pure apart from `Date` formatting of fixed instants: the same lines every time.
 */
export function walkThrough(): DemoLine[] {
  const lines: DemoLine[] = [];
  const say = (second: number, text: string): void => {
    lines.push({ second, text });
  };
  const started = logout.machine.start({ at: T0, campaign: { mode: 'predictive', running: true } });
  if (!started.ok) throw new Error(`start refused: ${started.error.code}`);
  let state = started.state;
  say(0, 'dialdesk demo: negotiated logout, driven by dialdesk/logout with synthetic time (UTC).');
  say(0, '');
  say(0, `${clock(T0)}  agent   logged in, taking part in a running predictive campaign`);

  const beats = script();
  const last = beats[beats.length - 1]?.second ?? 0;
  for (let second = 1; second <= last + 1; second++) {
    const now = T0 + second * SECOND;
    for (const beat of beats.filter((b) => b.second === second)) {
      const step = logout.machine.transition(state, beat.event);
      say(second, `${clock(now)}  ${beat.who.padEnd(7)} ${beat.what}  [${beat.event.type}]`);
      if (!step.ok) {
        say(second, `${margin}refused: ${step.error.code} (${step.error.message})`);
        continue;
      }
      state = step.state;
      for (const effect of step.effects) say(second, `${margin}-> ${describeEffect(effect)}`);
      if (beat.event.type === 'message-dismissed' || beat.event.type === 'request-acknowledged' || state.status === 'logged-out') {
        say(second, `${margin}status icon tooltip: ${logout.statusTooltip(state, now) ?? '(nothing about logout)'}`);
        for (const entry of logout.messages(state, now)) say(second, `${margin}My Messages [${clock(entry.at)}] ${entry.text}`);
      }
    }
    const label = logout.countdownLabel(state, now);
    if (label !== null) {
      const view = state.request?.message === 'shown' ? `message window   | Awaiting logoff authorization   ${label} |` : `status tooltip   ${logout.statusTooltip(state, now) ?? ''}`;
      say(second, `${clock(now)}  screen  ${view}`);
    }
    if (state.status === 'logged-out') break;
  }
  say(last + 1, '');
  say(last + 1, `Final status: ${state.status}. Every line above came from logout.transition and its selectors;`);
  say(last + 1, 'nothing waited for real time (run with --live to see it at one second per second).');
  return lines;
}

const DEMO_USAGE = `usage: dialdesk demo [options]

Prints a negotiated-logout walk-through: an agent in a running predictive campaign logs out while a call
is being received, and waits for the server's authorization with a countdown (synthetic time).

options:
  --live       play it at one second per second
  -h, --help   show this help
`;

/** The `demo` command. */
export const demo: Command = {
  summary: 'print a negotiated-logout walk-through (--live: one second per second)',
  run: async (args) => {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(DEMO_USAGE);
      return 0;
    }
    const unknown = args.filter((a) => a !== '--live');
    if (unknown.length > 0) {
      process.stderr.write(`dialdesk demo: unknown option ${unknown.join(' ')}\n\n${DEMO_USAGE}`);
      return 2;
    }
    const live = args.includes('--live');
    let second = 0;
    for (const line of walkThrough()) {
      if (live && line.second > second) {
        await sleep((line.second - second) * SECOND);
        second = line.second;
      }
      process.stdout.write(`${line.text}\n`);
    }
    return 0;
  },
};
