// The demo's social networks: the local X and Graph API emulators, the x, facebook and instagram
// channels connected to them, the signed deliveries those networks would send, and a line per reply.
import net from 'node:net';
import { createHash } from 'node:crypto';
import type { Db } from '../../store/database.ts';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import type { SecretBox } from '../../store/secret-box.ts';
import type { ChannelRegistry } from '../../channels/registry.ts';
import { connectChannel } from '../../care/connect-channel.ts';
import { deleteChannel, getChannelWithSecrets, listChannels } from '../../store/repositories/channels.ts';
import { startXEmulator, type XEmulator } from '../../channels/x/emulator.ts';
import { directMessageDelivery, postDelivery, signDelivery as signXDelivery, type XPerson } from '../../channels/x/activity-deliveries.ts';
import { mintSnowflake } from '../../channels/x/snowflake.ts';
import { startGraphEmulator, type GraphEmulator } from '../../channels/meta/emulator.ts';
import { customerMessage, entry, feedComment, instagramDelivery, pageDelivery, signDelivery as signMetaDelivery } from '../../channels/meta/webhook-builders.ts';
import type { DemoCustomer, DemoMessage } from './corpus.ts';
import { printable } from './console-feed.ts';

// Demo-only credentials: they open nothing but the loopback emulators started next to them.
export const DEMO_X = {
  brand: { id: '1498765432109876543', screenName: 'AuroraMobile', name: 'Aurora Mobile' } satisfies XPerson,
  credentials: {
    consumerKey: 'aurora-demo-consumer-key', consumerSecret: 'aurora-demo-consumer-secret',
    accessToken: '1498765432109876543-AuroraDemoAccessToken', accessTokenSecret: 'aurora-demo-access-token-secret',
  },
};
export const DEMO_META = {
  pageId: '1755847768034402', igUserId: '17841405309211844',
  pageAccessToken: 'EAADemoAuroraPageToken', igAccessToken: 'IGAADemoAuroraInstagramToken',
  appSecret: 'aurora-demo-meta-app-secret', verifyToken: 'aurora-demo-verify-token',
};
export const DEMO_SOCIAL_NAMES = { x: 'Demo X', facebook: 'Demo Facebook Page', instagram: 'Demo Instagram' } as const;

export type SocialNetwork = keyof typeof DEMO_SOCIAL_NAMES;
export type SocialChannels = Record<SocialNetwork, ChannelWithSecrets>;

export interface DemoEmulators {
  x: XEmulator;
  graph: GraphEmulator;
  close(): Promise<void>;
}

