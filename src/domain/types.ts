// The domain model: what Parley keeps about workspaces, channels, people and conversations.

export const NETWORKS = [
  'x', 'facebook', 'instagram', 'whatsapp', 'telegram', 'mastodon', 'bluesky', 'email', 'webchat', 'api',
] as const;
export type Network = (typeof NETWORKS)[number];

export const ROLES = ['admin', 'lead', 'agent', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** A public thread lives where everybody can read it; a private one is a DM, chat or email. */
export type Visibility = 'public' | 'private';
export type ConversationKind = Visibility;

/** in: from the customer; out: from the brand; note: internal; bot: the brand's bot. */
export const MESSAGE_DIRECTIONS = ['in', 'out', 'note', 'bot'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/** delivered / read: the network's receipts, where it sends them (Messenger, Instagram). */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
}

export interface Channel {
  id: string;
  workspaceId: string;
  network: Network;
  name: string;
  /** Settings that are safe to show (secrets live apart, encrypted). */
  config: Record<string, unknown>;
  createdAt: string;
  lastEventAt: string | null;
  lastError: string | null;
  /** Parley's own settings for the channel (absent: the defaults of channelSettings()). */
  settings?: ChannelSettings;
}

export type SignatureStyle = 'none' | 'initials' | 'full';

export interface ChannelSettings {
  /** The team whose queue new conversations on this channel join. */
  teamId: string | null;
  /** How an agent's signature is appended, by visibility (e.g. initials on public posts). */
  signature: Record<Visibility, SignatureStyle>;
  /**
   * Messenger / Instagram: the Page has Meta's human agent permission, so agents may answer up to
   * 7 days after the customer's last message (HUMAN_AGENT tag) instead of 24 hours.
   */
  humanAgentTag?: boolean;
}

export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = { teamId: null, signature: { public: 'none', private: 'none' } };

export function channelSettings(channel: Channel): ChannelSettings {
  return { ...DEFAULT_CHANNEL_SETTINGS, ...channel.settings };
}

/** A channel with its decrypted secrets, only ever held in memory by the server. */
export interface ChannelWithSecrets extends Channel {
  secrets: Record<string, string>;
}

export interface Identity {
  id: string;
  contactId: string;
  network: Network;
  /** Where the external id is unique: the network, or one channel for api and webchat. */
  namespace: string;
  externalId: string;
  handle: string | null;
  displayName: string | null;
}

export interface Contact {
  id: string;
  workspaceId: string;
  name: string | null;
  isVip: boolean;
  attributes: Record<string, unknown>;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface PriorityFactor {
  factor: string;
  points: number;
  detail: string;
}

export interface Priority {
  score: number;
  factors: PriorityFactor[];
}

/** Who made a conversation's latest change, and what it was ("assigned to Ana", "replied"). */
export interface ConversationChange {
  byUserId: string | null;
  byName: string | null;
  what: string;
  at: string;
}

export interface Conversation {
  id: string;
  workspaceId: string;
  channelId: string;
  contactId: string;
  kind: ConversationKind;
  threadKey: string;
  status: ConversationStatus;
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  priority: number;
  priorityFactors: PriorityFactor[];
  language: string | null;
  sentiment: SentimentLabel | null;
  needsReply: boolean;
  snippet: string;
  snoozedUntil: string | null;
  lastMessageAt: string;
  lastInboundAt: string | null;
  waitingSince: string | null;
  /** Grows with every change so that a stale view can be detected. */
  version: number;
  lastChange: ConversationChange | null;
  /** Found by listening (not addressed to the brand): waits in the Listening view, not the care queue. */
  listeningLabel?: 'about-brand' | 'industry' | null;
  createdAt: string;
  updatedAt: string;
}

export interface Attachment {
  type: 'image' | 'video' | 'audio' | 'file' | 'location' | 'other';
  url: string | null;
  name: string | null;
  mimeType: string | null;
  size: number | null;
}

export interface MessageAnalysis {
  language: string | null;
  sentiment: SentimentLabel | null;
  sentimentScore: number | null;
  urgency: number;
  intents: string[];
  pii: { type: string; start: number; end: number }[];
}

export interface Message extends MessageAnalysis {
  id: string;
  workspaceId: string;
  conversationId: string;
  channelId: string;
  direction: MessageDirection;
  visibility: Visibility;
  externalId: string | null;
  inReplyToExternalId: string | null;
  authorType: 'contact' | 'user' | 'bot' | 'system';
  authorId: string | null;
  authorName: string | null;
  text: string;
  attachments: Attachment[];
  deliveryStatus: DeliveryStatus | null;
  deliveryError: string | null;
  /** Hidden or deleted on the network by an agent (a public message exposing private data). */
  moderation?: 'hidden' | 'deleted' | null;
  /** When the author last edited it on the network; its earlier texts are kept, oldest first. */
  editedAt?: string | null;
  previousTexts?: string[];
  /** When the author removed it on the network (the text stays for the team). */
  removedAt?: string | null;
  /** The listening rules it matched, each labelled directed, about-brand or industry. */
  matches?: { ruleId: string; label: 'directed' | 'about-brand' | 'industry' }[];
  sentAt: string;
  createdAt: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

export interface Membership {
  workspaceId: string;
  userId: string;
  role: Role;
  /** Languages (ISO 639-1) and topics the agent handles. */
  skills: string[];
  /** Away or signed-out agents receive nothing new. */
  isAvailable: boolean;
  /** Appended to replies where the channel asks for a full signature. */
  signature: string | null;
  /** Appended as "^JM" where the channel asks for initials. */
  initials: string | null;
}

export type NewMembership = Pick<Membership, 'workspaceId' | 'userId' | 'role' | 'skills'>;

export interface TeamAssignment {
  /** manual: leads and agents assign; auto: Parley hands conversations out as agents have room. */
  mode: 'manual' | 'auto';
  /** The most open conversations an agent holds at once (null: no limit). */
  capacity: number | null;
  /** Only agents who list the conversation's language among their skills receive it. */
  requireLanguage: boolean;
  /** An agent going away hands their unanswered conversations back to the queue. */
  returnWhenAway: boolean;
}

export const DEFAULT_TEAM_ASSIGNMENT: TeamAssignment = { mode: 'manual', capacity: null, requireLanguage: false, returnWhenAway: false };

export interface Team {
  id: string;
  workspaceId: string;
  name: string;
  memberIds: string[];
  assignment: TeamAssignment;
}

export interface Tag {
  id: string;
  workspaceId: string;
  name: string;
  color: string | null;
}

export interface SavedReply {
  id: string;
  workspaceId: string;
  /** null: shared with the workspace; otherwise personal to that user. */
  ownerId: string | null;
  name: string;
  shortcut: string;
  body: string;
  language: string | null;
  usageCount: number;
}
