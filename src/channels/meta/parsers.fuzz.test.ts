import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTarget, isCleanOutcome, type FuzzTarget } from '../../security/fuzz/parser-properties.ts';
import { parseFacebookBody, parseFacebookSignals } from './facebook/parse.ts';
import { parseInstagramBody, parseInstagramSignals } from './instagram/parse.ts';
import { splitMetaDelivery } from './split-delivery.ts';
import { toMetaJson } from './meta-json.ts';

const now = new Date('2026-11-24T10:00:00Z');
const META_FUZZ_TARGETS: FuzzTarget[] = [
  // The same lines the shared FUZZ_TARGETS list takes.
  { name: 'facebook delivery', run: (s) => parseFacebookBody(Buffer.from(s), '1', now) },
  { name: 'instagram delivery', run: (s) => parseInstagramBody(Buffer.from(s), '1', now) },
  { name: 'meta delivery split', run: (s) => splitMetaDelivery(Buffer.from(s)) },
];
// Receipts are read from the same bodies by a second pass; it must be as robust as the first.
const SIGNAL_FUZZ_TARGETS: FuzzTarget[] = [
  { name: 'facebook receipts', run: (s) => parseFacebookSignals(Buffer.from(s), '1', now) },
  { name: 'instagram receipts', run: (s) => parseInstagramSignals(Buffer.from(s), '1', now) },
];

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constantFrom('1', '2', 'add', 'edited', 'remove', 'hide', 'comment', 'status', 'feed', 'mention', 'comments', 'mentions', '<script>', '😀'));
const bag = fc.dictionary(fc.constantFrom('id', 'mid', 'text', 'message', 'item', 'verb', 'from', 'comment_id', 'post_id', 'parent_id', 'media_id', 'is_echo', 'metadata', 'timestamp', 'created_time', 'watermark', 'attachments', 'reply_to', 'emoji', 'action'), anyValue);
const nested = fc.record({
  sender: fc.oneof(fc.record({ id: fc.constantFrom('1', '2', 3) }), anyValue),
  recipient: fc.oneof(fc.record({ id: fc.constantFrom('1', '2') }), anyValue),
  timestamp: anyValue,
  message: fc.oneof(bag, anyValue), postback: fc.oneof(bag, anyValue), delivery: fc.oneof(bag, anyValue), read: fc.oneof(bag, anyValue),
  reaction: fc.oneof(bag, anyValue), message_edit: fc.oneof(bag, anyValue),
  field: fc.constantFrom('feed', 'mention', 'comments', 'live_comments', 'mentions', 'x'), value: fc.oneof(bag, anyValue),
}, { requiredKeys: [] });
/** Deliveries shaped like Meta's, every field sometimes wrong, in Meta's escaped form. */
const metaLike = fc.record({
  object: fc.constantFrom('page', 'instagram', 'x'),
  entry: fc.array(fc.record({
    id: fc.constantFrom('1', '2', 1), time: anyValue,
    changes: fc.oneof(fc.array(nested, { maxLength: 4 }), anyValue), messaging: fc.oneof(fc.array(nested, { maxLength: 4 }), anyValue),
    standby: fc.array(nested, { maxLength: 2 }), field: anyValue, value: fc.oneof(bag, anyValue),
  }, { requiredKeys: ['id'] }), { maxLength: 4 }),
}, { requiredKeys: [] }).map((v) => toMetaJson(v));

describe('Meta parsers on hostile input', () => {
  it.each([...META_FUZZ_TARGETS, ...SIGNAL_FUZZ_TARGETS].map((t) => [t.name, t] as const))('%s returns or refuses with a 4xx, never crashes', (_name, target) => {
    checkTarget(target, 300);
    fc.assert(fc.property(metaLike, (input) => isCleanOutcome(target, input)), { numRuns: 500 });
  });

  it('still reads the good items of a half-broken batch', () => {
    const raw = toMetaJson({ object: 'page', entry: [{ id: '1', messaging: [{ sender: { id: '2' }, message: 'x' }, { sender: { id: '2' }, recipient: { id: '1' }, timestamp: 1795514400000, message: { mid: 'm_ok', text: 'ok' } }] }] });
    expect(META_FUZZ_TARGETS[0]!.run(raw)).toMatchObject([{ externalId: 'm_ok' }]);
  });
});
