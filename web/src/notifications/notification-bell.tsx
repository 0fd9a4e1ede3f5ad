// The bell in the header: how many notifications are unread, and a list that opens each one's conversation.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import type { Notification } from '../api/types.ts';
import { messageTime } from '../ui/time-format.ts';
import './notifications.css';
import { useMarkNotificationRead, useUnreadNotifications } from './use-notifications.ts';

const KIND_LABEL: Record<Notification['kind'], string> = { mention: 'Mentioned you', escalation: 'Escalation', goodwill: 'Goodwill', channel: 'Channel health' };

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NotificationBell({ onOpenConversation }: { onOpenConversation: (id: string) => void }) {
  const unread = useUnreadNotifications();
  const markRead = useMarkNotificationRead();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const items = unread.data ?? [];
  const count = items.length;

  useEffect(() => {
    if (!isOpen) return;
    wrapper.current?.querySelector<HTMLElement>('.notification-item')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    button.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(wrapper.current?.querySelectorAll<HTMLElement>('.notification-item') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  async function open(notification: Notification) {
    setError(null);
    setIsOpen(false);
    if (notification.conversationId) onOpenConversation(notification.conversationId);
    try {
      await markRead(notification);
    } catch (caught) {
      setError(isApiError(caught) ? `Could not mark it read: ${caught.message}` : 'Could not mark it read.');
      setIsOpen(true);
    }
  }

  const panelId = `${id}-panel`;
  return (
    <div ref={wrapper} className="notification-bell" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className={`button button-small bell-button${count ? ' has-unread' : ''}`}
        aria-expanded={isOpen} aria-controls={isOpen ? panelId : undefined}
        aria-label={count ? `Notifications, ${count} unread` : 'Notifications'} onClick={() => (isOpen ? close() : setIsOpen(true))}>
        <BellIcon />
        {count > 0 && <span className="bell-count" aria-hidden="true">{count > 99 ? '99+' : count}</span>}
      </button>
      <span className="visually-hidden" role="status">{count ? `${count} unread notification${count === 1 ? '' : 's'}` : ''}</span>
      {isOpen && (
        <div id={panelId} className="notification-panel" role="region" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>Notifications</h2>
          {error && <p className="form-error" role="alert">{error}</p>}
          {unread.error && <p className="form-error" role="alert">Notifications could not be loaded: {unread.error.message}</p>}
          {count === 0 && !unread.error && <p className="muted">{unread.isPending ? 'Loading…' : "You're all caught up."}</p>}
          <ul className="notification-list">
            {items.map((n) => (
              <li key={n.id}>
                <button type="button" className="notification-item" onClick={() => void open(n)}>
                  <span className="notification-kind">{KIND_LABEL[n.kind]}</span>
                  <span className="notification-text" dir="auto">{n.text}</span>
                  <time dateTime={n.createdAt} className="muted">{messageTime(n.createdAt)}</time>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
