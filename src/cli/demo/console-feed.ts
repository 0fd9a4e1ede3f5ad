// How the demo narrates its traffic on the terminal: one short, safe line per event.
import type { DemoMessage } from './corpus.ts';
import type { DeliveredReply } from './receiver.ts';

const WIDTH = 90;

/** Customer and agent text is hostile input: no control characters reach the terminal. */
export function printable(text: string, width = WIDTH): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : flat;
}

/** `via` is the channel it came in on; the api channel, the demo's first, goes unnamed. */
export function describeInbound(message: DemoMessage, via = 'api'): string {
  const where = message.visibility === 'public' ? (message.replyTo ? 'public reply' : 'public post') : 'private DM';
  const on = via === 'api' ? '' : ` on ${via}`;
  return `→ [${message.language}] ${where} from @${message.customer.handle}${on}: ${printable(message.text)}`;
}

export function describeReply(reply: DeliveredReply): string {
  const repeat = reply.isRepeat ? ' (a retry: same Idempotency-Key, same id)' : '';
  return `← ${reply.visibility || 'reply'} reply to @${printable(reply.to, 40)} delivered as ${reply.externalId}${repeat}: ${printable(reply.text)}`;
}
