// Messenger and Instagram attachments, mapped onto Parley's attachment types.
import type { Attachment } from '../../domain/types.ts';

export interface MetaAttachment {
  type?: string | undefined;
  title?: string | undefined;
  payload?: {
    url?: string | undefined;
    title?: string | undefined;
    sticker_id?: number | string | undefined;
    coordinates?: { lat?: number | undefined; long?: number | undefined } | undefined;
  } | null | undefined;
}

/**
 * Types from the messages webhook reference: image, audio, video, file, sticker, reel, ig_reel,
 * post, ig_post, fallback (a shared link, possibly with no payload), template; Instagram adds
 * share and story_mention; location (`payload.coordinates`) is the older Messenger form.
 * https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
 * https://developers.facebook.com/docs/messenger-platform/instagram/features/webhook
 */
export function toAttachment(a: MetaAttachment): Attachment {
  const type = a.type ?? 'fallback';
  const url = safeUrl(a.payload?.url);
  const name = (a.payload?.title ?? a.title ?? null)?.slice(0, 512) ?? null;
  const base = { url, name, mimeType: null, size: null };
  switch (type) {
    case 'image': case 'video': case 'audio': case 'file':
      return { ...base, type };
    case 'sticker':
      return { ...base, type: 'image', name: name ?? 'sticker' };
    case 'location': {
      const lat = a.payload?.coordinates?.lat;
      const long = a.payload?.coordinates?.long;
      const hasPoint = typeof lat === 'number' && typeof long === 'number' && Number.isFinite(lat) && Number.isFinite(long);
      // A geo: URI (RFC 5870) says where without choosing a map provider for the agent.
      return { ...base, type: 'location', url: hasPoint ? `geo:${lat},${long}` : url, name: name ?? (hasPoint ? `${lat}, ${long}` : 'location') };
    }
    default:
      return { ...base, type: 'other', name: name ?? type.slice(0, 40) };
  }
}

/** Only http(s) links are kept: a javascript: or data: URL from a payload must never reach a page. */
export function safeUrl(value: string | undefined): string | null {
  if (!value || value.length > 4096) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
