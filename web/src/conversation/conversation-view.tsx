// One conversation: who and where, its actions, the thread, presence, and the composer.
import { useRef } from 'react';
import { useMembers } from '../api/workspace-queries.ts';
import { canAct, canLead, useSession } from '../auth/session-context.ts';
import { useShortcuts } from '../keyboard/use-shortcuts.ts';
import { ListeningChip } from '../ui/listening-chip.tsx';
import { NetworkBadge, networkName } from '../ui/network-badge.tsx';
import './conversation.css';
import { Composer, type ComposerHandle } from './composer.tsx';
import { ConversationActionsBar } from './conversation-actions.tsx';
import { PresenceBar } from './presence-bar.tsx';
import { usePresence } from './presence-store.ts';
import { PriorityExplanation } from './priority-explanation.tsx';
import { MessagingWindowChip } from './messaging-window.tsx';
import type { MessageTools } from './message-item.tsx';
import { Thread } from './thread.tsx';
import { PlaybookPanel } from './playbook-panel.tsx';
import { GoodwillPanel } from './goodwill-requests.tsx';
import { useAnnouncePresence } from './use-announce-presence.ts';
import { useConversationActions, useConversationDetail } from './use-conversation.ts';

const LANGUAGE_NAMES = new Intl.DisplayNames(undefined, { type: 'language' });

function languageName(code: string | null): string | null {
  if (!code || code === 'und') return null;
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

interface ConversationViewProps { id: string; onBack: () => void; onShowContact: () => void; isContactShown: boolean }

export function ConversationView({ id, onBack, onShowContact, isContactShown }: ConversationViewProps) {
  const session = useSession();
  const detail = useConversationDetail(id);
  const actions = useConversationActions(id, session.user.id);
  const members = useMembers();
  const others = usePresence(id, session.user.id);
  const { onTyping } = useAnnouncePresence(id);
  const composer = useRef<ComposerHandle>(null);
  const mayAct = canAct(session.role);

  const conversation = detail.data?.conversation;
  useShortcuts({
    r: () => composer.current?.focus('reply'),
    n: () => composer.current?.focus('note'),
    '/': () => composer.current?.openSavedReplies(),
    e: () => { if (conversation && conversation.status !== 'resolved') void actions.setStatus('resolved', conversation.version).catch(() => actions.refetch()); },
    a: () => { if (conversation && conversation.assigneeId !== session.user.id) void actions.assign(session.user.id, conversation.version).catch(() => actions.refetch()); },
  }, mayAct && Boolean(conversation));

  if (detail.isPending) return <section className="conversation-pane" aria-busy="true"><p className="empty-state">Loading the conversation…</p></section>;
  if (detail.error || !detail.data || !conversation) {
    return (
      <section className="conversation-pane">
        <button type="button" className="button button-small back-button" onClick={onBack}>← Inbox</button>
        <p className="form-error" role="alert">This conversation could not be loaded{detail.error ? `: ${detail.error.message}` : ''}.</p>
      </section>
    );
  }

  const data = detail.data;
  const contact = data.contact;
  const customerName = contact?.name ?? contact?.identities[0]?.handle ?? 'Unknown customer';
  const handle = contact?.identities.find((i) => i.network === data.channel?.network)?.handle ?? contact?.identities[0]?.handle;
  const language = languageName(conversation.language);
  const networkLabel = networkName(data.channel?.network);
  const tools: MessageTools = {
    onRetry: actions.retry, onModerate: actions.moderate, onReveal: actions.reveal, canAct: mayAct, canReveal: canLead(session.role), networkLabel,
  };

  return (
    <section className="conversation-pane" aria-labelledby="conversation-title">
      <header className="conversation-header">
        <button type="button" className="button button-small back-button" onClick={onBack}>← Inbox</button>
        <div className="conversation-who">
          <h2 id="conversation-title" dir="auto">
            {customerName}
            {contact?.isVip && <span className="vip-mark" title="VIP customer">VIP</span>}
          </h2>
          <p className="conversation-where">
            <NetworkBadge network={data.channel?.network} />
            <span>{networkLabel} · {data.channel?.name ?? 'unknown account'}</span>
            {handle && <span dir="auto">@{handle}</span>}
            <span className={`kind-chip kind-${conversation.kind}`}>{conversation.kind === 'public' ? 'Public thread' : 'Private thread'}</span>
            {conversation.listeningLabel && <ListeningChip label={conversation.listeningLabel} />}
            {language && <span title="The customer's language">{language}</span>}
            {conversation.sentiment && <span className={`sentiment sentiment-${conversation.sentiment}`}>{conversation.sentiment}</span>}
            {data.messagingWindow && <MessagingWindowChip closesAt={data.messagingWindow.closesAt} rule={data.messagingWindow.rule} />}
          </p>
        </div>
        <button type="button" className="button button-small contact-toggle" aria-expanded={isContactShown} onClick={onShowContact}>
          Customer
        </button>
      </header>
      <div className="conversation-summary">
        <PriorityExplanation score={data.priority.score} factors={data.priority.factors} />
        <ConversationActionsBar conversation={conversation} actions={actions} members={members.data} meId={session.user.id} canAct={mayAct}
          networkLabel={networkLabel} />
      </div>
      <PlaybookPanel conversation={conversation} />
      <GoodwillPanel conversation={conversation} role={session.role} meId={session.user.id} />
      <Thread messages={data.messages} customerName={customerName} isPublicThread={conversation.kind === 'public'} tools={tools} />
      <PresenceBar people={others} />
      {mayAct
        ? <Composer key={conversation.id} ref={composer} detail={data} actions={actions} me={{ id: session.user.id, name: session.user.name }}
            canOverridePii={canLead(session.role)}
            members={members.data} presentNames={others.map((p) => p.name)} onTyping={onTyping} />
        : <p className="muted composer-readonly">You can read this workspace; replying needs the agent role.</p>}
    </section>
  );
}
