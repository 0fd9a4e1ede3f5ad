// Readable text and attachments from X's entities: full text of long posts, t.co links expanded, media listed.
import type { Attachment } from '../../domain/types.ts';
import type { XEntities, XMedia, XTweet } from './payload.ts';

/**
 * v1.1 post text escapes &, < and > as HTML entities (a long-standing trait of the v1.1 Tweet
 * object, seen in every client library's bug tracker). Parley stores plain text and escapes on
 * render, so they are undone here, &amp; last so "&amp;lt;" stays "&lt;".
 */
export function unescapePostText(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The whole text of a post: extended_tweet.full_text when X truncated it at 140 characters. */
export function fullTextOf(tweet: XTweet): string {
  return unescapePostText(tweet.extended_tweet?.full_text ?? tweet.full_text ?? tweet.text);
}

export function entitiesOf(tweet: XTweet): XEntities | null | undefined {
  return tweet.extended_tweet ? tweet.extended_tweet.entities : tweet.entities;
}

export function mediaOf(tweet: XTweet): XMedia[] {
  const source = tweet.extended_tweet ?? tweet;
  return source.extended_entities?.media ?? source.entities?.media ?? [];
}

/**
 * Replaces each t.co link with the address it stands for, so an agent sees where it points,
 * and drops the t.co links of attached media, which Parley lists as attachments instead.
 */
export function expandLinks(value: string, entities: XEntities | null | undefined, media: XMedia[]): string {
  let out = value;
  for (const link of entities?.urls ?? []) {
    if (link.expanded_url) out = out.split(link.url).join(link.expanded_url);
  }
  for (const item of media) {
    if (item.url) out = out.split(item.url).join('');
  }
  return media.length ? out.trim() : out;
}

const MEDIA_TYPES: Record<string, Attachment['type']> = { photo: 'image', video: 'video', animated_gif: 'video' };

export function attachmentsOf(media: XMedia[]): Attachment[] {
  return media.map((item) => ({
    type: MEDIA_TYPES[item.type ?? ''] ?? 'other',
    url: item.media_url_https ?? item.media_url ?? null,
    name: null,
    mimeType: null,
    size: null,
  }));
}
