// Uploads one file to X in chunks and waits for X to process it; returns the media id a post or DM names.
//
// Endpoints: the v2 media upload as X's API reference lists it today (https://docs.x.com/x-api/media/
// initialize-media-upload, append-media-upload, finalize-media-upload, get-media-upload-status):
//   POST /2/media/upload/initialize {media_type, total_bytes, media_category} → {data:{id, media_key, expires_after_secs}}
//   POST /2/media/upload/{id}/append multipart {segment_index 0–999, media} → 2xx
//   POST /2/media/upload/{id}/finalize → {data:{id, processing_info?}}
//   GET  /2/media/upload?command=STATUS&media_id={id} → {data:{processing_info:{state, check_after_secs}}}
// The older form, POST /2/media/upload with command=INIT|APPEND|FINALIZE, appears only in a
// quickstart page and X's own sample moved off it; v1.1 upload.twitter.com is the legacy API.
// One flow serves every kind: images need no processing and come back ready from FINALIZE.
import { SendError } from '../channel-adapter.ts';
import type { Visibility } from '../../domain/types.ts';
import { callX, type XClientContext } from './x-request.ts';
import { mediaCategoryOf, mediaKindOf } from './media-rules.ts';

/** Below the 5 MB X allows per APPEND (v1.1 APPEND reference: "must be <= 5 MB"). */
export const CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_SEGMENTS = 1000;
/**
 * How long one send waits for X to process a video. The outbox leases a send for a minute, so
 * longer waits would let a second worker send it again; past this, the send is retried later.
 */
const PROCESSING_BUDGET_MS = 30_000;

export interface MediaFile {
  bytes: Buffer;
  mimeType: string;
  name: string;
}

/** The file cut into consecutive APPEND segments (at least one, so an empty file still uploads as X rejects it). */
export function chunksOf(bytes: Buffer, size = CHUNK_BYTES): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks.length ? chunks : [bytes];
}

interface ProcessingInfo { state: string; checkAfterSecs: number; error: string | null }

function dataOf(answer: unknown): Record<string, unknown> {
  const data = answer && typeof answer === 'object' ? (answer as { data?: unknown }).data : undefined;
  return data && typeof data === 'object' ? data as Record<string, unknown> : {};
}

function processingOf(answer: unknown): ProcessingInfo | null {
  const info = dataOf(answer).processing_info;
  if (!info || typeof info !== 'object') return null;
  const { state, check_after_secs: checkAfter, error } = info as { state?: unknown; check_after_secs?: unknown; error?: unknown };
  const message = error && typeof error === 'object' ? (error as { message?: unknown }).message : undefined;
  return {
    state: typeof state === 'string' ? state : 'pending',
    checkAfterSecs: typeof checkAfter === 'number' && checkAfter >= 0 ? Math.min(checkAfter, 10) : 1,
    error: typeof message === 'string' ? message : null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls STATUS until X says succeeded; failed ends the send, a long wait sends it back to the outbox. */
async function awaitProcessing(context: XClientContext, mediaId: string, first: ProcessingInfo, name: string): Promise<void> {
  const started = context.now().getTime();
  let info: ProcessingInfo | null = first;
  while (info && info.state !== 'succeeded') {
    if (info.state === 'failed') throw new SendError(`X could not process ${name}: ${info.error ?? 'processing failed'}`, false);
    if (context.now().getTime() - started + info.checkAfterSecs * 1000 > PROCESSING_BUDGET_MS) {
      throw new SendError(`X is still processing ${name}; the reply will be sent again shortly`, true, info.checkAfterSecs * 1000);
    }
    await sleep(info.checkAfterSecs * 1000);
    info = processingOf(await callX(context, { method: 'GET', path: '/2/media/upload', query: { command: 'STATUS', media_id: mediaId } }));
  }
}

/** Uploads one file for a post (public) or a DM (private); returns its media id once X can attach it. */
export async function uploadMedia(context: XClientContext, file: MediaFile, visibility: Visibility): Promise<string> {
  const kind = mediaKindOf(file.mimeType);
  if (!kind) throw new SendError(`X does not take ${file.mimeType} files (${file.name})`, false);
  const chunks = chunksOf(file.bytes);
  if (chunks.length > MAX_SEGMENTS) throw new SendError(`${file.name} is too large for X's upload`, false);
  const started = await callX(context, {
    method: 'POST', path: '/2/media/upload/initialize',
    json: { media_type: file.mimeType, total_bytes: file.bytes.length, media_category: mediaCategoryOf(kind, visibility) },
  });
  const mediaId = dataOf(started).id;
  if (typeof mediaId !== 'string' || !/^\d{1,20}$/.test(mediaId)) throw new SendError('X started the media upload but returned no data.id', false);
  for (const [index, chunk] of chunks.entries()) {
    const form = [
      { name: 'segment_index', value: String(index) },
      { name: 'media', value: chunk, filename: 'blob', contentType: 'application/octet-stream' },
    ];
    await callX(context, { method: 'POST', path: `/2/media/upload/${mediaId}/append`, form });
  }
  const finished = await callX(context, { method: 'POST', path: `/2/media/upload/${mediaId}/finalize` });
  const processing = processingOf(finished);
  if (processing) await awaitProcessing(context, mediaId, processing, file.name);
  return mediaId;
}
