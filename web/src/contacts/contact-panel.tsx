// The customer beside the conversation: identities on every network, shared notes, attributes, history.
import { canAct, useSession } from '../auth/session-context.ts';
import { NetworkBadge, networkName } from '../ui/network-badge.tsx';
import { fullTime } from '../ui/time-format.ts';
import './contact-panel.css';
import { ContactNotes } from './contact-notes.tsx';
import { ContactActivity } from './contact-activity.tsx';
import { useContact, useUpdateContact } from './use-contact.ts';

interface ContactPanelProps { contactId: string; openConversationId: string; onOpen: (id: string) => void; onClose: () => void }

function attributeText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function ContactPanel({ contactId, openConversationId, onOpen, onClose }: ContactPanelProps) {
  const session = useSession();
  const contact = useContact(contactId);
  const update = useUpdateContact(contactId);

  return (
    <aside className="contact-panel" aria-labelledby="contact-title">
      <header className="pane-header">
        <h2 id="contact-title">Customer</h2>
        <button type="button" className="button button-small contact-close" onClick={onClose}>Close</button>
      </header>
      {contact.isPending && <p className="empty-state">Loading the customer…</p>}
      {contact.error && <p className="form-error" role="alert">The customer could not be loaded: {contact.error.message}</p>}
      {contact.data && (
        <div className="contact-body">
          <p className="contact-name" dir="auto">
            {contact.data.name ?? 'Unnamed customer'}
            {contact.data.isVip && <span className="vip-mark">VIP</span>}
          </p>
          <p className="muted">Customer since {fullTime(contact.data.createdAt)}</p>

          <h3>Identities</h3>
          <ul className="identity-list">
            {contact.data.identities.map((identity) => (
              <li key={identity.id}>
                <NetworkBadge network={identity.network} />
                <span dir="auto">{identity.displayName ?? identity.handle ?? identity.externalId}</span>
                {identity.handle && <span className="muted" dir="auto">@{identity.handle}</span>}
                <span className="visually-hidden">on {networkName(identity.network)}</span>
              </li>
            ))}
          </ul>

          {contact.data.activity && <ContactActivity activity={contact.data.activity} />}

          <ContactNotes notes={contact.data.notes} canEdit={canAct(session.role)} onSave={(notes) => update({ notes })} />

          <h3>Attributes</h3>
          {Object.keys(contact.data.attributes).length === 0
            ? <p className="muted">No attributes yet.</p>
            : (
              <dl className="attribute-list">
                {Object.entries(contact.data.attributes).map(([key, value]) => (
                  <div key={key}><dt>{key}</dt><dd dir="auto">{attributeText(value)}</dd></div>
                ))}
              </dl>
            )}

          <h3>Conversations</h3>
          <ul className="past-conversations">
            {contact.data.conversations.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" aria-current={c.id === openConversationId ? 'true' : undefined} onClick={() => onOpen(c.id)}>
                  <span className={`status-chip status-${c.status}`}>{c.status}</span>
                  <span className="past-snippet" dir="auto">{c.snippet || '(no text)'}</span>
                  <time dateTime={c.lastMessageAt} className="muted">{fullTime(c.lastMessageAt)}</time>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
