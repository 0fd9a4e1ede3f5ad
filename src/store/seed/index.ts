// Generates a realistic workspace at any scale (agents, teams, channels, customers, conversations,
// messages) straight into the store with multi-row inserts: a million conversations in minutes.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../database.ts';
import type { ConversationStatus, Workspace } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import type { SecretBox } from '../secret-box.ts';
import { createWorkspace, firstWorkspace, getWorkspace } from '../repositories/workspaces.ts';
import { addMembership, createUser } from '../repositories/users.ts';
import { createTeam, listTeams } from '../repositories/teams.ts';
import { ensureTags } from '../repositories/tags.ts';
import { insertChannel, markChannelEvent } from '../repositories/channels.ts';
import { bumpStatusCount } from '../repositories/conversations.ts';
import { bumpDailyStats } from '../repositories/stats.ts';
import { insertRows } from '../bulk-insert.ts';
import { createRandom } from './random.ts';
import { createSeedIds, randomRunTag } from './seed-ids.ts';
import { createConversationGenerator, type ChunkRows, type GeneratorAgent, type GeneratorChannel } from './conversation-generator.ts';
import { AGENT_COUNT, EXTRA_TAGS, SEED_CHANNELS, TEAMS, TOPIC_TAGS } from './workspace-shape.ts';
import { PHRASEBOOKS, type SeedLanguage } from './vocabulary.ts';

export { SEARCH_QUERIES } from './vocabulary.ts';

export interface SeedOptions {
  conversations: number;
  /** Seals the generated channels' placeholder secrets, so the server can open them like any other. */
  secretBox: SecretBox;
  /** Default: the first workspace, or a new "Aurora Mobile" one. */
  workspaceId?: string | undefined;
  /** Fixes the shape of the data (not the ids), so runs are comparable. */
  seed?: number;
  /** Conversations are spread over this many days before `now`. */
  days?: number;
  now?: Date;
  /** Conversations committed per transaction. */
  conversationsPerTransaction?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  workspaceId: string;
  conversations: number;
  messages: number;
  contacts: number;
  channels: { id: string; network: string; name: string }[];
  agents: { id: string; email: string; name: string; languages: string[] }[];
  /** All generated agents share it; it is printed once and stored only hashed. */
  agentPassword: string;
  elapsedMs: number;
}

const CHUNK = 1000;
const SQLITE_SEED_CACHE_KIB = 131_072;

async function resolveWorkspace(store: Store, workspaceId: string | undefined): Promise<Workspace> {
  if (workspaceId) {
    const found = await getWorkspace(store.db, workspaceId);
    if (!found) throw new Error(`workspace ${workspaceId} not found`);
    return found;
  }
  return (await firstWorkspace(store.db)) ?? createWorkspace(store.db, 'Aurora Mobile');
}

async function createPeople(store: Store, workspaceId: string, runTag: string, password: string, random: ReturnType<typeof createRandom>) {
  const passwordHash = await hashPassword(password);
  const languages = Object.keys(PHRASEBOOKS) as SeedLanguage[];
  return store.db.transaction().execute(async (trx) => {
    const agents: SeedSummary['agents'] = [];
    for (let n = 1; n <= AGENT_COUNT; n++) {
      const book = PHRASEBOOKS[random.pick(languages)];
      const skills = [...new Set([book.code, 'en', PHRASEBOOKS[random.pick(languages)].code])];
      const user = await createUser(trx, {
        email: `agent${n}.${runTag}@seed.parley.test`, name: `${random.pick(book.firstNames)} ${random.pick(book.lastNames)}`, passwordHash,
      });
      await addMembership(trx, { workspaceId, userId: user.id, role: 'agent', skills });
      agents.push({ id: user.id, email: user.email, name: user.name, languages: skills });
    }
    const existing = new Map((await listTeams(trx, workspaceId)).map((t) => [t.name, t.id]));
    const teamIds: string[] = [];
    for (const [i, name] of TEAMS.entries()) {
      const members = agents.filter((_, k) => k % TEAMS.length === i).map((a) => a.id);
      teamIds.push(existing.get(name) ?? (await createTeam(trx, workspaceId, name, members)).id);
    }
    await ensureTags(trx, workspaceId, [...Object.values(TOPIC_TAGS), ...EXTRA_TAGS]);
    return { agents, teamIds };
  });
}

