/** Parsing of `dialdesk simulate` flags: every value checked, every error a clear sentence. */

export type StrategyName = 'predictive' | 'progressive' | 'adaptive';

export interface SimulateArgs {
  readonly agents: number;
  readonly hitRate: number;
  readonly talk: number;
  readonly wrap: number;
  readonly hours: number;
  readonly seed: number;
  readonly strategies: readonly StrategyName[];
  readonly json: boolean;
  readonly svg: string | null;
  readonly help: boolean;
}

/** The default mean wrap-up time, seconds (see `parseArgs`). */
export const DEFAULT_WRAP_SECONDS = 45;

export const USAGE = `usage: dialdesk simulate [options]

Simulates an outbound campaign shift (seeded, reproducible) and compares pacing strategies.

options:
  --agents N        agents logged in (1 to 1000; default 20)
  --hit-rate p      live-answer probability per attempt (above 0, at most 1; default 0.3)
  --talk seconds    mean talk time, exponential (default 180)
  --wrap seconds    mean wrap-up (after-call work) time, exponential; 0 for none (default 45)
  --hours h         shift length in hours (above 0, at most 24; default 8)
  --seed n          random seed, an integer (default 1)
  --strategy s      predictive, progressive, adaptive or all (default all)
  --json            print the reports as JSON instead of the table and chart
  --svg file        also write the chart as an SVG file
  -h, --help        show this help
`;

export type Parsed = { readonly ok: true; readonly args: SimulateArgs } | { readonly ok: false; readonly message: string };

function numberFlag(name: string, raw: string | undefined, check: (n: number) => boolean, rule: string): number | string {
  if (raw === undefined || raw.startsWith('--')) return `--${name} needs a value (${rule}).`;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || !check(n)) return `--${name} must be ${rule}, got '${raw}'.`;
  return n;
}

export function parseArgs(argv: readonly string[]): Parsed {
  let agents = 20;
  let hitRate = 0.3;
  let talk = 180;
  // About 45 s of after-call work per call is the contact-center average quoted by Calabrio's glossary
  // ("After Call Work", https://www.calabrio.com/glossary/acw/); it varies by industry from 5 s to minutes.
  let wrap = DEFAULT_WRAP_SECONDS;
  let hours = 8;
  let seed = 1;
  let strategies: readonly StrategyName[] = ['progressive', 'adaptive', 'predictive'];
  let json = false;
  let svg: string | null = null;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    let r: number | string = 0;
    switch (flag) {
      case '--agents':
        r = numberFlag('agents', value(), (n) => Number.isInteger(n) && n >= 1 && n <= 1000, 'a whole number from 1 to 1000');
        if (typeof r === 'number') agents = r;
        break;
      case '--hit-rate':
        r = numberFlag('hit-rate', value(), (n) => n > 0 && n <= 1, 'a probability above 0 and at most 1');
        if (typeof r === 'number') hitRate = r;
        break;
      case '--talk':
        r = numberFlag('talk', value(), (n) => n > 0 && n <= 86_400, 'seconds above 0');
        if (typeof r === 'number') talk = r;
        break;
      case '--wrap':
        r = numberFlag('wrap', value(), (n) => n >= 0 && n <= 86_400, 'seconds, 0 or more');
        if (typeof r === 'number') wrap = r;
        break;
      case '--hours':
        r = numberFlag('hours', value(), (n) => n > 0 && n <= 24, 'hours above 0 and at most 24');
        if (typeof r === 'number') hours = r;
        break;
      case '--seed':
        r = numberFlag('seed', value(), (n) => Number.isSafeInteger(n), 'an integer');
        if (typeof r === 'number') seed = r;
        break;
      case '--strategy': {
        const v = value();
        if (v === 'all') strategies = ['progressive', 'adaptive', 'predictive'];
        else if (v === 'predictive' || v === 'progressive' || v === 'adaptive') strategies = [v];
        else r = `--strategy must be predictive, progressive, adaptive or all, got '${v ?? ''}'.`;
        break;
      }
      case '--json':
        json = true;
        break;
      case '--svg': {
        const v = value();
        if (v === undefined || v === '' || v.startsWith('--')) r = '--svg needs a file name.';
        else svg = v;
        break;
      }
      case '-h':
      case '--help':
        help = true;
        break;
      default:
        r = `unknown option '${arg}'.`;
    }
    if (typeof r === 'string') return { ok: false, message: r };
  }
  return { ok: true, args: { agents, hitRate, talk, wrap, hours, seed, strategies, json, svg, help } };
}
