import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../domain/inbound-event.ts';
import { parseAccountActivity } from './parse.ts';
import { eventsOfDmEventPage, eventsOfPostPage, otherParticipant } from './parse-v2.ts';

const BRAND = { userId: '1498765432109876543', handle: 'NordaAir' };
const NOW = new Date('2026-09-14T12:00:00Z');

const raw = (name: string) => fs.readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url));
const json = (name: string): unknown => JSON.parse(raw(name).toString('utf8'));
/**
 * The webhook's v1.1 user objects carry followers_count; these captured v2 pages were read without
 * user.fields=public_metrics, so the count is compared only where both sides have it (below).
 */
const withoutFollowers = (event: InboundEvent): InboundEvent => {
  const { followers: _followers, ...author } = event.author;
  return { ...event, author };
};
const byWebhook = (name: string) => parseAccountActivity(raw(name), BRAND, NOW).map(withoutFollowers);
const polledPosts = (name: string) => eventsOfPostPage(json(name), BRAND, NOW);
const find = (events: InboundEvent[], id: string) => {
  const event = events.find((e) => e.externalId === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};
/** Everything but the time: v1.1 has timestamp_ms, v2 created_at to the second. */
const withoutTime = ({ sentAt: _sentAt, ...rest }: InboundEvent) => rest;

describe('parsing X API v2 read answers', () => {
  it('gives a mention the same event by poll as by webhook, so ingest stores it once', () => {
    const [webhook] = byWebhook('mention');
    const polled = find(polledPosts('v2-mentions'), webhook!.externalId);
    expect(withoutTime(polled)).toEqual(withoutTime(webhook!));
    expect(Math.abs(Date.parse(polled.sentAt) - Date.parse(webhook!.sentAt))).toBeLessThan(1000);
    expect(polled.text).toContain('& кто ответит?');
  });

  it('threads a reply to the brand the same way both ways: parent id, per-customer thread key, photo listed', () => {
    const [webhook] = byWebhook('reply-to-brand');
    const polled = find(polledPosts('v2-mentions'), '1967419587312459776');
    expect(withoutTime(polled)).toEqual(withoutTime(webhook!));
    expect(polled.inReplyToExternalId).toBe('1967415001234567168');
    expect(polled.threadKey).toBe('1967415001234567168/1205290247124217856');
    expect(polled.attachments).toEqual([{ type: 'image', url: 'https://pbs.twimg.com/media/GXbag1XWgAAtag.jpg', name: null, mimeType: null, size: null }]);
    expect(polled.text).not.toContain('t.co');
  });

  it('reads a post the webhook delivers truncated (extended_tweet) as the same whole text with its link expanded', () => {
    const [webhook] = byWebhook('mention-extended');
    const polled = find(polledPosts('v2-mentions'), '1967425179853963264');
    expect(withoutTime(polled)).toEqual(withoutTime(webhook!));
  });

  it('treats a quote post as its own thread both ways, and the brand\'s reply made elsewhere as outbound to the customer', () => {
    const search = polledPosts('v2-search');
    const [quoteByWebhook] = byWebhook('quote');
    expect(withoutTime(find(search, '1967443301122334720'))).toEqual(withoutTime(quoteByWebhook!));
    const [brandByWebhook] = byWebhook('brand-reply');
    const brandReply = find(search, '1967415001234567168');
    expect(withoutTime(brandReply)).toEqual(withoutTime(brandByWebhook!));
    expect(brandReply).toMatchObject({ direction: 'out', recipient: { externalId: '1205290247124217856', handle: 'anna_petrova' } });
  });

  it('drops reposts, which have no words of their own', () => {
    expect(polledPosts('v2-search').map((e) => e.externalId)).not.toContain('1967450000000000001');
  });

  it('reads a post over 280 characters from note_tweet, links expanded', () => {
    const long = find(polledPosts('v2-search'), '1967446000000000000');
    expect(long.text).toMatch(/^Vakar lidoju ar Norda Air/);
    expect(long.text).toMatch(/#NordaAir Foto no lentes: https:\/\/photos\.example\.lv\/lente\/12$/);
    expect(long.author).toEqual({ externalId: '1588123456789012480', handle: 'janis_b', displayName: 'Jānis Bērziņš' });
  });

  it('keeps every id a string, exact above 2^53', () => {
    for (const event of [...polledPosts('v2-mentions'), ...polledPosts('v2-search')]) {
      expect(typeof event.externalId).toBe('string');
      expect(BigInt(event.externalId) > 2n ** 53n).toBe(true);
    }
  });

  it('gives a customer\'s DM the same event by poll as by webhook, its link expanded', () => {
    const [webhook] = byWebhook('dm-incoming');
    const polled = find(eventsOfDmEventPage(json('v2-dm-events'), BRAND, NOW), '1967451122334455667');
    expect(polled).toEqual(webhook);
    expect(polled.text).toContain('https://bank.example.rs/izvod/77');
  });

  it('records the brand\'s own DM as outbound to the other participant of the conversation', () => {
    const [webhook] = byWebhook('dm-outgoing');
    const polled = find(eventsOfDmEventPage(json('v2-dm-events'), BRAND, NOW), '1967452233445566778');
    expect(polled).toMatchObject({ direction: 'out', visibility: 'private', externalId: webhook!.externalId, text: webhook!.text });
    expect(polled.author).toEqual(webhook!.author);
    // The recipient's handle comes from includes.users, which names senders only: the id is what threads.
    expect(polled.recipient?.externalId).toBe(webhook!.recipient?.externalId);
    expect(polled.sentAt).toBe(webhook!.sentAt);
  });

  it('leaves out group conversations and DMs at or below the last one seen', () => {
    const all = eventsOfDmEventPage(json('v2-dm-events'), BRAND, NOW);
    expect(all.map((e) => e.externalId)).toEqual(['1967452233445566778', '1967451122334455667']);
    const newer = eventsOfDmEventPage(json('v2-dm-events'), BRAND, NOW, '1967451122334455667');
    expect(newer.map((e) => e.externalId)).toEqual(['1967452233445566778']);
  });

  it('finds the other participant of a one-to-one conversation id', () => {
    expect(otherParticipant('1498765432109876543-1622334455667788990', '1622334455667788990')).toBe('1498765432109876543');
    expect(otherParticipant('1498765432109876543-1622334455667788990', '1498765432109876543')).toBe('1622334455667788990');
    expect(otherParticipant('1578398451921985538', '1622334455667788990')).toBeNull();
    expect(otherParticipant('1-2', '3')).toBeNull();
  });

  it('skips an item it cannot read rather than the whole page, and reads an unknown body as empty', () => {
    const page = json('v2-mentions') as { data: unknown[] };
    const broken = { ...page, data: [{ id: 1967412345678901234, text: 'numeric id' }, { text: 'no id' }, ...page.data] };
    expect(eventsOfPostPage(broken, BRAND, NOW)).toHaveLength(3);
    expect(eventsOfPostPage({ title: 'Service Unavailable' }, BRAND, NOW)).toEqual([]);
    expect(eventsOfPostPage('not json', BRAND, NOW)).toEqual([]);
    expect(eventsOfDmEventPage({ meta: { result_count: 0 } }, BRAND, NOW)).toEqual([]);
  });

  it('skips a post whose author X left out (no author_id)', () => {
    const page = { data: [{ id: '1967412345678901234', text: '@NordaAir hello' }] };
    expect(eventsOfPostPage(page, BRAND, NOW)).toEqual([]);
  });

  it('reads the follower count from public_metrics, as the webhook does from followers_count', () => {
    const page = JSON.parse(raw('v2-dm-events').toString('utf8')) as { includes: { users: { id: string; public_metrics?: unknown }[] } };
    for (const user of page.includes.users) user.public_metrics = { followers_count: user.id === '1622334455667788990' ? 88 : 48210 };
    const polled = find(eventsOfDmEventPage(page, BRAND, NOW, null), '1967451122334455667');
    const [webhook] = parseAccountActivity(raw('dm-incoming'), BRAND, NOW);
    expect(polled.author.followers).toBe(88);
    expect(polled).toEqual(webhook);
  });
});
