// Each workspace's listening rules compiled once into a matcher, rebuilt when its rules change.
import type { Db } from '../store/database.ts';
import { createListeningMatcher, type ListeningMatcher } from '../analysis/index.ts';
import { getBrand, listListeningRules } from '../store/repositories/listening.ts';

export interface ListeningCache {
  /** The workspace's matcher, or null when it has no rules and no brand names. */
  get(db: Db, workspaceId: string): Promise<ListeningMatcher | null>;
  invalidate(workspaceId: string): void;
}

export function createListeningCache(): ListeningCache {
  const matchers = new Map<string, Promise<ListeningMatcher | null>>();
  return {
    get(db, workspaceId) {
      let matcher = matchers.get(workspaceId);
      if (!matcher) {
        matcher = (async () => {
          const [rules, brand] = await Promise.all([listListeningRules(db, workspaceId), getBrand(db, workspaceId)]);
          if (rules.length === 0) return null;
          return createListeningMatcher({
            brand,
            rules: rules.map((r) => ({ id: r.id, query: r.query, tag: r.tag ?? undefined, team: r.teamId ?? undefined, priorityBoost: r.priorityBoost || undefined })),
          });
        })();
        matchers.set(workspaceId, matcher);
        // A failed build is not cached: the next message tries again.
        matcher.catch(() => matchers.delete(workspaceId));
      }
      return matcher;
    },
    invalidate(workspaceId) {
      matchers.delete(workspaceId);
    },
  };
}
