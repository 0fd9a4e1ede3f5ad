// The written guidance that applies to this conversation (by its tags and what the customer wants), shown as plain text.
import { useId } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Conversation, ConversationPlaybooks, Playbook } from '../api/types.ts';
import './guidance.css';

const SCENARIO_LABEL: Record<NonNullable<Playbook['scenario']>, string> = {
  question: 'a question', complaint: 'a complaint', praise: 'praise', human: 'asks for a person', purchase: 'wants to buy',
};

function appliesBecause(playbook: Playbook): string {
  const reasons = [
    playbook.tag !== null ? `tagged “${playbook.tag}”` : null,
    playbook.scenario !== null ? SCENARIO_LABEL[playbook.scenario] : null,
  ].filter(Boolean);
  return `Applies: ${reasons.join(' and ')}`;
}

export function PlaybookPanel({ conversation }: { conversation: Conversation }) {
  const headingId = useId();
  const playbooks = useQuery({
    queryKey: queryKeys.conversationPlaybooks(conversation.id, conversation.tags, conversation.lastInboundAt),
    queryFn: ({ signal }) => api.get<ConversationPlaybooks>(`/api/v1/conversations/${encodeURIComponent(conversation.id)}/playbooks`, signal),
    // A new tag changes the key; the old guidance stays on screen until the new answer arrives, without flicker.
    placeholderData: keepPreviousData,
    select: (answer) => answer.items,
  });

  if (playbooks.error) return <p className="guidance-error" role="alert">The playbook could not be loaded: {playbooks.error.message}</p>;
  const items = playbooks.data ?? [];
  if (items.length === 0) return null;
  return (
    <section className="playbook-panel" aria-labelledby={headingId}>
      <details open>
        <summary><span id={headingId}>Playbook</span> <span className="muted">({items.length})</span></summary>
        <ul className="playbook-list">
          {items.map((playbook) => (
            <li key={playbook.id} className="playbook-item">
              <h3 dir="auto">{playbook.title}</h3>
              <p className="playbook-applies">{appliesBecause(playbook)}</p>
              {/* Text, never markup: whatever a playbook says, React writes it as characters. */}
              <p className="playbook-body" dir="auto">{playbook.body}</p>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
