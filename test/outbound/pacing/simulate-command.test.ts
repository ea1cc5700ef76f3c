import { describe, expect, it } from 'vitest';
import { DEFAULT_WRAP_SECONDS, parseArgs } from '../../../src/cli/simulate/args.js';
import { chart, legalLimit, legend, svg, table } from '../../../src/cli/simulate/render.js';
import { outbound } from '../../../src/index.js';

describe('dialdesk simulate flags', () => {
  it('reads every flag, in both spellings', () => {
    const r = parseArgs(['--agents', '50', '--hit-rate=0.2', '--talk', '120', '--wrap', '15', '--hours', '2', '--seed', '7', '--strategy', 'adaptive', '--json', '--svg', 'x.svg']);
    expect(r).toEqual({
      ok: true,
      args: { agents: 50, hitRate: 0.2, talk: 120, wrap: 15, hours: 2, seed: 7, strategies: ['adaptive'], json: true, svg: 'x.svg', help: false },
    });
    const d = parseArgs([]);
    expect(d.ok && d.args.strategies).toEqual(['progressive', 'adaptive', 'predictive']);
  });

  it('refuses bad values with a sentence naming the flag', () => {
    const cases: [string[], RegExp][] = [
      [['--agents', '0'], /--agents must be a whole number/],
      [['--agents', '2.5'], /--agents/],
      [['--hit-rate', '1.5'], /--hit-rate must be a probability/],
      [['--hit-rate'], /--hit-rate needs a value/],
      [['--talk', 'abc'], /--talk must be seconds/],
      [['--hours', '0'], /--hours/],
      [['--seed', '1.5'], /--seed must be an integer/],
      [['--strategy', 'turbo'], /--strategy must be predictive, progressive, adaptive or all/],
      [['--svg'], /--svg needs a file name/],
      [['--colour'], /unknown option '--colour'/],
    ];
    for (const [argv, message] of cases) {
      const r = parseArgs(argv);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });

  it('renders the table, the ASCII chart and the SVG', () => {
    const scenario = { ...outbound.sim.defaultScenario(), agents: 5, shiftHours: 0.25 };
    const reports = (['progressive', 'adaptive'] as const).map((mode) => {
      const r = outbound.sim.simulate(scenario, { seed: 1, strategy: { mode } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    const t = table(reports);
    expect(t.split('\n')).toHaveLength(5);
    expect(t).toMatch(/^pacing\s+agents/);
    expect(t).toContain('peak lines per');
    expect(t).toContain('available agent');
    const c = chart(reports);
    expect(c).toContain('(occupancy) per');
    expect(c).toContain('hours into the shift');
    expect(c).toContain('o adaptive');
    const s = svg(reports, 'a <test>');
    expect(s.startsWith('<svg')).toBe(true);
    expect(s).toContain('a &lt;test&gt;');
    expect(s.match(/<polyline/g)).toHaveLength(4);
    expect(s.match(/hours into the shift/g)).toHaveLength(2);
    expect(s).toContain('% of live answers');
  });

  it('marks a run over its legal limit in the table and says so under it', () => {
    const scenario = { ...outbound.sim.defaultScenario(), agents: 5, shiftHours: 0.25 };
    const r = outbound.sim.simulate(scenario, { seed: 1, strategy: { mode: 'progressive' } });
    if (!r.ok) throw new Error(r.error.message);
    const within = r.value;
    const worstWindow = { ...within.abandonment.worstWindow, rate: 0.0304 };
    const over = { ...within, strategy: 'adaptive', abandonment: { ...within.abandonment, worstWindow } };
    expect(legalLimit(within)).toMatchObject({ rate: 0.03, over: false });
    expect(legalLimit(over)).toMatchObject({ rate: 0.03, over: true });
    const t = table([within, over]).split('\n');
    expect(t[3]).toContain('within 3%');
    expect(t[4]).toMatch(/^adaptive !.*OVER 3%/);
    const l = legend([within, over]);
    expect(l).toMatch(/^! adaptive abandoned 3\.04% of live answers, over the legal limit of 3% of live answers per 30 days/);
    expect(legend([within])).not.toContain('!');
    expect(legend([within])).toContain('peak lines');
  });

  it('defaults to a realistic wrap-up time', () => {
    const d = parseArgs([]);
    expect(d.ok && d.args.wrap).toBe(DEFAULT_WRAP_SECONDS);
    expect(DEFAULT_WRAP_SECONDS).toBeGreaterThan(0);
  });
});
