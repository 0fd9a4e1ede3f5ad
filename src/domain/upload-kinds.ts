// What an agent may attach to a reply: a short list of everyday types, each checked by its first
// bytes, so that a page of HTML cannot travel as "photo.png" to a customer or back into the app.
import type { Attachment } from './types.ts';

/** The networks' own caps start at 8 MB (Messenger images); a support reply rarely needs more. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REPLY = 4;

interface UploadKind { type: Attachment['type']; magic: ((bytes: Buffer) => boolean) | null }

const startsWith = (...signature: number[]) => (bytes: Buffer) => signature.every((byte, i) => bytes[i] === byte);

const KINDS: Record<string, UploadKind> = {
  'image/jpeg': { type: 'image', magic: startsWith(0xff, 0xd8, 0xff) },
  'image/png': { type: 'image', magic: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  'image/gif': { type: 'image', magic: (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a' },
  'image/webp': { type: 'image', magic: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  'application/pdf': { type: 'file', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  'video/mp4': { type: 'video', magic: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
  'audio/mpeg': { type: 'audio', magic: (b) => b.subarray(0, 3).toString('latin1') === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) },
  // Plain text has no signature; it is served as an attachment with nosniff, so it cannot become a page.
  'text/plain': { type: 'file', magic: null },
};

export const ALLOWED_UPLOAD_TYPES = Object.keys(KINDS);

export type UploadCheck = { ok: true; mimeType: string; type: Attachment['type'] } | { ok: false; reason: string };

/** Whether these bytes may be attached as the declared type; the reason when not. */
export function checkUpload(declaredType: string, bytes: Buffer): UploadCheck {
  const mimeType = declaredType.split(';')[0]!.trim().toLowerCase();
  const kind = KINDS[mimeType];
  if (!kind) return { ok: false, reason: `${mimeType || 'this type'} cannot be attached; allowed: ${ALLOWED_UPLOAD_TYPES.join(', ')}` };
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (kind.magic && !kind.magic(bytes)) return { ok: false, reason: `the file does not look like ${mimeType}` };
  if (mimeType === 'text/plain' && bytes.includes(0)) return { ok: false, reason: 'the file does not look like text/plain' };
  return { ok: true, mimeType, type: kind.type };
}

/** A file name fit to show and to put in a header: no paths, controls or direction tricks. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069"]/g, '').trim().slice(0, 120);
  return cleaned || 'attachment';
}
