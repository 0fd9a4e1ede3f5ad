// Shapes what a customer did towards the brand for the contact API: whether they follow it, and their recent likes and follows.
import type { Db } from '../../store/database.ts';
import { listContactActivity, type ContactActivity } from '../../store/repositories/contacts.ts';

export interface FollowState { channelId: string; network: string | null; since: string }

export interface ContactActivityView {
  /** Per brand account: the contact follows it since this time (their latest follow, not undone since). */
  follows: FollowState[];
  /** The newest acts, newest first. */
  recent: ContactActivity[];
}

export async function presentContactActivity(db: Db, workspaceId: string, contactId: string): Promise<ContactActivityView> {
  const [recent, followChanges] = await Promise.all([
    listContactActivity(db, workspaceId, contactId, 20),
    listContactActivity(db, workspaceId, contactId, 50, ['follow', 'unfollow']),
  ]);
  const latestPerChannel = new Map<string, ContactActivity>();
  for (const change of followChanges) if (!latestPerChannel.has(change.channelId)) latestPerChannel.set(change.channelId, change);
  const follows = [...latestPerChannel.values()].filter((c) => c.activity === 'follow')
    .map((c) => ({ channelId: c.channelId, network: c.network, since: c.at }));
  return { follows, recent };
}
