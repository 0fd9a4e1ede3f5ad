// The mix a generated workspace has: which channels, how conversations spread over languages,
// statuses, teams and tags. Shares follow what a mid-sized telecom's care team sees.
import type { ConversationStatus, Network } from '../../domain/types.ts';
import type { Weighted } from './random.ts';
import type { SeedLanguage, Topic } from './vocabulary.ts';

/** Nothing listens on port 9 (discard): a reply sent on a generated channel fails locally, never reaches a network. */
const NOWHERE = 'http://127.0.0.1:9';

export interface SeedChannel {
  network: Network;
  name: string;
  /** Share of conversations that arrive on this channel. */
  weight: number;
  /** The share of its conversations that are public threads (the rest are private messages). */
  publicShare: number;
  config: Record<string, unknown>;
}

export const SEED_CHANNELS: readonly SeedChannel[] = [
  { network: 'x', name: 'X @AuroraMobile', weight: 30, publicShare: 0.65,
    config: { userId: '1000000001', handle: 'AuroraMobile', apiBaseUrl: NOWHERE } },
  { network: 'facebook', name: 'Aurora Mobile (Facebook)', weight: 15, publicShare: 0.5,
    config: { pageId: '1000000002', graphApiBaseUrl: NOWHERE } },
  { network: 'instagram', name: '@aurora.mobile (Instagram)', weight: 12, publicShare: 0.6,
    config: { igUserId: '1000000003', graphApiBaseUrl: NOWHERE } },
  { network: 'whatsapp', name: 'WhatsApp +371 2000 0000', weight: 18, publicShare: 0,
    config: { phoneNumberId: '1000000004', businessAccountId: '1000000005', graphApiBaseUrl: NOWHERE } },
  { network: 'telegram', name: 'Telegram @aurora_help_bot', weight: 5, publicShare: 0,
    config: { apiBaseUrl: NOWHERE } },
  { network: 'email', name: 'help@aurora.example', weight: 10, publicShare: 0,
    config: { address: 'help@aurora.example', imap: { host: '127.0.0.1', port: 9 }, smtp: { host: '127.0.0.1', port: 9 } } },
  { network: 'webchat', name: 'Website chat', weight: 6, publicShare: 0,
    config: { allowedOrigins: ['http://127.0.0.1'] } },
  { network: 'api', name: 'Order system', weight: 4, publicShare: 0,
    config: { deliveryUrl: `${NOWHERE}/parley-seed` } },
];

export const LANGUAGE_MIX: readonly Weighted<SeedLanguage>[] = [
  { value: 'en', weight: 42 }, { value: 'ru', weight: 13 }, { value: 'tr', weight: 11 }, { value: 'sr-Cyrl', weight: 5 },
  { value: 'sr-Latn', weight: 5 }, { value: 'lv', weight: 8 }, { value: 'de', weight: 9 }, { value: 'es', weight: 7 },
];

export const STATUS_MIX: readonly Weighted<ConversationStatus>[] = [
  { value: 'resolved', weight: 62 }, { value: 'open', weight: 24 }, { value: 'pending', weight: 9 }, { value: 'snoozed', weight: 5 },
];

export const TEAMS = ['Billing', 'Technical', 'Social media', 'Priority care'] as const;

/** Each topic's tag, plus tags agents add by hand. */
export const TOPIC_TAGS: Record<Topic, string> = {
  billing: 'billing', outage: 'outage', slow: 'network-speed', roaming: 'roaming', sim: 'sim', app: 'app',
  refund: 'refund', delivery: 'delivery', praise: 'praise', account: 'account',
};
export const EXTRA_TAGS = ['complaint', 'escalated', 'churn-risk', 'follow-up', 'press', 'fraud'] as const;

export const AGENT_COUNT = 50;
/** Open conversations nobody has yet: what the next-up queue serves. */
export const OPEN_UNASSIGNED_SHARE = 0.6;
export const VIP_SHARE = 0.02;
/** Public threads often come from a customer who wrote before. */
export const RETURNING_CUSTOMER_SHARE = 0.35;
