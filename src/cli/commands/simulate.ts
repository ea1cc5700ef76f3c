/** `dialdesk simulate`: the campaign simulator, comparing pacing strategies on one seeded scenario. */
import { writeFile } from 'node:fs/promises';
import { outbound } from '../../index.js';
import type { Command } from '../command.js';
import { DEFAULT_WRAP_SECONDS, parseArgs, USAGE, type SimulateArgs, type StrategyName } from '../simulate/args.js';
import { chart, legend, svg, table } from '../simulate/render.js';

const STRATEGIES: Readonly<Record<StrategyName, outbound.pacing.PacingConfig>> = {
  progressive: { mode: 'progressive' },
  adaptive: { mode: 'adaptive' },
  predictive: { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } },
};

function scenarioOf(a: SimulateArgs): outbound.sim.Scenario {
  return {
    ...outbound.sim.defaultScenario(),
    agents: a.agents,
    hitRate: a.hitRate,
    shiftHours: a.hours,
    talkSeconds: { kind: 'exponential', mean: a.talk },
    wrapSeconds: a.wrap > 0 ? { kind: 'exponential', mean: a.wrap } : { kind: 'fixed', seconds: 0 },
  };
}

/** A progress bar on stderr, drawn only on a terminal. */
function progressBar(label: string): { update: (f: number) => void; done: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, done: () => undefined };
  const width = 30;
  const update = (f: number): void => {
    const n = Math.round(f * width);
    process.stderr.write(`\r${label.padEnd(12)} [${'#'.repeat(n)}${' '.repeat(width - n)}] ${Math.round(f * 100)}%`);
  };
  return { update, done: () => process.stderr.write('\r\x1b[K') };
}

async function run(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`dialdesk simulate: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const a = parsed.args;
  if (a.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const scenario = scenarioOf(a);
  const long = a.agents * a.hours >= 40;
  const reports: outbound.sim.SimReport[] = [];
  const started = Date.now();
  for (const name of a.strategies) {
    const bar = long ? progressBar(name) : { update: () => undefined, done: () => undefined };
    const r = outbound.sim.simulate(scenario, { seed: a.seed, strategy: STRATEGIES[name], onProgress: bar.update });
    bar.done();
    if (!r.ok) {
      process.stderr.write(`dialdesk simulate: ${r.error.message}\n`);
      return 2;
    }
    reports.push(r.value);
  }
  const seconds = (Date.now() - started) / 1000;
  const title = `${a.agents} agents, hit rate ${a.hitRate}, talk ${a.talk} s, wrap-up ${a.wrap} s, ${a.hours} h, seed ${a.seed}`;
  const scenarioText = [
    `${a.agents} agents for ${a.hours} hours; ${Math.round(a.hitRate * 100)}% of dials answered by a live person;`,
    a.wrap > 0
      ? `talk ${a.talk} s and wrap-up ${a.wrap} s on average (exponential${a.wrap === DEFAULT_WRAP_SECONDS ? `; ${DEFAULT_WRAP_SECONDS} s is a typical after-call work time, --wrap to change` : ''});`
      : `talk ${a.talk} s on average (exponential), no wrap-up;`,
    `seed ${a.seed}`,
  ].join(' ');
  if (a.svg !== null) {
    try {
      await writeFile(a.svg, svg(reports, title));
    } catch (error) {
      process.stderr.write(`dialdesk simulate: cannot write ${a.svg}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  if (a.json) {
    process.stdout.write(`${JSON.stringify({ scenario, seed: a.seed, reports }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(
    [
      `dialdesk simulate: ${scenarioText}`,
      `(same seed, same figures on every machine; simulated in ${seconds.toFixed(1)} s)`,
      '',
      table(reports),
      '',
      legend(reports),
      '',
      chart(reports),
      '',
      a.svg !== null ? `chart written to ${a.svg}\n` : '',
    ].join('\n'),
  );
  return 0;
}

/** The `simulate` command. */
export const simulate: Command = {
  summary: 'simulate a campaign shift and compare pacing strategies (predictive, progressive, adaptive)',
  run,
};
