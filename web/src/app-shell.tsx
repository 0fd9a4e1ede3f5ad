// The signed-in workplace: header, inbox, open conversation and customer panel, and global shortcuts.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import './app-shell.css';
import { api } from './api/http-client.ts';
import { useStreamStatus } from './api/stream-context.tsx';
import { queryKeys } from './api/query-keys.ts';
import { useSession } from './auth/session-context.ts';
import { WorkspaceSwitcher } from './auth/workspace-switcher.tsx';
import { ContactPanel } from './contacts/contact-panel.tsx';
import { ConversationView } from './conversation/conversation-view.tsx';
import { useConversationContactId } from './conversation/use-conversation.ts';
import { InboxPane } from './inbox/inbox-pane.tsx';
import { NotificationBell } from './notifications/notification-bell.tsx';
import { ShortcutsDialog } from './keyboard/shortcuts-dialog.tsx';
import { PrioritySettingsDialog } from './settings/priority-settings-dialog.tsx';
import { ChannelsDialog } from './channels/channels-dialog.tsx';
import { ClosingWindowsButton } from './messaging-windows/closing-windows.tsx';
import { useChannels } from './api/workspace-queries.ts';
import { useShortcuts } from './keyboard/use-shortcuts.ts';
import { useOpenConversation } from './ui/use-hash-route.ts';

const STATUS_TEXT = { live: 'Live', connecting: 'Connecting…', offline: 'Reconnecting…' } as const;

export function AppShell() {
  const session = useSession();
  const client = useQueryClient();
  const [openId, open] = useOpenConversation();
  const [isContactShown, setIsContactShown] = useState(false);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [isPriorityOpen, setIsPriorityOpen] = useState(false);
  const [isChannelsOpen, setIsChannelsOpen] = useState(false);
  const failingChannels = (useChannels().data ?? []).filter((c) => c.health?.status === 'failing').length;
  const [isSwitching, setIsSwitching] = useState(false);
  const status = useStreamStatus();
  const contactId = useConversationContactId(openId);

  useShortcuts({ '?': () => setIsHelpOpen((isOpen) => !isOpen) });

  async function signOut() {
    await api.post('/api/v1/auth/logout', {}).catch(() => undefined);
    window.location.hash = '#/';
    client.clear();
    client.setQueryData(queryKeys.me, null);
  }

  const view = !openId ? 'inbox' : isContactShown ? 'contact' : 'conversation';
  return (
    <div className="app-shell" data-view={view}>
      <a className="skip-link" href="#inbox-list">Skip to the conversation list</a>
      <header className="app-header">
        <span className="brand">Parley</span>
        <WorkspaceSwitcher onSwitchingChange={setIsSwitching} />
        <span className={`stream-status stream-${status}`} role="status" title="Updates arrive live over the stream">{STATUS_TEXT[status]}</span>
        <span className="header-spacer" />
        <NotificationBell onOpenConversation={(id) => { setIsContactShown(false); open(id); }} />
        <ClosingWindowsButton onOpenConversation={(id) => { setIsContactShown(false); open(id); }} />
        <button type="button" className={`button button-small${failingChannels ? ' has-alert' : ''}`} aria-haspopup="dialog" onClick={() => setIsChannelsOpen(true)}>
          Channels{failingChannels > 0 && <span className="alert-count" aria-label={`${failingChannels} failing`}>{failingChannels}</span>}
        </button>
        {session.role === 'admin' && (
          <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setIsPriorityOpen(true)}>Priority settings</button>
        )}
        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setIsHelpOpen(true)}>Shortcuts <kbd>?</kbd></button>
        <span className="user-name">{session.user.name}</span>
        <button type="button" className="button button-small" onClick={() => void signOut()}>Sign out</button>
      </header>
      <main className="workspace" inert={isSwitching} aria-busy={isSwitching}>
        <InboxPane openId={openId} onOpen={(id) => { setIsContactShown(false); open(id); }} />
        {openId
          ? <ConversationView key={openId} id={openId} onBack={() => open(null)} isContactShown={isContactShown}
              onShowContact={() => setIsContactShown(!isContactShown)} />
          : <section className="conversation-pane conversation-empty"><p className="empty-state">Pick a conversation, or press <kbd>j</kbd> and <kbd>Enter</kbd>.</p></section>}
        {openId && contactId && (
          <ContactPanel contactId={contactId} openConversationId={openId} onOpen={(id) => { setIsContactShown(false); open(id); }}
            onClose={() => setIsContactShown(false)} />
        )}
      </main>
      <ShortcutsDialog isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
      {session.role === 'admin' && <PrioritySettingsDialog isOpen={isPriorityOpen} onClose={() => setIsPriorityOpen(false)} />}
      <ChannelsDialog isOpen={isChannelsOpen} onClose={() => setIsChannelsOpen(false)} />
    </div>
  );
}
