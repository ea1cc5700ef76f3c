import type { NormalizedConfig } from './config.js';
import { withStats } from './copy.js';
import { addSample, emptyBins } from './histogram.js';
import type { Control, LearnedStats } from './state.js';

/** Prior hit rate before any outcome: only used as a starting point, weighted like one attempt. */
const PRIOR_HIT_RATE = 0.25;
/** Hit-rate memory in attempts. */
const HIT_MEMORY = 300;
/** Histogram weight caps (halving beyond). */
const DELAY_CAP = 600;
const HOLD_CAP = 400;
/** Share of the compliance rate the predictive loop aims at; the rest is a safety margin. */
export const AIM = 0.97;
/** Step of the multiplicative gain loop. */
const GAIN_STEP = 0.05;
const GAIN_MIN = 0.1;
const GAIN_MAX = 10;

/** Statistics before anything was observed. */
export function initialStats(): LearnedStats {
  return Object.freeze({
    outcomes: 0,
    hitRate: PRIOR_HIT_RATE,
    answerDelay: emptyBins('delay'),
    failDelay: emptyBins('delay'),
    talk: emptyBins('hold'),
    wrap: emptyBins('hold'),
    talkSamples: 0,
    talkMean: 0,
    wrapMean: 0,
    agentWaitMean: 0,
  });
}

/** Learns from a resolved attempt. */
export function learnOutcome(stats: LearnedStats, live: boolean, delaySeconds: number): LearnedStats {
  const n = stats.outcomes + 1;
  const alpha = Math.max(1 / (n + 1), 1 / HIT_MEMORY);
  return withStats(stats, {
    outcomes: n,
    hitRate: stats.hitRate + alpha * ((live ? 1 : 0) - stats.hitRate),
    answerDelay: live ? addSample(stats.answerDelay, 'delay', delaySeconds, DELAY_CAP) : stats.answerDelay,
    failDelay: live ? stats.failDelay : addSample(stats.failDelay, 'delay', delaySeconds, DELAY_CAP),
  });
}

function ewma(mean: number, samples: number, x: number): number {
  const alpha = Math.max(1 / (samples + 1), 1 / 200);
  return mean + alpha * (x - mean);
}

/** Learns a completed talk. */
export function learnTalk(stats: LearnedStats, seconds: number): LearnedStats {
  return withStats(stats, {
    talk: addSample(stats.talk, 'hold', seconds, HOLD_CAP),
    talkMean: ewma(stats.talkMean, stats.talkSamples, seconds),
    talkSamples: stats.talkSamples + 1,
  });
}

/** Learns a completed wrap-up (0 when the agent went straight back to ready). */
export function learnWrap(stats: LearnedStats, seconds: number): LearnedStats {
  return withStats(stats, {
    wrap: addSample(stats.wrap, 'hold', seconds, HOLD_CAP),
    wrapMean: ewma(stats.wrapMean, Math.max(0, stats.talkSamples - 1), seconds),
  });
}

/** Learns an agent's wait from ready to a connected call. */
export function learnAgentWait(stats: LearnedStats, seconds: number): LearnedStats {
  return withStats(stats, { agentWaitMean: ewma(stats.agentWaitMean, stats.talkSamples, seconds) });
}

function clampGain(g: number): number {
  return g < GAIN_MIN ? GAIN_MIN : g > GAIN_MAX ? GAIN_MAX : g;
}

/** Which moves of the gain loop are held back now (see {@link moveGain}). */
export type GainHold = 'none' | 'up' | 'all';

/**
 * The predictive feedback loop, moved on every live outcome. With an abandonment target it is a
 * stochastic-approximation loop whose fixed point is an abandon share of `AIM × rate` among live
 * answers; with a wait or busy-factor target it moves with the gap between an agent's wait and the
 * target wait.
 *
 * `hold` is the anti-windup: `'all'` while the pacer is learning (it dials progressive, so outcomes say
 * nothing of the gain), `'up'` while the compliance brake limits the plan hard (the gain may come down,
 * as the brake says it is too high, but must not climb while the brake does the work), `'none'` otherwise.
 */
export function moveGain(control: Control, config: NormalizedConfig, stats: LearnedStats, outcome: 'connected' | 'abandoned', agentWaitSeconds: number | null, hold: GainHold): Control {
  const t = config.target;
  if (config.mode !== 'predictive' || t === null || hold === 'all') return control;
  let step: number;
  if ('abandonRate' in t) {
    const aim = AIM * t.abandonRate;
    step = outcome === 'connected' ? GAIN_STEP * aim : -GAIN_STEP * (1 - aim);
  } else {
    if (outcome === 'abandoned') step = -GAIN_STEP * (1 - config.compliance.abandonRate);
    else if (agentWaitSeconds === null) return control;
    else {
      const target = 'averageWaitSeconds' in t ? t.averageWaitSeconds : ((1 - t.busyFactor) / t.busyFactor) * (stats.talkMean + stats.wrapMean);
      const gap = (agentWaitSeconds - target) / (target + 2);
      step = 0.02 * (gap > 2 ? 2 : gap < -2 ? -2 : gap);
    }
  }
  if (hold === 'up' && step > 0) return control;
  return Object.freeze({ gain: clampGain(control.gain * Math.exp(step)), dialLevel: control.dialLevel, lastAdjustAt: control.lastAdjustAt });
}
