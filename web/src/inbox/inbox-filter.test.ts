import { describe, expect, it } from 'vitest';
import type { Conversation } from '../api/types.ts';
import { DEFAULT_FILTER, fromViewQuery, isFiltered, matchesFilter, toQueryString, toViewQuery } from './inbox-filter.ts';

const found = { status: 'open', channelId: 'ch', assigneeId: null, teamId: null, tags: [], language: null, sentiment: null, priority: 20, needsReply: true, listeningLabel: 'about-brand' } as unknown as Conversation;
const listening = { ...DEFAULT_FILTER, view: 'listening' as const };

describe('the care queue and the Listening view', () => {
  it('asks the server for the chosen view', () => {
    expect(new URLSearchParams(toQueryString(DEFAULT_FILTER)).get('view')).toBe('care');
    expect(new URLSearchParams(toQueryString(listening)).get('view')).toBe('listening');
  });

  it('keeps what listening found out of the care queue until someone replies', () => {
    expect(matchesFilter(found, listening, 'me')).toBe(true);
    expect(matchesFilter(found, DEFAULT_FILTER, 'me')).toBe(false);
    const answered = { ...found, listeningLabel: null };
    expect(matchesFilter(answered, listening, 'me')).toBe(false);
    expect(matchesFilter(answered, DEFAULT_FILTER, 'me')).toBe(true);
  });

  it('does not count the view as a filter to clear', () => {
    expect(isFiltered(listening)).toBe(false);
  });
});

describe('saved views and the inbox filter', () => {
  it('turns a filter into a view query and back without losing anything', () => {
    const filter = {
      ...DEFAULT_FILTER, status: 'pending' as const, network: 'x', assignee: 'me' as const, tag: 'refund', language: 'tr',
      sentiment: 'negative' as const, minPriority: 50, isVipOnly: true, isNeedsReplyOnly: true, sort: 'oldest' as const,
    };
    const query = toViewQuery(filter);
    expect(query).not.toContain('limit');
    expect(fromViewQuery(query)).toEqual(filter);
    expect(fromViewQuery(toViewQuery({ ...DEFAULT_FILTER, status: 'all' }))).toEqual({ ...DEFAULT_FILTER, status: 'all' });
  });

  it('will not apply a view it would have to narrow', () => {
    expect(fromViewQuery('status=open,pending')).toBeNull();
    expect(fromViewQuery('assignee=us_123')).toBeNull();
    expect(fromViewQuery('view=all')).toBeNull();
    expect(fromViewQuery('colour=red')).toBeNull();
  });

  it('keeps a live update of another network out of a network-filtered list', () => {
    const row = { ...found, listeningLabel: null, channel: { id: 'ch', network: 'facebook', name: 'Page' } } as unknown as Conversation;
    expect(matchesFilter(row, { ...DEFAULT_FILTER, network: 'facebook' }, 'me')).toBe(true);
    expect(matchesFilter(row, { ...DEFAULT_FILTER, network: 'x' }, 'me')).toBe(false);
    expect(new URLSearchParams(toQueryString({ ...DEFAULT_FILTER, network: 'x' })).get('network')).toBe('x');
  });
});