async function createChannels(store: Store, workspaceId: string, box: SecretBox, now: Date): Promise<GeneratorChannel[]> {
  const channels: GeneratorChannel[] = [];
  for (const shape of SEED_CHANNELS) {
    const id = newId('ch');
    // Placeholder credentials: the generated channels can be browsed, never used to reach a network.
    const secrets = { secret: randomBytes(32).toString('hex'), accessToken: 'seed-placeholder' };
    await insertChannel(store.db, box, {
      id, workspaceId, network: shape.network, name: shape.name, config: shape.config, secrets,
      createdAt: now.toISOString(), lastEventAt: null, lastError: null,
    });
    const namespace = shape.network === 'api' || shape.network === 'webchat' ? `${shape.network}:${id}` : shape.network;
    channels.push({ id, network: shape.network, namespace, weight: shape.weight, publicShare: shape.publicShare });
  }
  return channels;
}

async function writeChunk(store: Store, db: Store['db'], rows: ChunkRows): Promise<void> {
  await insertRows(db, store.dialect, 'contacts', rows.contacts);
  await insertRows(db, store.dialect, 'identities', rows.identities);
  await insertRows(db, store.dialect, 'conversations', rows.conversations);
  await insertRows(db, store.dialect, 'conversation_tags', rows.conversationTags);
  await insertRows(db, store.dialect, 'messages', rows.messages);
}

export async function seedWorkspace(store: Store, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const total = options.conversations;
  if (!Number.isInteger(total) || total < 1) throw new Error('conversations must be a whole number of at least 1');
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? 20_240_601);
  const runTag = randomRunTag();
  const agentPassword = randomBytes(12).toString('base64url');
  const workspace = await resolveWorkspace(store, options.workspaceId);
  const { agents, teamIds } = await createPeople(store, workspace.id, runTag, agentPassword, random);
  const channels = await createChannels(store, workspace.id, options.secretBox, now);
  const days = options.days ?? 365;
  const generator = createConversationGenerator({
    workspaceId: workspace.id, channels, teamIds, random, newId: createSeedIds(runTag), runTag, total,
    agents: agents.map((a): GeneratorAgent => ({ id: a.id, name: a.name, languages: a.languages })),
    startMs: now.getTime() - days * 86_400_000, endMs: now.getTime() - 12 * 3_600_000, nowMs: now.getTime(),
  });

  const perTransaction = options.conversationsPerTransaction ?? (store.dialect === 'postgres' ? 10_000 : 25_000);
  const previousCache = store.dialect === 'sqlite' ? (await sql<{ cache_size: number }>`pragma cache_size`.execute(store.db)).rows[0]?.cache_size : undefined;
  // A bigger page cache while loading keeps the indexes' pages in memory between statements.
  if (store.dialect === 'sqlite') await sql.raw(`pragma cache_size = -${SQLITE_SEED_CACHE_KIB}`).execute(store.db);
  try {
    for (let from = 0; from < total; from += perTransaction) {
      const until = Math.min(total, from + perTransaction);
      await store.db.transaction().execute(async (trx) => {
        // A bulk load can be redone; the instance's own writes keep their durability.
        if (store.dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
        // The next chunk is generated while the database writes the previous one (PostgreSQL
        // works in its own process; better-sqlite3 is synchronous, so there it simply alternates).
        let writing: Promise<void> = Promise.resolve();
        for (let start = from; start < until; start += CHUNK) {
          const rows = generator.chunk(start, Math.min(until, start + CHUNK));
          await writing;
          writing = writeChunk(store, trx, rows);
          writing.catch(() => {});
        }
        await writing;
      });
      options.onProgress?.(until, total);
    }
  } finally {
    if (previousCache !== undefined) await sql.raw(`pragma cache_size = ${Number(previousCache)}`).execute(store.db);
  }

  const { tally } = generator;
  await store.db.transaction().execute(async (trx) => {
    for (const [status, count] of tally.statusCounts) await bumpStatusCount(trx, workspace.id, status as ConversationStatus, count);
    for (const [key, day] of tally.daily) {
      const [date, channelId] = key.split('|') as [string, string];
      await bumpDailyStats(trx, workspace.id, channelId, date, day.inbound, day.outbound);
    }
    for (const channel of channels) await markChannelEvent(trx, channel.id, now.toISOString());
  });
  // Fresh planner statistics, as autovacuum would gather soon after a load of this size.
  if (store.dialect === 'postgres') {
    await sql`analyze conversations, conversation_tags, messages, contacts, identities`.execute(store.db);
  }
  return {
    workspaceId: workspace.id, conversations: total, messages: tally.messages, contacts: tally.contacts,
    channels: channels.map((c) => ({ id: c.id, network: c.network, name: SEED_CHANNELS.find((s) => s.network === c.network)!.name })),
    agents, agentPassword, elapsedMs: Date.now() - started,
  };
}
