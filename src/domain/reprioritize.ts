// Recomputes a waiting conversation's priority from what it waits on, its customer and the clock.
import type { Conversation, MessageAnalysis, Priority, PriorityFactor, Visibility } from './types.ts';
import type { PrioritySettings } from './priority-settings.ts';
import type { CustomerValue } from './customer-value.ts';
import { computePriority } from './priority.ts';
import { nextTimeChange } from './priority-time.ts';

export interface AwaitedMessage extends Pick<MessageAnalysis, 'urgency' | 'sentiment' | 'sentimentScore' | 'intents'> {
  visibility: Visibility;
}

export interface Reprioritization {
  priority: Priority;
  /** When the score next changes by itself; null when it no longer will. */
  nextAt: Date | null;
}

/**
 * Whether the customer waits for the team. Listening finds (not addressed to the brand) wait in
 * their own view, not the care queue, so they do not age; a snoozed conversation still ages,
 * because its customer still waits, and it wakes with the score its wait has earned.
 */
export function isWaiting(c: Pick<Conversation, 'needsReply' | 'status' | 'waitingSince' | 'listeningLabel'>): c is typeof c & { waitingSince: string } {
  return c.needsReply && c.status !== 'resolved' && c.waitingSince !== null && !c.listeningLabel;
}

/** Listening and follower points come from the message's arrival (rules, the network's count) and are kept as they were. */
function carriedFactors(stored: PriorityFactor[], settings: PrioritySettings): PriorityFactor[] {
  return stored.filter((f) => f.factor === 'listening' || (f.factor === 'followers' && settings.followers.max > 0));
}

/**
 * The same score ingest gives: the highest of the awaited messages' scores, with today's customer
 * value, weights and waiting time. With no awaited message at hand (an older conversation), the
 * stored message factors are kept and only the time and customer factors are recomputed.
 */
export function reprioritize(input: {
  conversation: Conversation; messages: AwaitedMessage[]; customer: CustomerValue; settings: PrioritySettings; now: Date;
}): Reprioritization | null {
  const { conversation, settings, now, customer } = input;
  if (!isWaiting(conversation)) return null;
  const visibility = input.messages[0]?.visibility ?? conversation.kind;
  const waiting = { since: new Date(conversation.waitingSince), now };
  const common = {
    isVip: customer.isVip, customer, settings, waiting,
    carried: carriedFactors(conversation.priorityFactors, settings),
  };
  const candidates = input.messages.length
    ? input.messages.map((m) => computePriority({ ...common, analysis: m, visibility: m.visibility }))
    : [computePriority({ ...common, analysis: { urgency: 0, sentiment: null, sentimentScore: null, intents: [] }, visibility,
      carried: [...common.carried, ...conversation.priorityFactors.filter((f) => MESSAGE_FACTORS.has(f.factor))] })];
  const priority = candidates.reduce((best, p) => (p.score > best.score ? p : best));
  return { priority, nextAt: nextTimeChange(settings, { ...waiting, visibility }) };
}

const MESSAGE_FACTORS = new Set(['urgency', 'sentiment', 'intent', 'visibility']);
