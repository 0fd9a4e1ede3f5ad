// Which networks a reply may carry files to, mirroring each adapter's `limits.maxAttachments` on
// the server; the server refuses the rest anyway, this only keeps the agent from trying.
import type { Network } from '../../../src/domain/types.ts';
import { ALLOWED_UPLOAD_TYPES, MAX_ATTACHMENTS_PER_REPLY, MAX_UPLOAD_BYTES } from '../../../src/domain/upload-kinds.ts';

const CARRIES_FILES: Partial<Record<Network, number>> = { api: MAX_ATTACHMENTS_PER_REPLY };

/** How many files a reply on this network may carry: 0 where Parley does not send files there. */
export function maxAttachmentsFor(network: Network | undefined): number {
  return (network && CARRIES_FILES[network]) || 0;
}

export const ACCEPTED_FILE_TYPES = ALLOWED_UPLOAD_TYPES.join(',');

/** Why a picked file will not be uploaded, checked before its bytes leave the browser; null when fine. */
export function fileProblem(file: { name: string; size: number; type: string }): string | null {
  if (!ALLOWED_UPLOAD_TYPES.includes(file.type)) return `${file.name}: this type of file cannot be attached`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`;
  if (file.size === 0) return `${file.name} is empty`;
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
