// Builders of Meta webhook deliveries in Meta's shapes, signed over Meta's escaped serialisation:
// for the emulator, the tests and the demo.
import { toMetaJson } from './meta-json.ts';
import { META_SIGNATURE_HEADER, signMetaBody } from './signature.ts';

type Epoch = Date | number;
const seconds = (t: Epoch) => (t instanceof Date ? Math.floor(t.getTime() / 1000) : t);
const millis = (t: Epoch) => (t instanceof Date ? t.getTime() : t);

export interface Person { id: string; name?: string }

/** A Page `feed` change about a comment (Webhooks for Pages; created_time in seconds). */
export function feedComment(o: {
  commentId: string; postId: string; parentId?: string; from: Person; message?: string; createdTime: Epoch;
  verb?: 'add' | 'edited' | 'remove' | 'hide' | 'unhide'; isPublishedPost?: boolean; photo?: string;
}): unknown {
  return {
    field: 'feed',
    value: {
      from: o.from,
      // Graph dates read "2025-03-22T18:20:04+0000"; ads (dark posts) are not published on the timeline.
      post: {
        status_type: 'added_photos', is_published: o.isPublishedPost ?? true, id: o.postId,
        updated_time: new Date(seconds(o.createdTime) * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000'),
        promotion_status: o.isPublishedPost === false ? 'active' : 'inactive',
      },
      ...(o.message !== undefined && o.verb !== 'remove' ? { message: o.message } : {}),
      ...(o.photo ? { photo: o.photo } : {}),
      post_id: o.postId, comment_id: o.commentId, created_time: seconds(o.createdTime), item: 'comment',
      parent_id: o.parentId ?? o.postId, verb: o.verb ?? 'add',
    },
  };
}

/** A Messenger or Instagram message from a customer (timestamp in milliseconds). */
export function customerMessage(o: {
  ownId: string; customerId: string; mid: string; text?: string; timestamp: Epoch;
  attachments?: { type: string; payload?: Record<string, unknown> | null }[]; quickReplyPayload?: string; replyToMid?: string;
  story?: { id: string; url: string };
}): unknown {
  return {
    sender: { id: o.customerId }, recipient: { id: o.ownId }, timestamp: millis(o.timestamp),
    message: {
      mid: o.mid,
      ...(o.text !== undefined ? { text: o.text } : {}),
      ...(o.attachments ? { attachments: o.attachments } : {}),
      ...(o.quickReplyPayload ? { quick_reply: { payload: o.quickReplyPayload } } : {}),
      ...(o.replyToMid ? { reply_to: { mid: o.replyToMid } } : {}),
      ...(o.story ? { reply_to: { story: o.story } } : {}),
    },
  };
}

/** The echo of a message the Page or account sent (message_echoes; Instagram: inside messages). */
export function echo(o: { ownId: string; customerId: string; mid: string; text: string; timestamp: Epoch; appId?: number; metadata?: string }): unknown {
  return {
    sender: { id: o.ownId }, recipient: { id: o.customerId }, timestamp: millis(o.timestamp),
    message: { is_echo: true, app_id: o.appId ?? 1517776481860111, ...(o.metadata ? { metadata: o.metadata } : {}), mid: o.mid, text: o.text },
  };
}

/**
 * Messenger's message_deliveries item: no timestamp (as Meta's sample), `mids` only from newer
 * clients, `watermark` always. https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-deliveries
 */
export function deliveryReceipt(o: { ownId: string; customerId: string; watermark: Epoch; mids?: string[] }): unknown {
  return {
    sender: { id: o.customerId }, recipient: { id: o.ownId },
    delivery: { ...(o.mids ? { mids: o.mids } : {}), watermark: millis(o.watermark) },
  };
}

/** Messenger's message_reads item: everything sent up to `watermark` was read. */
export function readReceipt(o: { ownId: string; customerId: string; watermark: Epoch; timestamp?: Epoch }): unknown {
  return {
    sender: { id: o.customerId }, recipient: { id: o.ownId }, timestamp: millis(o.timestamp ?? o.watermark),
    read: { watermark: millis(o.watermark) },
  };
}

/** Instagram's messaging_seen item: the customer saw the thread up to the message `mid`. */
export function instagramSeen(o: { ownId: string; customerId: string; mid: string; timestamp: Epoch }): unknown {
  return { sender: { id: o.customerId }, recipient: { id: o.ownId }, timestamp: millis(o.timestamp), read: { mid: o.mid } };
}

export function entry(id: string, time: Epoch, items: { changes?: unknown[]; messaging?: unknown[] }): unknown {
  return { id, time: items.messaging ? millis(time) : seconds(time), ...items };
}

export const pageDelivery = (...entries: unknown[]) => ({ object: 'page', entry: entries });
export const instagramDelivery = (...entries: unknown[]) => ({ object: 'instagram', entry: entries });

export interface SignedDelivery {
  /** The body as Meta sends it: ASCII only, non-ASCII escaped as \uXXXX. */
  body: string;
  headers: Record<string, string>;
}

export function signDelivery(payload: unknown, appSecret: string): SignedDelivery {
  const body = toMetaJson(payload);
  return { body, headers: { 'content-type': 'application/json', [META_SIGNATURE_HEADER]: signMetaBody(appSecret, body) } };
}
