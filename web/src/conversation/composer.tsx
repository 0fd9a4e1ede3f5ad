// Where the agent writes: a reply (public or private) or an internal note, held while a colleague's change is unseen
// and stopped, with a way forward, when a public reply carries private data.
import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { ConversationChange, ConversationDetail, Member, PiiFinding, SavedReply } from '../api/types.ts';
import { isApiError } from '../api/http-client.ts';
import { useChannels } from '../api/workspace-queries.ts';
import { DEFAULT_CHANNEL_SETTINGS } from '../../../src/domain/types.ts';
import { appendSignature } from '../../../src/domain/signature.ts';
import { useStream } from '../api/stream-context.tsx';
import type { ConversationActions } from './use-conversation.ts';
import { lengthRuleFor, measure, NOTE_RULE } from './text-length.ts';
import { fillSavedReply } from './fill-saved-reply.ts';
import { describeChanges } from './describe-changes.ts';
import { CollisionBanner, type SendHold } from './collision-banner.tsx';
import { SavedReplyPicker, type SavedReplyPickerHandle } from './saved-reply-picker.tsx';
import { findingsOf } from './pii-findings.ts';
import { PiiRefusal, type PiiRefusalState } from './pii-refusal.tsx';
import { ComposerAttachments, type PendingFile } from './composer-attachments.tsx';
import { maxAttachmentsFor } from './attachment-rules.ts';

export type ComposerMode = 'reply' | 'note';
export interface ComposerHandle { focus: (mode: ComposerMode) => void; openSavedReplies: () => void }

interface Draft { text: string; mode: ComposerMode; visibility: 'public' | 'private' }
/** Drafts survive switching conversations, so an agent can look something up and come back. */
const drafts = new Map<string, Draft>();

interface ComposerProps {
  detail: ConversationDetail;
  actions: ConversationActions;
  me: { id: string; name: string };
  /** Leads and admins may post what the PII guard stopped, with a reason. */
  canOverridePii: boolean;
  members: Member[] | undefined;
  presentNames: string[];
  onTyping: () => void;
  ref?: Ref<ComposerHandle>;
}

