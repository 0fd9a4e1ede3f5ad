// The contact's shared notes: every agent on every channel reads and edits the same text.
import { useEffect, useId, useState } from 'react';
import { isApiError } from '../api/http-client.ts';

interface ContactNotesProps { notes: string; canEdit: boolean; onSave: (notes: string) => Promise<unknown> }

export function ContactNotes({ notes, canEdit, onSave }: ContactNotesProps) {
  const [draft, setDraft] = useState(notes);
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();
  useEffect(() => setDraft(notes), [notes]);

  async function save() {
    setStatus('Saving…');
    try {
      await onSave(draft);
      setStatus('Saved');
    } catch (error) {
      setStatus(isApiError(error) ? error.message : 'Could not save the notes.');
    }
  }

  return (
    <div className="contact-notes">
      <label htmlFor={`${id}-notes`}>Shared notes</label>
      <textarea id={`${id}-notes`} dir="auto" rows={4} value={draft} readOnly={!canEdit} onChange={(e) => { setDraft(e.target.value); setStatus(null); }} />
      {canEdit && (
        <div className="contact-notes-footer">
          <button type="button" className="button button-small" disabled={draft === notes} onClick={() => void save()}>Save notes</button>
          {status && <span role="status" className="muted">{status}</span>}
        </div>
      )}
    </div>
  );
}
