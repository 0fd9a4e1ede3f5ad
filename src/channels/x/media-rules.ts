// Which files X carries with a post or a DM: media kinds, their size caps and how they may be mixed.
//
// X's media docs (https://docs.x.com/x-api/media/introduction and .../quickstart/best-practices):
// images (JPEG, PNG, WEBP) up to 5 MB, GIFs up to 15 MB, video up to 512 MB (with
// media_category amplify_video); a post carries up to 4 photos, or 1 animated GIF, or 1 video.
// A DM carries one attachment (POST /2/dm_conversations/with/:participant_id/messages, "attachments").
// Each upload names its use (media_category), which sets the limits X applies to it.
import type { AttachmentFacts } from '../channel-adapter.ts';
import type { Visibility } from '../../domain/types.ts';

export type XMediaKind = 'image' | 'gif' | 'video';

const MB = 1024 * 1024;

interface KindRule { maxBytes: number; category: Record<Visibility, string> }

export const MEDIA_KINDS: Record<XMediaKind, KindRule> = {
  image: { maxBytes: 5 * MB, category: { public: 'tweet_image', private: 'dm_image' } },
  gif: { maxBytes: 15 * MB, category: { public: 'tweet_gif', private: 'dm_gif' } },
  video: { maxBytes: 512 * MB, category: { public: 'amplify_video', private: 'dm_video' } },
};

const KIND_OF_TYPE: Record<string, XMediaKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'gif',
  'video/mp4': 'video',
  'video/quicktime': 'video',
};

export const MAX_IMAGES_PER_POST = 4;

/** The kind X files this type under, or null when X takes no such media. */
export function mediaKindOf(mimeType: string): XMediaKind | null {
  return KIND_OF_TYPE[mimeType.toLowerCase()] ?? null;
}

/** The media_category an upload declares for its use. */
export function mediaCategoryOf(kind: XMediaKind, visibility: Visibility): string {
  return MEDIA_KINDS[kind].category[visibility];
}

const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** null when X can carry these files together, else the reason, in words an agent can act on. */
export function checkXAttachments(files: AttachmentFacts[], visibility: Visibility): string | null {
  const kinds: XMediaKind[] = [];
  for (const file of files) {
    const kind = mediaKindOf(file.mimeType);
    if (!kind) return `X carries images (JPEG, PNG, WEBP), GIFs and MP4 video; ${file.name} is ${file.mimeType}`;
    const { maxBytes } = MEDIA_KINDS[kind];
    if (file.size > maxBytes) return `X takes ${kind === 'image' ? 'images' : kind === 'gif' ? 'GIFs' : 'videos'} up to ${megabytes(maxBytes)}; ${file.name} is ${megabytes(file.size)}`;
    kinds.push(kind);
  }
  if (visibility === 'private') {
    return files.length > 1 ? 'an X direct message carries one file; send the others in further messages' : null;
  }
  const moving = kinds.filter((k) => k !== 'image');
  if (moving.length > 0 && files.length > 1) return 'an X post carries one GIF or one video on its own, or up to 4 images';
  if (files.length > MAX_IMAGES_PER_POST) return `an X post carries up to ${MAX_IMAGES_PER_POST} images`;
  return null;
}
