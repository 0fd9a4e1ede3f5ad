// What the customer did towards the brand besides writing: whether they follow it, and their recent likes and follows.
import type { ContactActivityItem, ContactActivityView } from '../api/types.ts';
import { networkName } from '../ui/network-badge.tsx';
import { fullTime, shortDuration } from '../ui/time-format.ts';

const WORDS: Record<ContactActivityItem['activity'], string> = {
  favorite: 'Liked your post',
  follow: 'Followed you',
  unfollow: 'Unfollowed you',
};

function ago(iso: string, now: number): string {
  const span = shortDuration(now - new Date(iso).getTime());
  return span === 'now' ? 'just now' : `${span} ago`;
}

export function ContactActivity({ activity, now = Date.now() }: { activity: ContactActivityView; now?: number }) {
  if (activity.follows.length === 0 && activity.recent.length === 0) return null;
  return (
    <section className="contact-activity" aria-labelledby="contact-activity-title">
      <h3 id="contact-activity-title">Activity</h3>
      {activity.follows.map((follow) => (
        <p key={follow.channelId} className="follows-since">
          Follows you{follow.network ? ` on ${networkName(follow.network)}` : ''} since <time dateTime={follow.since}>{fullTime(follow.since)}</time>
        </p>
      ))}
      <ul className="activity-list">
        {activity.recent.map((item) => (
          <li key={`${item.channelId}:${item.activity}:${item.at}:${item.subjectExternalId ?? ''}`}>
            <span>{WORDS[item.activity]}</span>
            <span className="muted"> · <time dateTime={item.at} title={fullTime(item.at)}>{ago(item.at, now)}</time></span>
          </li>
        ))}
      </ul>
    </section>
  );
}
