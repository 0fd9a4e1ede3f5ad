// Files on a reply: picked, checked, uploaded at once, shown as removable chips until sent.
import { useId, type ChangeEvent } from 'react';
import { api, isApiError } from '../api/http-client.ts';
import { ACCEPTED_FILE_TYPES, fileProblem, formatSize } from './attachment-rules.ts';

export interface PendingFile {
  key: string;
  name: string;
  size: number;
  state: 'uploading' | 'ready' | 'failed';
  uploadId?: string;
  error?: string;
}

interface Uploaded { id: string }

interface ComposerAttachmentsProps {
  files: PendingFile[];
  max: number;
  onChange: (update: (files: PendingFile[]) => PendingFile[]) => void;
}

let nextKey = 0;

export function ComposerAttachments({ files, max, onChange }: ComposerAttachmentsProps) {
  const id = useId();
  const room = max - files.filter((f) => f.state !== 'failed').length;

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    // The same file may be picked again after removing it.
    event.target.value = '';
    picked.forEach((file, index) => {
      const key = `f${nextKey++}`;
      const problem = index >= room ? `${file.name}: a reply takes at most ${max} files` : fileProblem(file);
      onChange((list) => [...list, { key, name: file.name, size: file.size, state: problem ? 'failed' : 'uploading', ...(problem ? { error: problem } : {}) }]);
      if (problem) return;
      api.upload<Uploaded>(`/api/v1/uploads?name=${encodeURIComponent(file.name)}`, file).then(
        (uploaded) => onChange((list) => list.map((f) => (f.key === key ? { ...f, state: 'ready', uploadId: uploaded.id } : f))),
        (failure: unknown) => onChange((list) => list.map((f) => (f.key === key
          ? { ...f, state: 'failed', error: `${file.name}: ${isApiError(failure) ? failure.message : 'the upload failed'}` } : f))),
      );
    });
  }

  return (
    <div className="composer-attachments">
      <label className={`button button-small attach-button${room <= 0 ? ' is-disabled' : ''}`} htmlFor={`${id}-file`}>
        Attach files
      </label>
      <input id={`${id}-file`} className="visually-hidden" type="file" multiple accept={ACCEPTED_FILE_TYPES} disabled={room <= 0} onChange={pick} />
      {files.length > 0 && (
        <ul className="attachment-chips" aria-label="Files to send">
          {files.map((file) => (
            <li key={file.key} className={`attachment-chip is-${file.state}`}>
              <span className="attachment-chip-name" dir="auto">{file.name}</span>
              <span className="attachment-chip-size">{file.state === 'uploading' ? 'uploading…' : file.state === 'failed' ? 'not attached' : formatSize(file.size)}</span>
              <button type="button" className="attachment-chip-remove" aria-label={`Remove ${file.name}`}
                onClick={() => onChange((list) => list.filter((f) => f.key !== file.key))}>×</button>
              {file.error && <span className="form-error" role="alert">{file.error}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
