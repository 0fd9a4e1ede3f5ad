// The admins' Priority settings dialog: every weight, the aging steps and the response goals, with defaults at hand.
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/http-client.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { fromDraft, PRIORITY_FIELD_GROUPS, toDraft, type PriorityDraft } from './priority-fields.ts';
import { usePrioritySettings, useSavePrioritySettings, type PrioritySettingsAnswer } from './use-priority-settings.ts';
import './priority-settings.css';

export function PrioritySettingsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const query = usePrioritySettings(isOpen);
  return (
    <ModalDialog isOpen={isOpen} onClose={onClose} title="Priority settings" className="priority-settings-dialog">
      {query.data
        ? <PrioritySettingsForm answer={query.data} onDone={onClose} />
        : query.isError
          ? <p className="form-error" role="alert">The settings could not be loaded. Close and try again.</p>
          : <p className="muted" role="status">Loading…</p>}
    </ModalDialog>
  );
}

interface Issue { path: string; message: string }

/** The field's label where the form shows it, so the admin knows which box to fix. */
function fieldName(path: string): string {
  const field = PRIORITY_FIELD_GROUPS.flatMap((g) => g.fields).find((f) => f.path === path);
  return field ? `“${field.label}”` : path;
}

function problemText(error: unknown): string {
  if (!isApiError(error)) return 'Not saved: the server could not be reached. Try again.';
  const issues = (error.problem.issues as Issue[] | undefined) ?? [];
  return issues.length ? `Not saved: ${issues.map((i) => `${fieldName(i.path)}: ${i.message}`).join('; ')}.` : `Not saved: ${error.message}.`;
}

function PrioritySettingsForm({ answer, onDone }: { answer: PrioritySettingsAnswer; onDone: () => void }) {
  const [draft, setDraft] = useState<PriorityDraft>(() => toDraft(answer.settings));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useSavePrioritySettings();
  const id = useId();

  function edit(path: string, value: string) {
    setDraft((d) => ({ ...d, [path]: value }));
    setSaved(false);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = fromDraft(answer.settings, draft);
    if ('invalid' in result) {
      setError(`Enter a number for “${result.invalid.label}”.`);
      return;
    }
    setError(null);
    try {
      await save.mutateAsync(result.settings);
      setSaved(true);
    } catch (caught) {
      setError(problemText(caught));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <p className="field-hint">
        Each factor adds up to the points set here; the score is capped at 100. New scores use these weights at once;
        conversations already waiting take them when their score is next recomputed.
      </p>
      {PRIORITY_FIELD_GROUPS.map((group) => (
        <fieldset key={group.title} className="priority-settings-group">
          <legend>{group.title}</legend>
          <p className="field-hint">{group.hint}</p>
          <div className="priority-settings-fields">
            {group.fields.map((field) => {
              const inputId = `${id}-${field.path}`;
              return (
                <div key={field.path} className="priority-settings-field">
                  <label htmlFor={inputId}>{field.label}</label>
                  <input id={inputId} type="number" inputMode="decimal" min={field.min} max={field.max} step={field.step ?? 'any'}
                    value={draft[field.path] ?? ''} onChange={(e) => edit(field.path, e.target.value)} />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {error && <p className="form-error" role="alert">{error}</p>}
      {saved && <p role="status" className="priority-settings-saved">Saved. New scores use these weights.</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => { setDraft(toDraft(answer.defaults)); setSaved(false); }}>Use defaults</button>
        <button type="button" className="button" onClick={onDone}>Close</button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>{save.isPending ? 'Saving…' : 'Save'}</button>
      </div>
    </form>
  );
}
