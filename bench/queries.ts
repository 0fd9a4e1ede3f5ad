// The agent's reads at scale: the inbox list, a conversation's detail, the next-up claim, search
// and ranked search — each called many times with varied arguments, timed one call at a time.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Store } from '../src/store/database.ts';
import type { ConversationFilter } from '../src/store/repositories/conversations.ts';
import { claimNextConversation, getConversation, listConversations } from '../src/store/repositories/conversations.ts';
import { listConversationMessages, searchMessages } from '../src/store/repositories/messages.ts';
import { getContact } from '../src/store/repositories/contacts.ts';
import { getChannel } from '../src/store/repositories/channels.ts';
import { presentConversationPage } from '../src/server/presenters/conversation-page.ts';
import { createRandom, type Random } from '../src/store/seed/random.ts';
import { SEARCH_QUERIES } from '../src/store/seed/index.ts';
import { EXTRA_TAGS, TOPIC_TAGS } from '../src/store/seed/workspace-shape.ts';
import { summarize, type Summary } from './percentiles.ts';
import { rankedSearch } from './ranked-search.ts';

export interface QueryWorkspace {
  workspaceId: string;
  agents: { id: string; languages: string[] }[];
  channelIds: string[];
}

export interface QueryKindResult extends Summary {
  /** The slowest calls' arguments, to tell a slow plan from a slow moment. */
  slowest: { ms: number; call: string }[];
}

export interface QueryResults { list: QueryKindResult; detail: QueryKindResult; next: QueryKindResult; search: QueryKindResult; rankedSearch: QueryKindResult }

const WARM_UP_CALLS = 10;
const MAX_SECONDS_PER_KIND = 60;
const LANGUAGES = ['en', 'ru', 'tr', 'sr', 'lv', 'de', 'es'];
const TAGS = [...Object.values(TOPIC_TAGS), ...EXTRA_TAGS];

/**
 * Times `calls` calls (after a short warm-up), stopping early if the kind's time budget runs out.
 * Each call returns a description of its arguments, kept for the slowest few.
 */
async function timeCalls(calls: number, call: () => Promise<string>): Promise<QueryKindResult> {
  for (let i = 0; i < WARM_UP_CALLS; i++) await call();
  const samples: { ms: number; call: string }[] = [];
  const deadline = performance.now() + MAX_SECONDS_PER_KIND * 1000;
  for (let i = 0; i < calls && performance.now() < deadline; i++) {
    const started = performance.now();
    const description = await call();
    samples.push({ ms: performance.now() - started, call: description });
  }
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 3).map((s) => ({ ms: Math.round(s.ms * 10) / 10, call: s.call }));
  return { ...summarize(samples.map((s) => s.ms)), slowest };
}

const describeFilter = (filter: ConversationFilter, cursor: string | undefined) =>
  `${JSON.stringify(filter)}${cursor ? ' (next page)' : ''}`;

/** The filters agents and leads actually use, each sorted by priority. */
function inboxFilter(random: Random, workspace: QueryWorkspace): ConversationFilter {
  const agent = random.pick(workspace.agents);
  const choices: (() => ConversationFilter)[] = [
    () => ({ status: ['open'] }),
    () => ({ status: ['open'], assignee: 'unassigned' }),
    () => ({ status: ['open', 'pending'], assignee: agent.id }),
    () => ({ status: ['open'], language: random.pick(LANGUAGES) }),
    () => ({ status: ['open'], tag: random.pick(TAGS) }),
    () => ({ status: ['open'], channelIds: [random.pick(workspace.channelIds)] }),
    () => ({ status: ['open'], needsReply: true, minPriority: 20 }),
    () => ({ status: ['pending'] }),
    () => ({ status: ['open'], sentiment: 'negative' }),
    () => ({ status: ['open'], isVip: true }),
    () => ({ status: ['resolved'], tag: random.pick(TAGS) }),
    () => ({ status: ['open', 'pending', 'snoozed'], kind: 'public' }),
  ];
  return random.pick(choices)();
}

export async function measureQueries(store: Store, workspace: QueryWorkspace, calls: number): Promise<QueryResults> {
  const { db, dialect } = store;
  const { workspaceId } = workspace;
  const random = createRandom(7);
  const sample = await sql<{ id: string }>`select id from conversations where workspace_id = ${workspaceId} order by random() limit 2000`.execute(db);
  const conversationIds = sample.rows.map((r) => r.id);

  // A quarter of list calls continue from the previous page of the same filter, as scrolling does.
  let previous: { filter: ConversationFilter; cursor: string } | undefined;
  const list = await timeCalls(calls, async () => {
    const continuing = previous && random.chance(0.25) ? previous : undefined;
    const filter = continuing?.filter ?? inboxFilter(random, workspace);
    const page = await listConversations(db, workspaceId, filter, 'priority', 50, continuing?.cursor);
    await presentConversationPage(db, page);
    previous = page.nextCursor ? { filter, cursor: page.nextCursor } : undefined;
    return describeFilter(filter, continuing?.cursor);
  });

  const detail = await timeCalls(calls, async () => {
    const conversation = await getConversation(db, workspaceId, random.pick(conversationIds));
    if (!conversation) throw new Error('a sampled conversation is missing');
    const [messages] = await Promise.all([
      listConversationMessages(db, conversation.id, 200),
      getContact(db, workspaceId, conversation.contactId),
      getChannel(db, workspaceId, conversation.channelId),
    ]);
    return `${conversation.id} (${messages.items.length} messages)`;
  });

  // Half the claims come from agents whose language skills narrow the queue, as claimNext does.
  const next = await timeCalls(calls, async () => {
    const agent = random.pick(workspace.agents);
    const options = random.chance(0.5) ? { languages: agent.languages } : {};
    await claimNextConversation(db, dialect, workspaceId, agent.id, options);
    return JSON.stringify(options);
  });

  const query = () => (random.chance(0.15) ? String(random.int(100_000, 999_999)) : random.pick(SEARCH_QUERIES));
  let previousSearch: { q: string; before: number } | undefined;
  const search = await timeCalls(calls, async () => {
    const continuing = previousSearch && random.chance(0.2) ? previousSearch : undefined;
    const q = continuing?.q ?? query();
    const page = await searchMessages(db, dialect, workspaceId, q, 50, continuing?.before);
    previousSearch = page.nextBefore ? { q, before: page.nextBefore } : undefined;
    return `"${q}"${continuing ? ' (next page)' : ''}: ${page.items.length} hits`;
  });

  const ranked = await timeCalls(calls, async () => {
    const q = query();
    return `"${q}": ${(await rankedSearch(db, dialect, workspaceId, q)).length} hits`;
  });

  return { list, detail, next, search, rankedSearch: ranked };
}
