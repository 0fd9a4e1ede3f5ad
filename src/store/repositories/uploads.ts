// Uploaded files: stored whole, described without their bytes, attached to one reply at most.
import { createHash } from 'node:crypto';
import type { Db } from '../database.ts';
import type { Attachment } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';

export interface Upload {
  id: string;
  workspaceId: string;
  uploadedBy: string | null;
  name: string;
  mimeType: string;
  type: Attachment['type'];
  size: number;
  sha256: string;
  messageId: string | null;
  createdAt: string;
}

const META = ['id', 'workspace_id', 'uploaded_by', 'name', 'mime_type', 'type', 'size', 'sha256', 'message_id', 'created_at'] as const;

interface MetaRow {
  id: string; workspace_id: string; uploaded_by: string | null; name: string; mime_type: string; type: string; size: number;
  sha256: string; message_id: string | null; created_at: string;
}

function toUpload(r: MetaRow): Upload {
  return {
    id: r.id, workspaceId: r.workspace_id, uploadedBy: r.uploaded_by, name: r.name, mimeType: r.mime_type,
    type: r.type as Attachment['type'], size: Number(r.size), sha256: r.sha256, messageId: r.message_id, createdAt: r.created_at,
  };
}

export interface NewUpload { workspaceId: string; uploadedBy: string | null; name: string; mimeType: string; type: Attachment['type']; content: Buffer }

export async function insertUpload(db: Db, upload: NewUpload, now = new Date()): Promise<Upload> {
  const row = {
    id: newId('up'), workspace_id: upload.workspaceId, uploaded_by: upload.uploadedBy, name: upload.name, mime_type: upload.mimeType,
    type: upload.type, size: upload.content.length, sha256: createHash('sha256').update(upload.content).digest('hex'),
    message_id: null, created_at: now.toISOString(),
  };
  await db.insertInto('uploads').values({ ...row, content: upload.content }).execute();
  return toUpload(row);
}

export async function getUpload(db: Db, workspaceId: string, id: string): Promise<Upload | undefined> {
  const row = await db.selectFrom('uploads').select(META).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toUpload(row);
}

/** The file itself, found by id alone: the caller has already proved the right to it (a signed link). */
export async function getUploadWithContent(db: Db, id: string): Promise<(Upload & { content: Buffer }) | undefined> {
  const row = await db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toUpload(row), content: Buffer.from(row.content) };
}

/**
 * Marks the uploads as carried by the message and returns them in the order asked. Only the
 * workspace's own uploads that no message carries yet are taken; the caller checks the count.
 */
export async function attachUploads(db: Db, workspaceId: string, ids: string[], messageId: string): Promise<Upload[]> {
  if (ids.length === 0) return [];
  await db.updateTable('uploads').set({ message_id: messageId })
    .where('workspace_id', '=', workspaceId).where('id', 'in', ids).where('message_id', 'is', null).execute();
  const rows = await db.selectFrom('uploads').select(META)
    .where('workspace_id', '=', workspaceId).where('id', 'in', ids).where('message_id', '=', messageId).execute();
  const byId = new Map(rows.map((r) => [r.id, toUpload(r)]));
  return ids.map((id) => byId.get(id)).filter((u): u is Upload => u !== undefined);
}
