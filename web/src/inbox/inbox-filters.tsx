// The inbox's filter bar: status and sort always in view, the rest behind "Filters".
import { useId, useState } from 'react';
import type { ConversationStatus } from '../api/types.ts';
import { useChannels, useTags, useTeams } from '../api/workspace-queries.ts';
import { networkName } from '../ui/network-badge.tsx';
import { DEFAULT_FILTER, isFiltered, type AssigneeFilter, type InboxFilter, type InboxSort, type SentimentFilter } from './inbox-filter.ts';

const STATUSES: { value: ConversationStatus | 'all'; label: string }[] = [
  { value: 'open', label: 'Open' }, { value: 'pending', label: 'Pending' }, { value: 'snoozed', label: 'Snoozed' },
  { value: 'resolved', label: 'Resolved' }, { value: 'all', label: 'All' },
];
const LANGUAGES: { value: string; label: string }[] = [
  { value: 'en', label: 'English' }, { value: 'ru', label: 'Russian' }, { value: 'tr', label: 'Turkish' },
  { value: 'sr', label: 'Serbian' }, { value: 'lv', label: 'Latvian' }, { value: 'de', label: 'German' },
  { value: 'es', label: 'Spanish' }, { value: 'fr', label: 'French' },
];

interface InboxFiltersProps { filter: InboxFilter; onChange: (filter: InboxFilter) => void }

export function InboxFilters({ filter, onChange }: InboxFiltersProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  const id = useId();
  const channels = useChannels();
  const tags = useTags();
  const teams = useTeams();
  const set = <K extends keyof InboxFilter>(key: K, value: InboxFilter[K]) => onChange({ ...filter, [key]: value });
  const panelId = `${id}-more`;

  return (
    <div className="inbox-filters">
      <div className="filter-row">
        <label className="compact-field">
          <span className="visually-hidden">Status</span>
          <select value={filter.status} onChange={(e) => set('status', e.target.value as InboxFilter['status'])}>
            {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </label>
        <label className="compact-field">
          <span className="visually-hidden">Sort by</span>
          <select value={filter.sort} onChange={(e) => set('sort', e.target.value as InboxSort)}>
            <option value="priority">Most urgent</option>
            <option value="newest">Newest</option>
            <option value="oldest">Oldest</option>
          </select>
        </label>
        <button type="button" className={`button button-small${isFiltered(filter) ? ' is-active' : ''}`} aria-expanded={isExpanded} aria-controls={panelId} onClick={() => setIsExpanded(!isExpanded)}>
          Filters{isFiltered(filter) ? ' •' : ''}
        </button>
      </div>
      {isExpanded && (
        <div id={panelId} className="filter-panel">
          <label>Network
            <select value={filter.network} onChange={(e) => set('network', e.target.value)}>
              <option value="">All networks</option>
              {[...new Set((channels.data ?? []).map((c) => c.network))].sort().map((network) => (
                <option key={network} value={network}>{networkName(network)}</option>
              ))}
            </select>
          </label>
          <label>Account
            <select value={filter.channelId} onChange={(e) => set('channelId', e.target.value)}>
              <option value="">All accounts</option>
              {(channels.data ?? []).map((c) => <option key={c.id} value={c.id}>{networkName(c.network)} · {c.name}</option>)}
            </select>
          </label>
          <label>Assigned to
            <select value={filter.assignee} onChange={(e) => set('assignee', e.target.value as AssigneeFilter)}>
              <option value="any">Anyone or nobody</option>
              <option value="me">Me</option>
              <option value="unassigned">Unassigned</option>
              <option value="anyone">Assigned to someone</option>
            </select>
          </label>
          <label>Team
            <select value={filter.teamId} onChange={(e) => set('teamId', e.target.value)}>
              <option value="">Any team</option>
              {(teams.data ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          </label>
          <label>Tag
            <select value={filter.tag} onChange={(e) => set('tag', e.target.value)}>
              <option value="">Any tag</option>
              {(tags.data ?? []).map((t) => <option key={t.id} value={t.name}>{t.name}</option>)}
            </select>
          </label>
          <label>Language
            <select value={filter.language} onChange={(e) => set('language', e.target.value)}>
              <option value="">Any language</option>
              {LANGUAGES.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
            </select>
          </label>
          <label>Sentiment
            <select value={filter.sentiment} onChange={(e) => set('sentiment', e.target.value as SentimentFilter)}>
              <option value="">Any sentiment</option>
              <option value="negative">Negative</option>
              <option value="neutral">Neutral</option>
              <option value="positive">Positive</option>
            </select>
          </label>
          <label>Priority
            <select value={filter.minPriority} onChange={(e) => set('minPriority', Number(e.target.value))}>
              <option value={0}>Any priority</option>
              <option value={25}>25 and above</option>
              <option value={50}>50 and above</option>
              <option value={75}>75 and above</option>
            </select>
          </label>
          <label className="check-field">
            <input type="checkbox" checked={filter.isVipOnly} onChange={(e) => set('isVipOnly', e.target.checked)} /> VIP customers only
          </label>
          <label className="check-field">
            <input type="checkbox" checked={filter.isNeedsReplyOnly} onChange={(e) => set('isNeedsReplyOnly', e.target.checked)} /> Needs reply
          </label>
          <button type="button" className="button button-small" onClick={() => onChange({ ...DEFAULT_FILTER, view: filter.view, status: filter.status, sort: filter.sort })}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}
