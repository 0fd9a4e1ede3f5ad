// The time-dependent priority factors (aging, first-response goal) and when they next change.
import type { PriorityFactor, Visibility } from './types.ts';
import type { PrioritySettings } from './priority-settings.ts';

const MINUTE = 60_000;

export interface Waiting {
  /** When the customer started waiting for this reply. */
  since: Date;
  now: Date;
  /** Whose first-response goal applies. */
  visibility: Visibility;
}

/** "45 min", "2 h", "2 h 30 min", "1 d 3 h": how agents say a wait. */
export function formatWait(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  if (hours >= 24) {
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    return rest ? `${days} d ${rest} h` : `${days} d`;
  }
  const rest = whole % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

function goalMinutes(settings: PrioritySettings, visibility: Visibility): number {
  return settings.sla.firstResponseMinutes[visibility];
}

/**
 * The reasons are worded to stay true until the score is next recomputed ("more than 1 h",
 * "less than 15 min away"): the stored explanation is read between recomputations, and an exact
 * minute count would be wrong a minute later.
 */
export function timeFactors(settings: PrioritySettings, waiting: Waiting): PriorityFactor[] {
  const factors: PriorityFactor[] = [];
  const waited = Math.max(0, (waiting.now.getTime() - waiting.since.getTime()) / MINUTE);
  const { aging, sla } = settings;
  const steps = Math.floor(waited / aging.stepMinutes);
  const agingPoints = Math.min(aging.max, steps * aging.pointsPerStep);
  if (agingPoints > 0) {
    factors.push({ factor: 'aging', points: agingPoints, detail: `waiting more than ${formatWait(steps * aging.stepMinutes)}` });
  }
  const goal = goalMinutes(settings, waiting.visibility);
  const goalText = `first-response goal (${formatWait(goal)})`;
  if (waited >= goal) {
    if (sla.breachedPoints > 0) factors.push({ factor: 'sla', points: sla.breachedPoints, detail: `${goalText} missed` });
  } else if (waited >= nearFrom(goal, sla.nearShare)) {
    if (sla.nearPoints > 0) {
      factors.push({ factor: 'sla', points: sla.nearPoints, detail: `${goalText} is less than ${formatWait(Math.ceil(goal * sla.nearShare))} away` });
    }
  }
  return factors;
}

function nearFrom(goal: number, nearShare: number): number {
  return goal * (1 - nearShare);
}

/**
 * When the time factors next change for a conversation still waiting, or null when they never
 * will again (aging at its cap, the goal missed). The re-prioritisation job wakes then, and only then.
 */
export function nextTimeChange(settings: PrioritySettings, waiting: Waiting): Date | null {
  const start = waiting.since.getTime();
  const now = waiting.now.getTime();
  const candidates: number[] = [];
  const { aging, sla } = settings;
  if (aging.pointsPerStep > 0 && aging.max > 0) {
    // The step at which aging reaches its cap; after it nothing grows.
    const lastStep = Math.ceil(aging.max / aging.pointsPerStep);
    const nextStep = Math.floor((now - start) / (aging.stepMinutes * MINUTE)) + 1;
    if (nextStep <= lastStep) candidates.push(start + nextStep * aging.stepMinutes * MINUTE);
  }
  const goal = goalMinutes(settings, waiting.visibility);
  if (sla.nearPoints > 0 && sla.nearShare > 0) candidates.push(start + nearFrom(goal, sla.nearShare) * MINUTE);
  // Missing the goal changes the reason even where the points stay the same.
  if (sla.nearPoints > 0 || sla.breachedPoints > 0) candidates.push(start + goal * MINUTE);
  const next = candidates.filter((at) => at > now).sort((a, b) => a - b)[0];
  return next === undefined ? null : new Date(Math.ceil(next));
}
