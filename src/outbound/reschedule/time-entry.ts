import { readTime, stepTime, type LocalTime, type MinuteStep } from '../../time/index.js';

/**
 * The time field after an up or down arrow: the typed time (or, when it does not parse, the proposal)
 * stepped with `time.stepTime`, hours by one and minutes by the step, wrapping around the day.
 */
export function stepField(text: string, fallback: LocalTime, part: 'hour' | 'minute', direction: 'up' | 'down', step: number): LocalTime {
  const current = readTime(text);
  const base = current.ok ? current.value : fallback;
  const stepped = stepTime(base, part, direction, step as MinuteStep);
  return stepped.ok ? stepped.value : base;
}
