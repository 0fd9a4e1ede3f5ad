// One channel's health: its state in words, the problems to act on, and what the network said.
import type { ChannelHealthView, ChannelListing } from '../api/types.ts';
import { NetworkBadge } from '../ui/network-badge.tsx';
import { fullTime, messageTime } from '../ui/time-format.ts';
import { useNow } from '../ui/use-now.ts';

const STATUS_TEXT: Record<ChannelHealthView['status'], string> = {
  ok: 'Working', warning: 'Needs attention', failing: 'Failing', unknown: 'Not checked yet',
};
const TOKEN_TEXT = { valid: 'Valid', invalid: 'Refused by the network', unknown: 'Unknown' } as const;
const WEBHOOK_TEXT = { subscribed: 'Subscribed', missing: 'Not subscribed', not_used: 'Not used', unknown: 'Unknown' } as const;

function When({ iso, now }: { iso: string | null; now: number }) {
  if (!iso) return <>never</>;
  return <time dateTime={iso} title={fullTime(iso)}>{messageTime(iso, now)}</time>;
}

export interface ChannelHealthCardProps {
  channel: ChannelListing;
  isBusy: boolean;
  canCheck: boolean;
  canBackfill: boolean;
  onCheck(): void;
  onBackfill(): void;
}

export function ChannelHealthCard({ channel, isBusy, canCheck, canBackfill, onCheck, onBackfill }: ChannelHealthCardProps) {
  const now = useNow();
  const health = channel.health;
  const status = health?.status ?? 'unknown';
  const headingId = `channel-${channel.id}-name`;
  return (
    <article className={`channel-card channel-${status}`} aria-labelledby={headingId} data-channel-id={channel.id}>
      <header className="channel-card-header">
        <NetworkBadge network={channel.network} />
        <h3 id={headingId}>{channel.name}</h3>
        <span className={`health-pill health-${status}`}>{STATUS_TEXT[status]}</span>
      </header>
      {health && health.problems.length > 0 && (
        <ul className="channel-problems" aria-label={`Problems with ${channel.name}`}>
          {health.problems.map((p) => <li key={p.code} className={`problem-${p.severity}`}>{p.message}</li>)}
        </ul>
      )}
      <dl className="channel-facts">
        <dt>Last event</dt><dd><When iso={channel.lastEventAt} now={now} /></dd>
        {channel.checks.health && (
          <>
            <dt>Token</dt>
            <dd>
              {TOKEN_TEXT[health?.token.state ?? 'unknown']}
              {health?.token.expiresAt && <> · expires <When iso={health.token.expiresAt} now={now} /></>}
            </dd>
            <dt>Webhook</dt>
            <dd>{WEBHOOK_TEXT[health?.webhook.state ?? 'unknown']}{health?.webhook.detail ? ` · ${health.webhook.detail}` : ''}</dd>
          </>
        )}
        {health?.rateLimit.until && Date.parse(health.rateLimit.until) > now && (
          <><dt>Rate limit</dt><dd>Waiting until <When iso={health.rateLimit.until} now={now} /></dd></>
        )}
        {channel.checks.backfill && (
          <>
            <dt>Last backfill</dt>
            <dd>{health?.backfill.lastAt ? <><When iso={health.backfill.lastAt} now={now} />{health.backfill.detail ? ` · ${health.backfill.detail}` : ''}</> : 'none'}</dd>
          </>
        )}
        <dt>Checked</dt><dd><When iso={health?.checkedAt ?? null} now={now} /></dd>
      </dl>
      {(canCheck || canBackfill) && (
        <div className="channel-actions">
          {canCheck && <button type="button" className="button button-small" disabled={isBusy} onClick={onCheck}>Check now</button>}
          {canBackfill && channel.checks.backfill && (
            <button type="button" className="button button-small" disabled={isBusy} onClick={onBackfill}>Fetch the last 24 hours</button>
          )}
        </div>
      )}
    </article>
  );
}