export function Composer({ detail, actions, me, canOverridePii, members, presentNames, onTyping, ref }: ComposerProps) {
  const conversation = detail.conversation;
  const canBePublic = conversation.kind === 'public';
  const saved = drafts.get(conversation.id);
  const [text, setText] = useState(saved?.text ?? '');
  const [mode, setMode] = useState<ComposerMode>(saved?.mode ?? 'reply');
  const [visibility, setVisibility] = useState<'public' | 'private'>(saved?.visibility ?? conversation.kind);
  const [hold, setHold] = useState<SendHold | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<PiiRefusalState | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [files, setFiles] = useState<PendingFile[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<SavedReplyPickerHandle>(null);
  const stream = useStream();
  const id = useId();
  const isComposingReply = useRef(false);
  useEffect(() => {
    isComposingReply.current = mode === 'reply' && text.trim().length > 0;
  }, [mode, text]);

  useEffect(() => {
    drafts.set(conversation.id, { text, mode, visibility });
  }, [conversation.id, text, mode, visibility]);

  // Someone else answering the customer while this agent writes is the collision to stop.
  useEffect(() => stream?.subscribe((event) => {
    if (event.type !== 'message.created') return;
    const message = event.data;
    if (message.conversationId !== conversation.id || message.direction !== 'out' || message.authorId === me.id) return;
    if (isComposingReply.current) setHold({ kind: 'replied', by: message.authorName ?? 'Another agent' });
  }), [stream, conversation.id, me.id]);

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      setMode(next);
      textarea.current?.focus();
    },
    openSavedReplies: () => picker.current?.open(),
  }), []);

  const channel = useChannels().data?.find((c) => c.id === conversation.channelId);
  const sendAs = canBePublic ? visibility : 'private';
  const signatureStyle = mode === 'reply' && channel ? { ...DEFAULT_CHANNEL_SETTINGS, ...channel.settings }.signature[sendAs] : 'none';
  // The server appends the signature and the network counts it, so the count includes it. The
  // preview uses the agent's name; initials or a signature set in their profile replace it on send.
  const signed = appendSignature(text.trim(), signatureStyle, { name: me.name, initials: null, signature: null });
  const signatureText = signatureStyle === 'none' ? '' : signed.slice(text.trim().length).trim();
  const rule = mode === 'note' ? NOTE_RULE : lengthRuleFor(detail.channel?.network, sendAs);
  const size = measure(rule, mode === 'note' || text.trim() === '' ? text : signed);
  const maxFiles = mode === 'reply' ? maxAttachmentsFor(detail.channel?.network) : 0;
  const attachmentIds = maxFiles > 0 ? files.flatMap((f) => (f.state === 'ready' && f.uploadId ? [f.uploadId] : [])) : [];
  const isUploading = maxFiles > 0 && files.some((f) => f.state === 'uploading');
  // A reply may be files alone; a note is always text.
  const isEmpty = text.trim().length === 0 && attachmentIds.length === 0;
  const isHeld = mode === 'reply' && hold !== null;
  // A public thread whose customer already writes privately continues there; otherwise one is started.
  const hasPrivatePart = detail.messages.some((m) => m.visibility === 'private' && (m.direction === 'in' || m.direction === 'out'));

  /** Sends with `write`; what the server refuses becomes the banner, the PII refusal or an error. */
  async function submit(write: () => Promise<unknown>): Promise<boolean> {
    if (isSending) return false;
    setIsSending(true);
    setError(null);
    const shown = detail;
    try {
      await write();
      setText('');
      setFiles([]);
      setRefusal(null);
      drafts.delete(conversation.id);
      return true;
    } catch (caught) {
      if (isApiError(caught, 'pii_in_public_reply')) {
        setRefusal({ text, found: findingsOf(caught.problem.found) });
      } else if (isApiError(caught, 'window_closed')) {
        setError(`Not sent: ${caught.message}.`);
      } else if (isApiError(caught, 'stale_version')) {
        const now = await actions.refetch().catch(() => shown);
        const lastChange = (caught.problem.lastChange as ConversationChange | null | undefined) ?? now.conversation.lastChange;
        const summary = describeChanges(shown, now, me.id, members, presentNames, lastChange);
        setHold({ kind: 'stale', by: summary.by, changes: summary.changes });
      } else {
        setError(isApiError(caught) ? caught.message : 'Could not send. Your text is kept; try again.');
      }
      return false;
    } finally {
      setIsSending(false);
    }
  }

  function send() {
    if (isEmpty || size.isOver || isHeld || isUploading) return;
    void submit(() => (mode === 'note' ? actions.note(text) : actions.reply(text, sendAs, detail.conversation.version, undefined, attachmentIds)));
  }

  async function sendPrivately() {
    if (!hasPrivatePart && attachmentIds.length > 0) {
      // Moving to private posts text only; the files wait here until the private thread is open.
      setError('Files cannot go with the move to a private thread. Send the text first, then the files privately.');
      return;
    }
    const isSent = await submit(() => (hasPrivatePart
      ? actions.reply(text, 'private', detail.conversation.version, undefined, attachmentIds)
      : actions.moveToPrivate({ privateText: text, baseVersion: detail.conversation.version })));
    // The customer now reads this conversation privately; the next reply goes there too.
    if (isSent) setVisibility('private');
  }

  function selectInDraft(finding: PiiFinding) {
    const offset = text.length - text.trimStart().length;
    textarea.current?.focus();
    textarea.current?.setSelectionRange(finding.start + offset, Math.min(text.length, finding.end + offset));
  }

  function insertSavedReply(reply: SavedReply) {
    const body = fillSavedReply(reply.body, { contactName: detail.contact?.name ?? null, agentName: me.name });
    const element = textarea.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + body + text.slice(end);
    setText(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + body.length, start + body.length);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    } else if (event.key === '/' && text.length === 0) {
      event.preventDefault();
      picker.current?.open();
    }
  }

  const countId = `${id}-count`;
  const bannerId = `${id}-hold`;
  const refusalId = `${id}-refusal`;
  const isRefused = mode === 'reply' && sendAs === 'public' && refusal !== null;
  return (
    <section className={`composer composer-${mode}${mode === 'reply' ? ` composer-${visibility}` : ''}`} aria-label="Write a reply or note">
      {isHeld && hold && <CollisionBanner id={bannerId} hold={hold} onAcknowledge={() => { setHold(null); textarea.current?.focus(); }} />}
      <div className="composer-tabs">
        <div className="composer-modes" role="radiogroup" aria-label="What to write">
          <label className={mode === 'reply' ? 'is-selected' : ''}>
            <input type="radio" name={`${id}-mode`} checked={mode === 'reply'} onChange={() => setMode('reply')} /> Reply
          </label>
          <label className={mode === 'note' ? 'is-selected' : ''}>
            <input type="radio" name={`${id}-mode`} checked={mode === 'note'} onChange={() => setMode('note')} /> Internal note
          </label>
        </div>
        {mode === 'reply' && (
          <label className="visibility-switch">
            <span>Send as</span>
            <select value={sendAs} disabled={!canBePublic} onChange={(e) => setVisibility(e.target.value as 'public' | 'private')}>
              {canBePublic && <option value="public">Public reply</option>}
              <option value="private">Private message</option>
            </select>
          </label>
        )}
      </div>
      <label htmlFor={`${id}-text`} className="visually-hidden">{mode === 'note' ? 'Internal note' : 'Reply to the customer'}</label>
      <textarea
        ref={textarea}
        id={`${id}-text`}
        dir="auto"
        rows={3}
        value={text}
        placeholder={mode === 'note' ? 'Only your team sees notes…' : visibility === 'public' && canBePublic ? 'Everyone can see a public reply…' : 'Private message to the customer…'}
        aria-describedby={`${countId}${isHeld ? ` ${bannerId}` : ''}${isRefused ? ` ${refusalId}` : ''}`}
        onChange={(e) => { setText(e.target.value); setRefusal(null); if (mode === 'reply') onTyping(); }}
        onKeyDown={onKeyDown}
      />
      {signatureText && <p className="signature-preview">Signed as <q dir="auto">{signatureText}</q></p>}
      {mode === 'reply' && conversation.listeningLabel && <p className="composer-hint">Listening found this conversation: replying moves it to the care queue.</p>}
      {maxFiles > 0 && <ComposerAttachments files={files} max={maxFiles} onChange={setFiles} />}
      <div className="composer-footer">
        <SavedReplyPicker ref={picker} onPick={insertSavedReply} onClose={() => textarea.current?.focus()} />
        <span id={countId} className={`char-count${size.isOver ? ' is-over' : ''}`}>
          {size.length.toLocaleString()} / {size.max.toLocaleString()}<span className="visually-hidden"> characters</span>
        </span>
        <button type="button" className="button button-primary" onClick={send} disabled={isEmpty || size.isOver || isHeld || isSending || isUploading}>
          {isSending ? 'Sending…' : mode === 'note' ? 'Add note' : visibility === 'public' && canBePublic ? 'Send public reply' : 'Send private reply'}
        </button>
      </div>
      {isRefused && refusal && (
        <PiiRefusal id={refusalId} refusal={refusal} privateRoute={hasPrivatePart ? 'switch' : 'move'} canOverride={canOverridePii} isBusy={isSending}
          onSendPrivately={() => void sendPrivately()} onSelectInDraft={selectInDraft}
          onOverride={(reason) => void submit(() => actions.reply(text, 'public', detail.conversation.version, reason, attachmentIds))} />
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
