// The time left to write in a private thread where the network limits it (Messenger's 24 hours).
import { fullTime, shortDuration } from '../ui/time-format.ts';
import { useNow } from '../ui/use-now.ts';

const RULE_HINT = { standard: '', human_agent: ' (human agent tag, 7 days)', private_reply: ' (private reply to the comment, 7 days)' } as const;

export function MessagingWindowChip({ closesAt, rule }: { closesAt: string | null; rule?: keyof typeof RULE_HINT | undefined }) {
  const now = useNow();
  if (!closesAt) return <span className="window-chip window-closed">Customer must write first</span>;
  const left = Date.parse(closesAt) - now;
  if (left <= 0) return <span className="window-chip window-closed" title={`Closed ${fullTime(closesAt)}`}>Reply window closed</span>;
  return (
    <span className={`window-chip${left < 3 * 3_600_000 ? ' window-closing' : ''}`} title={`Until ${fullTime(closesAt)}${rule ? RULE_HINT[rule] : ''}`}>
      {shortDuration(left)} left to reply
    </span>
  );
}