function portOf(url: unknown): number | undefined {
  try {
    const parsed = new URL(String(url ?? ''));
    return parsed.hostname === '127.0.0.1' && parsed.port ? Number(parsed.port) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a loopback port can be listened on now (the emulators do not recover from EADDRINUSE). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function preferred(port: number | undefined): Promise<number | undefined> {
  return port !== undefined && await isFree(port) ? port : undefined;
}

export async function findSocialChannels(db: Db, box: SecretBox, workspaceId: string): Promise<Partial<SocialChannels>> {
  const all = await listChannels(db, workspaceId);
  const found: Partial<SocialChannels> = {};
  for (const network of Object.keys(DEMO_SOCIAL_NAMES) as SocialNetwork[]) {
    const channel = all.find((c) => c.network === network && c.name === DEMO_SOCIAL_NAMES[network]);
    const full = channel && await getChannelWithSecrets(db, box, channel.id);
    if (full) found[network] = full;
  }
  return found;
}

/** Both emulators on loopback, on the ports the last run's channels name when those are free. */
export async function startDemoEmulators(existing: Partial<SocialChannels> = {}): Promise<DemoEmulators> {
  const x = await startXEmulator({ credentials: DEMO_X.credentials, account: DEMO_X.brand, port: await preferred(portOf(existing.x?.config.apiBaseUrl)) });
  try {
    const graph = await startGraphEmulator({
      accessTokens: [DEMO_META.pageAccessToken, DEMO_META.igAccessToken],
      port: await preferred(portOf(existing.facebook?.config.graphApiBaseUrl ?? existing.instagram?.config.graphApiBaseUrl)),
    });
    return { x, graph, close: async () => { await Promise.all([x.close(), graph.close()]); } };
  } catch (error) {
    await x.close();
    throw error;
  }
}

function configFor(network: SocialNetwork, emulators: DemoEmulators): Record<string, unknown> {
  if (network === 'x') {
    return { userId: DEMO_X.brand.id, handle: DEMO_X.brand.screenName, ...DEMO_X.credentials, apiBaseUrl: emulators.x.url };
  }
  if (network === 'facebook') {
    return { pageId: DEMO_META.pageId, pageAccessToken: DEMO_META.pageAccessToken, appSecret: DEMO_META.appSecret, verifyToken: DEMO_META.verifyToken, graphApiBaseUrl: emulators.graph.url };
  }
  return { igUserId: DEMO_META.igUserId, accessToken: DEMO_META.igAccessToken, appSecret: DEMO_META.appSecret, verifyToken: DEMO_META.verifyToken, graphApiBaseUrl: emulators.graph.url };
}

const baseUrlOf = (channel: ChannelWithSecrets) => String(channel.config.apiBaseUrl ?? channel.config.graphApiBaseUrl ?? '');

/** Reuses last run's channels when they point at these emulators; otherwise connects them anew. */
export async function ensureSocialChannels(db: Db, box: SecretBox, registry: ChannelRegistry, workspaceId: string,
  existing: Partial<SocialChannels>, emulators: DemoEmulators): Promise<SocialChannels> {
  const result: Partial<SocialChannels> = {};
  for (const network of Object.keys(DEMO_SOCIAL_NAMES) as SocialNetwork[]) {
    const config = configFor(network, emulators);
    const old = existing[network];
    const wanted = String(config.apiBaseUrl ?? config.graphApiBaseUrl);
    if (old && baseUrlOf(old) === wanted) {
      result[network] = old;
      continue;
    }
    if (old) await deleteChannel(db, workspaceId, old.id);
    const { channel } = await connectChannel(db, box, registry, { workspaceId, network, name: DEMO_SOCIAL_NAMES[network], config });
    const stored = await getChannelWithSecrets(db, box, channel.id);
    if (!stored) throw new Error(`the ${network} demo channel was not stored`);
    result[network] = stored;
  }
  return result as SocialChannels;
}

/** A delivery ready to POST: where, with which headers, and the exact bytes that were signed. */
export interface DemoRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface DemoRoute {
  /** Shown on the feed: "api", "x", "facebook", "instagram". */
  name: string;
  request(message: DemoMessage, round: number, sentAt: Date): DemoRequest;
}

/** A stable numeric id for a demo customer, as X and Meta ids are digits. */
export function numericId(seed: string, digits = 16): string {
  const n = BigInt(`0x${createHash('sha256').update(seed).digest('hex').slice(0, 15)}`);
  return `9${n.toString().padStart(digits, '0').slice(-digits + 1)}`;
}

const xPerson = (c: DemoCustomer): XPerson => ({ id: numericId(`x:${c.id}`, 18), screenName: c.handle.replace(/\W/g, '_').slice(0, 15), name: c.name });

export function xRoute(webhookUrl: string): DemoRoute {
  const sent = new Map<string, { id: string; author: XPerson }>();
  const brand = DEMO_X.brand;
  return {
    name: 'x',
    request(message, round, sentAt) {
      const author = xPerson(message.customer);
      let body: unknown;
      if (message.visibility === 'private') {
        body = directMessageDelivery({ brand, from: author, to: brand, text: message.text, at: sentAt });
      } else {
        const parent = message.replyTo ? sent.get(`${round}:${message.replyTo}`) : undefined;
        const mention = `@${brand.screenName}`;
        const text = message.text.includes(mention) ? message.text : parent ? `@${parent.author.screenName} ${mention} ${message.text}` : `${mention} ${message.text}`;
        const id = mintSnowflake(sentAt);
        body = postDelivery({ brand, author, text, id, at: sentAt, ...(parent ? { inReplyTo: parent } : {}) });
        sent.set(`${round}:${message.key}`, { id, author });
      }
      const signed = signXDelivery(DEMO_X.credentials.consumerSecret, body);
      return { url: webhookUrl, headers: signed.headers, body: signed.rawBody };
    },
  };
}

/** Fresh numeric ids for this run's Meta objects. */
function idMinter(start: number): () => string {
  let sequence = 0;
  return () => `${start}${String(++sequence).padStart(5, '0')}`;
}

export function facebookRoute(webhookUrl: string, start = Date.now()): DemoRoute {
  const next = idMinter(start);
  const postId = `${DEMO_META.pageId}_${start}`;
  const comments = new Map<string, string>();
  return {
    name: 'facebook',
    request(message, round, sentAt) {
      const from = { id: numericId(`fb:${message.customer.id}`), name: message.customer.name };
      let payload: unknown;
      if (message.visibility === 'private') {
        payload = pageDelivery(entry(DEMO_META.pageId, sentAt, { messaging: [
          customerMessage({ ownId: DEMO_META.pageId, customerId: from.id, mid: `m_demo_${next()}`, text: message.text, timestamp: sentAt }),
        ] }));
      } else {
        const commentId = `${start}_${next()}`;
        const parentId = message.replyTo ? comments.get(`${round}:${message.replyTo}`) : undefined;
        comments.set(`${round}:${message.key}`, commentId);
        payload = pageDelivery(entry(DEMO_META.pageId, sentAt, { changes: [
          feedComment({ commentId, postId, ...(parentId ? { parentId } : {}), from, message: message.text, createdTime: sentAt }),
        ] }));
      }
      const signed = signMetaDelivery(payload, DEMO_META.appSecret);
      return { url: webhookUrl, headers: signed.headers, body: signed.body };
    },
  };
}

export function instagramRoute(webhookUrl: string, start = Date.now()): DemoRoute {
  const next = idMinter(start);
  const mediaId = `1789${start}`;
  const comments = new Map<string, string>();
  return {
    name: 'instagram',
    request(message, round, sentAt) {
      const customerId = numericId(`ig:${message.customer.id}`);
      let payload: unknown;
      if (message.visibility === 'private') {
        payload = instagramDelivery(entry(DEMO_META.igUserId, sentAt, { messaging: [
          customerMessage({ ownId: DEMO_META.igUserId, customerId, mid: `ig_demo_${next()}`, text: message.text, timestamp: sentAt }),
        ] }));
      } else {
        const id = `178${next()}`;
        const parentId = message.replyTo ? comments.get(`${round}:${message.replyTo}`) : undefined;
        comments.set(`${round}:${message.key}`, id);
        payload = instagramDelivery(entry(DEMO_META.igUserId, sentAt, { changes: [{ field: 'comments', value: {
          from: { id: customerId, username: message.customer.handle }, media: { id: mediaId, media_product_type: 'FEED' }, id,
          ...(parentId ? { parent_id: parentId } : {}), text: message.text,
        } }] }));
      }
      const signed = signMetaDelivery(payload, DEMO_META.appSecret);
      return { url: webhookUrl, headers: signed.headers, body: signed.body };
    },
  };
}

/** The x, facebook and instagram routes for a server at `base`. */
export function socialRoutes(base: string, channels: SocialChannels): DemoRoute[] {
  return [
    xRoute(`${base}/webhooks/x/${channels.x.id}`),
    facebookRoute(`${base}/webhooks/facebook/${channels.facebook.id}`),
    instagramRoute(`${base}/webhooks/instagram/${channels.instagram.id}`),
  ];
}

export interface ReplyWatch {
  stop(): void;
}

/** One line per reply the emulators accepted, as the api receiver prints one per delivery. */
export function watchEmulatorReplies(emulators: DemoEmulators, print: (line: string) => void, everyMs = 300): ReplyWatch {
  let seenX = emulators.x.created.length;
  let seenGraph = emulators.graph.accepted.length;
  const check = () => {
    for (const item of emulators.x.created.slice(seenX)) {
      print(`← x ${item.kind === 'dm' ? 'DM' : 'reply post'} accepted by the X emulator as ${item.id}: ${printable(item.text)}`);
    }
    seenX = emulators.x.created.length;
    for (const call of emulators.graph.accepted.slice(seenGraph)) {
      const network = call.token === DEMO_META.igAccessToken ? 'instagram' : 'facebook';
      const message = call.params.message;
      const text = typeof message === 'string' ? message
        : message && typeof message === 'object' && typeof (message as { text?: unknown }).text === 'string' ? (message as { text: string }).text : '';
      const id = (call.response as { id?: unknown; message_id?: unknown } | undefined);
      const what = call.path.endsWith('/messages') ? 'message' : call.path.endsWith('/comments') || call.path.endsWith('/replies') ? 'comment reply' : call.path;
      print(`← ${network} ${what} accepted by the Graph emulator as ${String(id?.id ?? id?.message_id ?? '?')}: ${printable(text)}`);
    }
    seenGraph = emulators.graph.accepted.length;
  };
  const timer = setInterval(check, everyMs);
  timer.unref();
  return { stop: () => { clearInterval(timer); check(); } };
}
