// The emulator's media upload: X's v2 initialize / append / finalize / STATUS sessions, and the checks posts and DMs make on media ids.
//
// Validation follows X's API reference (https://docs.x.com/x-api/media/initialize-media-upload and
// its siblings): media_type and media_category from X's enums, segment_index 0–999, chunks of at
// most 5 MB, FINALIZE only once every byte announced has arrived, video processed asynchronously
// (processing_info pending → in_progress → succeeded). Sizes per category follow the media
// introduction (images 5 MB, GIFs 15 MB, video 512 MB). Attaching follows the post and DM
// references: up to 4 images, or one GIF or video, per post; one media id per DM.
import { mintSnowflake } from './snowflake.ts';
import { xProblems, type ScriptedAnswer } from './emulator-answers.ts';

const MB = 1024 * 1024;
const MEDIA_TYPES = new Set([
  'video/mp4', 'video/webm', 'video/mp2t', 'video/quicktime', 'text/srt', 'text/vtt', 'image/jpeg', 'image/gif', 'image/bmp',
  'image/png', 'image/webp', 'image/pjpeg', 'image/tiff', 'model/gltf-binary', 'model/vnd.usdz+zip',
]);
const CATEGORY_LIMITS: Record<string, number> = {
  tweet_image: 5 * MB, dm_image: 5 * MB, tweet_gif: 15 * MB, dm_gif: 15 * MB,
  tweet_video: 512 * MB, amplify_video: 512 * MB, dm_video: 512 * MB, subtitles: MB,
};
const MAX_CHUNK = 5 * MB;

export interface MediaUpload {
  id: string;
  mediaType: string;
  category: string;
  totalBytes: number;
  /** The file as assembled at FINALIZE (null before). */
  bytes: Buffer | null;
  state: 'uploading' | 'processing' | 'ready';
  segments: Map<number, Buffer>;
  /** STATUS answers still to give as in_progress before the video is ready (succeeded). */
  checksLeft: number;
}

export interface MediaStore {
  uploads: Map<string, MediaUpload>;
  /** Answers a media request, or null when the path is not a media endpoint. */
  answer(method: string, path: string, query: URLSearchParams, body: unknown, form: FormData | null): Promise<ScriptedAnswer | null>;
  /** null when a post (or DM) may carry these media ids, else X's refusal. */
  checkAttachable(ids: unknown, use: 'post' | 'dm'): ScriptedAnswer | null;
}

const invalid = (message: string) => xProblems.invalidRequest(message);
const keyPrefix = (type: string) => (type.startsWith('video/') ? '7' : type === 'image/gif' ? '16' : '3');

/** The upload as X describes it; `processing` is the state a video is in (pending → in_progress → succeeded). */
function info(upload: MediaUpload, processing: 'pending' | 'in_progress' | null = null): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: upload.id, media_key: `${keyPrefix(upload.mediaType)}_${upload.id}`, size: upload.totalBytes, expires_after_secs: 86_400,
  };
  if (processing) data.processing_info = { state: processing, check_after_secs: 1, progress_percent: processing === 'pending' ? 0 : 50 };
  else if (upload.state === 'ready' && upload.mediaType.startsWith('video/')) data.processing_info = { state: 'succeeded', progress_percent: 100 };
  return { data };
}

