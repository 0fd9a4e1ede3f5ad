// What listening hits do to a conversation: tags, a team, a priority boost, and whether it belongs
// in the Listening view (found, not addressed to the brand) or the care queue.
import type { ListeningHit } from '../analysis/index.ts';
import type { Conversation, Visibility } from '../domain/types.ts';
import type { ConversationPatch } from '../store/repositories/conversations.ts';

export interface ListeningOutcome {
  patch: ConversationPatch;
  tags: string[];
  boost: { points: number; detail: string } | undefined;
}

export function applyListening(hits: ListeningHit[], conversation: Conversation & { isNew: boolean }, visibility: Visibility): ListeningOutcome {
  const patch: ConversationPatch = {};
  const isDirected = hits.some((h) => h.label === 'directed');
  if (conversation.isNew && visibility === 'public' && hits.length > 0 && !isDirected) {
    patch.listeningLabel = hits.some((h) => h.label === 'about-brand') ? 'about-brand' : 'industry';
  } else if (conversation.listeningLabel && (isDirected || visibility === 'private')) {
    // The customer turned to the brand: it is care work now.
    patch.listeningLabel = null;
  }
  const tags = [...new Set(hits.map((h) => h.rule.tag?.trim().toLowerCase()).filter((t): t is string => !!t))];
  if (tags.length) patch.tags = [...new Set([...conversation.tags, ...tags])];
  const team = hits.find((h) => h.rule.team)?.rule.team;
  if (team && !conversation.teamId) patch.teamId = team;
  const boosting = hits.filter((h) => (h.rule.priorityBoost ?? 0) > 0);
  const points = boosting.reduce((sum, h) => sum + (h.rule.priorityBoost ?? 0), 0);
  const boost = points > 0 ? { points: Math.min(50, points), detail: `matched listening rule${boosting.length > 1 ? 's' : ''}` } : undefined;
  return { patch, tags, boost };
}
