import { describe, expect, it } from 'vitest';
import { reprioritize } from './reprioritize.ts';
import { DEFAULT_PRIORITY_SETTINGS } from './priority-settings.ts';
import { parsePrioritySettings } from './priority-settings-schema.ts';
import type { Conversation } from './types.ts';

const since = '2026-03-02T09:00:00.000Z';
const conversation = (over: Partial<Conversation> = {}): Conversation => ({
  id: 'cv1', workspaceId: 'ws', channelId: 'ch', contactId: 'ct', kind: 'private', threadKey: 't', status: 'open', assigneeId: null,
  teamId: null, tags: [], priority: 0, priorityFactors: [], language: null, sentiment: null, needsReply: true, snippet: '', snoozedUntil: null,
  lastMessageAt: since, lastInboundAt: since, waitingSince: since, version: 3, lastChange: null, createdAt: since, updatedAt: since, ...over,
});
const plain = { isVip: false, loyaltyTier: null, lifetimeValue: null };
const calm = { urgency: 0, sentiment: null, sentimentScore: null, intents: [], visibility: 'private' as const };
const at = (minutes: number) => new Date(Date.parse(since) + minutes * 60_000);

describe('reprioritize', () => {
  it('scores the most pressing awaited message, with the time waited', () => {
    const result = reprioritize({
      conversation: conversation(), customer: plain, settings: DEFAULT_PRIORITY_SETTINGS, now: at(65),
      messages: [calm, { ...calm, urgency: 1 }],
    });
    expect(result?.priority.factors).toEqual([
      { factor: 'urgency', points: 40, detail: 'the message reads as urgent' },
      { factor: 'aging', points: 4, detail: 'waiting more than 1 h' },
    ]);
    expect(result?.nextAt).toEqual(at(90));
  });

  it('keeps listening points, and follower points only while followers are weighed in', () => {
    const stored = [{ factor: 'listening', points: 7, detail: 'rule "outage"' }, { factor: 'followers', points: 5, detail: '31,623 followers' }];
    const run = (followers: number) => reprioritize({
      conversation: conversation({ priorityFactors: stored }), customer: plain, messages: [calm], now: at(1),
      settings: parsePrioritySettings({ followers: { max: followers } }),
    })?.priority.factors.map((f) => f.factor);
    expect(run(0)).toEqual(['listening']);
    expect(run(10)).toEqual(['listening', 'followers']);
  });

  it('keeps the stored message factors when the awaited messages are not at hand', () => {
    const stored = [{ factor: 'urgency', points: 32, detail: 'the message reads as urgent' }, { factor: 'aging', points: 2, detail: 'waiting more than 30 min' }];
    const result = reprioritize({ conversation: conversation({ priorityFactors: stored }), customer: { ...plain, isVip: true }, messages: [], settings: DEFAULT_PRIORITY_SETTINGS, now: at(61) });
    expect(result?.priority.factors.map((f) => `${f.factor} ${f.points}`)).toEqual(['vip 20', 'urgency 32', 'aging 4']);
  });

  it('does nothing for a conversation that no longer waits, or that listening found', () => {
    const run = (over: Partial<Conversation>) => reprioritize({ conversation: conversation(over), customer: plain, messages: [calm], settings: DEFAULT_PRIORITY_SETTINGS, now: at(90) });
    expect(run({ needsReply: false, waitingSince: null })).toBeNull();
    expect(run({ status: 'resolved' })).toBeNull();
    expect(run({ listeningLabel: 'industry' })).toBeNull();
    expect(run({ status: 'snoozed' })?.priority.factors.map((f) => f.factor)).toEqual(['aging']);
  });
});
