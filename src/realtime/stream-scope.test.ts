import { describe, expect, it } from 'vitest';
import { indexTurn, MAX_VIEWING, noteViewing, positionsFor, sendsNow, traitsOf, type ScopedClient } from './stream-scope.ts';

const ws = 'ws_1';
const agent = (viewing: string[] = []): ScopedClient => ({ scope: 'agent', userId: 'us_me', viewing: new Set(viewing) });

describe('stream scope', () => {
  it('sends a message only to agents showing its conversation, and every message to full-scope clients', () => {
    const message = traitsOf({ type: 'message.created', workspaceId: ws, data: { id: 'msg_1', conversationId: 'cv_1' } });
    expect(sendsNow(agent(), message)).toBe(false);
    expect(sendsNow(agent(['cv_1']), message)).toBe(true);
    expect(sendsNow({ ...agent(), scope: 'all' }, message)).toBe(true);
  });

  it('sends conversation changes at once when shown or assigned to the agent, otherwise leaves them to the digest', () => {
    const other = traitsOf({ type: 'conversation.updated', workspaceId: ws, data: { id: 'cv_2', assigneeId: 'us_other' } });
    const mine = traitsOf({ type: 'conversation.updated', workspaceId: ws, data: { id: 'cv_3', assigneeId: 'us_me' } });
    expect(sendsNow(agent(), other)).toBe(false);
    expect(sendsNow(agent(['cv_2']), other)).toBe(true);
    expect(sendsNow(agent(), mine)).toBe(true);
  });

  it('keeps events addressed to one user from everyone else, whatever the scope', () => {
    const note = traitsOf({ type: 'notification.created', workspaceId: ws, data: {}, audienceUserId: 'us_other' });
    expect(sendsNow(agent(), note)).toBe(false);
    expect(sendsNow({ ...agent(), scope: 'all' }, note)).toBe(false);
    expect(sendsNow(agent(), { ...note, audienceUserId: 'us_me' })).toBe(true);
    expect(sendsNow(agent(), traitsOf({ type: 'presence', workspaceId: ws, data: { conversationId: 'cv_9' } }))).toBe(true);
  });

  it('follows presence frames and bounds what a crashed tab can leave behind', () => {
    const viewing = new Set<string>();
    noteViewing(viewing, 'cv_1', 'viewing');
    noteViewing(viewing, 'cv_1', 'typing');
    expect([...viewing]).toEqual(['cv_1']);
    noteViewing(viewing, 'cv_1', 'left');
    expect(viewing.size).toBe(0);
    for (let i = 0; i < MAX_VIEWING + 5; i++) noteViewing(viewing, `cv_${i}`, 'viewing');
    expect(viewing.size).toBe(MAX_VIEWING);
    expect(viewing.has('cv_0')).toBe(false);
    expect(viewing.has(`cv_${MAX_VIEWING + 4}`)).toBe(true);
  });

  it('finds through the turn index exactly the events the rule chooses, in order', () => {
    // A pseudo-random but repeatable mix of events and sockets.
    let seed = 7;
    const pick = <T>(items: readonly T[]): T => items[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % items.length]!;
    const types = ['message.created', 'message.updated', 'conversation.created', 'conversation.updated', 'presence', 'notification.created', 'channel.health'];
    const ids = ['cv_1', 'cv_2', 'cv_3', 'cv_4'];
    const users = ['us_a', 'us_b', null];
    for (let round = 0; round < 400; round++) {
      // Half the turns without events addressed to one user: most sockets share one list then.
      const mayAddress = round % 2 === 0;
      const events = Array.from({ length: 12 }, () => {
        const type = pick(types);
        const conversationId = pick(ids);
        const data = type.startsWith('message.') ? { conversationId } : type.startsWith('conversation.') ? { id: conversationId, assigneeId: pick(users) } : {};
        const audience = pick(users);
        return traitsOf({ type, workspaceId: ws, data, ...(mayAddress && audience && pick([true, false]) ? { audienceUserId: audience } : {}) });
      });
      const index = indexTurn(events);
      for (const scope of ['agent', 'all'] as const) {
        const client: ScopedClient = { scope, userId: pick(users), viewing: new Set(ids.filter(() => pick([true, false, false]))) };
        const expected = events.map((e, at) => (sendsNow(client, e) ? at : -1)).filter((at) => at >= 0);
        expect(positionsFor(client, index)).toEqual(expected);
      }
    }
  });
});
