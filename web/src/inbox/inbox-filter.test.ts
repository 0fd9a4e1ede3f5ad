import { describe, expect, it } from 'vitest';
import type { Conversation } from '../api/types.ts';
import { DEFAULT_FILTER, isFiltered, matchesFilter, toQueryString } from './inbox-filter.ts';

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
