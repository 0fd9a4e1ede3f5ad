// The PII guard's refusal under the composer: what was found and where, and the ways forward.
import { useId, useState, type FormEvent } from 'react';
import type { PiiFinding } from '../api/types.ts';
import { flaggedSegments, piiTypeName, piiTypeNames } from './pii-findings.ts';
import './pii-refusal.css';

export interface PiiRefusalState { text: string; found: PiiFinding[] }

interface PiiRefusalProps {
  id: string;
  refusal: PiiRefusalState;
  /** switch: the thread already has a private part; move: the first private message starts one. */
  privateRoute: 'switch' | 'move';
  canOverride: boolean;
  isBusy: boolean;
  onSendPrivately: () => void;
  onSelectInDraft: (finding: PiiFinding) => void;
  onOverride: (reason: string) => void;
}

function listed(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'private data';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function PiiRefusal({ id, refusal, privateRoute, canOverride, isBusy, onSendPrivately, onSelectInDraft, onOverride }: PiiRefusalProps) {
  const [isOverriding, setIsOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const formId = useId();
  const names = piiTypeNames(refusal.found);
  const segments = flaggedSegments(refusal.text, refusal.found);
  const first = [...refusal.found].sort((a, b) => a.start - b.start)[0];

  function submitOverride(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length >= 3) onOverride(reason.trim());
  }

  return (
    <div id={id} className="pii-refusal" role="alert">
      <p className="pii-refusal-title">
        <strong>Not sent.</strong> Everyone can read a public reply, and this one contains {names.length === 1 ? 'a ' : ''}<strong>{listed(names)}</strong>.
      </p>
      <p className="pii-preview-label">Found in your reply:</p>
      <p className="pii-preview" dir="auto">
        {segments.map((s) => (s.type
          ? <mark key={s.start} className="pii-mark">{s.text}<span className="pii-type"> {piiTypeName(s.type)}</span></mark>
          : <span key={s.start}>{s.text}</span>))}
      </p>
      <div className="pii-refusal-actions">
        <button type="button" className="button button-small button-primary" disabled={isBusy} onClick={onSendPrivately}
          aria-describedby={`${formId}-privately`}>
          Send privately instead
        </button>
        {first && <button type="button" className="button button-small" onClick={() => onSelectInDraft(first)}>Select it in the reply</button>}
        {canOverride && !isOverriding && (
          <button type="button" className="button button-small" onClick={() => setIsOverriding(true)}>Send anyway with a reason…</button>
        )}
      </div>
      <p id={`${formId}-privately`} className="pii-refusal-hint">
        {privateRoute === 'move'
          ? 'Posts “We\'ve sent you a private message…” in public and sends your text as a private message in this conversation.'
          : 'Sends your text as a private message in this conversation.'}
      </p>
      {canOverride && isOverriding && (
        <form className="pii-override" onSubmit={submitOverride}>
          <label htmlFor={`${formId}-reason`}>Why must this be public? (recorded in the audit log)</label>
          <input id={`${formId}-reason`} value={reason} minLength={3} maxLength={500} required autoFocus onChange={(e) => setReason(e.target.value)} />
          <div className="pii-refusal-actions">
            <button type="submit" className="button button-small" disabled={isBusy || reason.trim().length < 3}>Send public reply anyway</button>
            <button type="button" className="button button-small" onClick={() => setIsOverriding(false)}>Cancel</button>
          </div>
        </form>
      )}
    </div>
  );
}