export function createMediaStore(now: () => Date, processingChecks: number): MediaStore {
  const uploads = new Map<string, MediaUpload>();

  function initialize(body: unknown): ScriptedAnswer {
    const input = (body && typeof body === 'object' ? body : {}) as { media_type?: unknown; total_bytes?: unknown; media_category?: unknown };
    if (typeof input.media_type !== 'string' || !MEDIA_TYPES.has(input.media_type)) return invalid(`$.media_type: ${String(input.media_type)} is not one of the supported media types`);
    if (typeof input.total_bytes !== 'number' || !Number.isInteger(input.total_bytes) || input.total_bytes < 0) return invalid('$.total_bytes: must be an integer of at least 0');
    const category = input.media_category ?? (input.media_type.startsWith('video/') ? 'tweet_video' : input.media_type === 'image/gif' ? 'tweet_gif' : 'tweet_image');
    if (typeof category !== 'string' || !(category in CATEGORY_LIMITS)) return invalid(`$.media_category: ${String(category)} is not a valid media category`);
    if (input.total_bytes > CATEGORY_LIMITS[category]!) return invalid(`$.total_bytes: ${input.total_bytes} exceeds the limit of ${CATEGORY_LIMITS[category]} bytes for ${category}`);
    const id = mintSnowflake(now());
    const upload: MediaUpload = { id, mediaType: input.media_type, category, totalBytes: input.total_bytes, bytes: null, state: 'uploading', segments: new Map(), checksLeft: processingChecks };
    uploads.set(id, upload);
    return { status: 200, body: info(upload) };
  }

  async function append(upload: MediaUpload, form: FormData | null): Promise<ScriptedAnswer> {
    if (upload.state !== 'uploading') return invalid('$.id: the upload is already finalized');
    const index = Number(form?.get('segment_index'));
    const media = form?.get('media');
    if (!form || !Number.isInteger(index) || index < 0 || index > 999) return invalid('$.segment_index: must be an integer between 0 and 999');
    if (!(media instanceof Blob)) return invalid('$.media: is missing but it is required');
    if (media.size > MAX_CHUNK) return invalid('$.media: a segment must be at most 5 MB');
    upload.segments.set(index, Buffer.from(await media.arrayBuffer()));
    return { status: 200, body: { data: { expires_at: Math.floor(now().getTime() / 1000) + 86_400 } } };
  }

  function finalize(upload: MediaUpload): ScriptedAnswer {
    if (upload.state !== 'uploading') return invalid('$.id: the upload is already finalized');
    const indexes = [...upload.segments.keys()].sort((a, b) => a - b);
    if (indexes.some((index, at) => index !== at)) return invalid('Segments are missing: segment_index must run from 0 without gaps');
    const bytes = Buffer.concat(indexes.map((i) => upload.segments.get(i)!));
    if (bytes.length !== upload.totalBytes) return invalid(`File size mismatch: ${bytes.length} bytes received, total_bytes was ${upload.totalBytes}`);
    upload.bytes = bytes;
    upload.state = upload.mediaType.startsWith('video/') && processingChecks > 0 ? 'processing' : 'ready';
    return { status: 200, body: info(upload, upload.state === 'processing' ? 'pending' : null) };
  }

  function status(query: URLSearchParams): ScriptedAnswer {
    if (query.get('command') !== 'STATUS') return invalid('$.command: must be STATUS');
    const upload = uploads.get(query.get('media_id') ?? '');
    if (!upload) return xProblems.notFound(`media ${query.get('media_id') ?? ''}`);
    if (upload.state === 'processing' && upload.checksLeft > 0) {
      upload.checksLeft--;
      return { status: 200, body: info(upload, 'in_progress') };
    }
    if (upload.state === 'processing') upload.state = 'ready';
    return { status: 200, body: info(upload) };
  }

  return {
    uploads,
    async answer(method, path, query, body, form) {
      if (path === '/2/media/upload/initialize' && method === 'POST') return initialize(body);
      if (path === '/2/media/upload' && method === 'GET') return status(query);
      const step = /^\/2\/media\/upload\/(\d{1,19})\/(append|finalize)$/.exec(path);
      if (!step || method !== 'POST') return path.startsWith('/2/media/') ? xProblems.notFound(path) : null;
      const upload = uploads.get(step[1]!);
      if (!upload) return invalid(`$.id: no media upload ${step[1]!} is in progress`);
      return step[2] === 'append' ? append(upload, form) : finalize(upload);
    },
    checkAttachable(ids, use) {
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) return invalid(`$.${use === 'post' ? 'media.media_ids' : 'attachments'}: media ids must be strings`);
      const found = (ids as string[]).map((id) => uploads.get(id));
      const missing = (ids as string[]).find((_, i) => !found[i] || found[i]!.state === 'uploading');
      if (missing) return invalid(`Your media IDs are invalid: ${missing}`);
      if (found.some((u) => u!.state === 'processing')) return invalid('Your media is still being processed; check its STATUS first');
      const isImage = (u: MediaUpload) => u.mediaType.startsWith('image/') && u.mediaType !== 'image/gif';
      if (use === 'dm') return ids.length === 1 ? null : invalid('$.attachments: a message carries exactly one attachment');
      if (ids.length > 4) return invalid('$.media.media_ids: at most 4 media ids');
      if (ids.length > 1 && found.some((u) => !isImage(u!))) return invalid('Your media IDs are invalid: a GIF or video cannot be combined with other media');
      return null;
    },
  };
}
