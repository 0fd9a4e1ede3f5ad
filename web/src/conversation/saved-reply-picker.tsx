// Searches the workspace's saved replies and hands the chosen one to the composer.
import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { SavedReply } from '../api/types.ts';
import { useSavedReplies } from '../api/workspace-queries.ts';

export interface SavedReplyPickerHandle { open: () => void }

interface SavedReplyPickerProps { onPick: (reply: SavedReply) => void; onClose: () => void; ref?: Ref<SavedReplyPickerHandle> }

function matches(reply: SavedReply, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || reply.name.toLowerCase().includes(q) || reply.shortcut.toLowerCase().includes(q) || reply.body.toLowerCase().includes(q);
}

export function SavedReplyPicker({ onPick, onClose, ref }: SavedReplyPickerProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const replies = useSavedReplies();
  const id = useId();
  const listId = `${id}-list`;
  const found = (replies.data ?? []).filter((r) => matches(r, query)).slice(0, 50);

  useImperativeHandle(ref, () => ({ open: () => { setIsOpen(true); setQuery(''); setActive(0); } }), []);
  useEffect(() => {
    if (isOpen) input.current?.focus();
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    onClose();
  }
  function pick(reply: SavedReply | undefined) {
    if (!reply) return;
    setIsOpen(false);
    onPick(reply);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((a) => Math.min(found.length - 1, a + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    else if (event.key === 'Enter') { event.preventDefault(); pick(found[active]); }
    else if (event.key === 'Escape') { event.preventDefault(); close(); }
  }

  return (
    <div className="saved-reply-picker">
      <button type="button" className="button button-small" aria-expanded={isOpen} aria-controls={isOpen ? `${id}-popup` : undefined}
        onClick={() => (isOpen ? close() : (setIsOpen(true), setQuery(''), setActive(0)))}>
        Saved replies <kbd>/</kbd>
      </button>
      {isOpen && (
        <div id={`${id}-popup`} className="saved-reply-popup">
          <label htmlFor={`${id}-search`} className="visually-hidden">Search saved replies</label>
          <input
            ref={input} id={`${id}-search`} type="search" placeholder="Search saved replies" value={query} autoComplete="off"
            role="combobox" aria-expanded="true" aria-controls={listId} aria-autocomplete="list"
            aria-activedescendant={found[active] ? `${id}-option-${found[active].id}` : undefined}
            onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKeyDown} onBlur={(e) => {
              if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) setIsOpen(false);
            }}
          />
          <ul id={listId} role="listbox" aria-label="Saved replies">
            {found.map((reply, index) => (
              <li key={reply.id} id={`${id}-option-${reply.id}`} role="option" aria-selected={index === active}
                className={index === active ? 'is-active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => pick(reply)}>
                <strong>{reply.name}</strong> <span className="muted">/{reply.shortcut}{reply.language ? ` · ${reply.language}` : ''}</span>
                <span className="saved-reply-preview" dir="auto">{reply.body}</span>
              </li>
            ))}
            {found.length === 0 && <li className="muted" role="presentation">{replies.isPending ? 'Loading…' : 'No saved reply matches.'}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
