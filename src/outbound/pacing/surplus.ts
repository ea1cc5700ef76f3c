import type { AbandonRule, WindowCounts } from './ledger.js';

/** Abandons of surplus the pacer keeps in hand before it starts to slow down. */
const SET_POINT = 8;
/** How sharply the plan slows per abandon of surplus missing below the set point. */
const STIFFNESS = 0.4;

/**
 * The compliance surplus of a window: how many more abandons it could take now and stay within the
 * rule, unrounded (`(rate × answers − abandons) / (1 − rate)`; negative when the window is over).
 */
export function surplusOf(counts: WindowCounts, rule: AbandonRule): number {
  return (rule.abandonRate * counts.answers - counts.abandons) / (1 - rule.abandonRate);
}

/**
 * The compliance brake: 1 while the window's surplus is at or above the set point, falling
 * exponentially below it (each abandon missing multiplies the planner's risk threshold by about
 * `e^−0.4`). It makes the surplus itself the controlled quantity, so that a fresh campaign (an empty
 * 30-day window) keeps a small, steady cushion instead of hovering at zero.
 */
export function brakeOf(surplus: number): number {
  return surplus >= SET_POINT ? 1 : Math.exp(STIFFNESS * (surplus - SET_POINT));
}
