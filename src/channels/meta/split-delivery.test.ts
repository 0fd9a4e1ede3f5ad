import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../domain/errors.ts';
import { partOfDelivery, splitMetaDelivery } from './split-delivery.ts';
import { readMetaDelivery } from './delivery.ts';
import { toMetaJson } from './meta-json.ts';
import { readFixture } from './__fixtures__/index.ts';

describe('splitting a /webhooks/meta delivery by entry id', () => {
  const body = Buffer.from(toMetaJson({
    object: 'page',
    entry: [
      { id: '111', time: 1, changes: [{ field: 'feed', value: { message: 'Ж' } }] },
      { id: '222', time: 2, messaging: [{ sender: { id: '9' }, recipient: { id: '222' }, timestamp: 2, message: { mid: 'm_1', text: 'Ş' } }] },
      { id: '111', time: 3, changes: [] },
    ],
  }));

  it('groups raw entries by Page id in arrival order and names the network that takes them', () => {
    const split = splitMetaDelivery(body);
    expect(split.objectType).toBe('page');
    expect(split.route).toEqual({ network: 'facebook', configKey: 'pageId' });
    expect([...split.entriesById.keys()]).toEqual(['111', '222']);
    expect(split.entriesById.get('111')!.map((e) => (e as { time: number }).time)).toEqual([1, 3]);
  });

  it('rebuilds one channel\'s part as a delivery its parser reads', () => {
    const split = splitMetaDelivery(body);
    const part = readMetaDelivery(partOfDelivery('page', split.entriesById.get('222')!));
    expect(part.entries).toHaveLength(1);
    expect(part.entries[0]!.messaging).toEqual([{ sender: { id: '9' }, recipient: { id: '222' }, timestamp: 2, message: { mid: 'm_1', text: 'Ş' } }]);
  });

  it('routes Instagram and WhatsApp objects, and names no route for others', () => {
    expect(splitMetaDelivery(readFixture('instagram-comments.json')).route).toEqual({ network: 'instagram', configKey: 'igUserId' });
    expect(splitMetaDelivery(Buffer.from('{"object":"whatsapp_business_account","entry":[]}')).route?.network).toBe('whatsapp');
    expect(splitMetaDelivery(Buffer.from('{"object":"user","entry":[]}')).route).toBeNull();
  });

  it('refuses a body that is not a Meta delivery', () => {
    expect(() => splitMetaDelivery(Buffer.from('{"entry":"x"}'))).toThrowError(ParleyError);
  });
});
