// Next up: hands the agent the most urgent open conversation nobody has, atomically.
import type { Conversation } from '../domain/types.ts';
import { claimNextConversation } from '../store/repositories/conversations.ts';
import { getMembership } from '../store/repositories/users.ts';
import type { CareDeps } from './care-deps.ts';
import { actorName } from './change-conversation.ts';

export async function claimNext(deps: CareDeps, input: { workspaceId: string; userId: string; teamId?: string | undefined }): Promise<Conversation | undefined> {
  const membership = await getMembership(deps.store.db, input.workspaceId, input.userId);
  // Skills that are language codes restrict the queue to conversations the agent can read.
  const languages = (membership?.skills ?? []).filter((s) => /^[a-z]{2}$/.test(s));
  const claimed = await claimNextConversation(deps.store.db, deps.store.dialect, input.workspaceId, input.userId, {
    teamId: input.teamId, languages, now: deps.now(),
    change: { byUserId: input.userId, byName: await actorName(deps.store.db, input.userId), what: 'took it from the queue' },
  });
  if (claimed) deps.bus.publish({ type: 'conversation.updated', workspaceId: input.workspaceId, data: claimed });
  return claimed;
}
