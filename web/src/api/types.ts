// The shapes the REST API and the stream send to the web app (domain types come from the server).
import type {
  Channel, Contact, Conversation, ConversationChange, ConversationStatus, Identity, Message, Network, PriorityFactor, Role, SavedReply, Tag, Team, Workspace,
} from '../../../src/domain/types.ts';
import type { GoodwillLimit, GoodwillRequest, GoodwillStatus } from '../../../src/domain/goodwill.ts';
import type { ConversationSituation, Playbook } from '../../../src/domain/playbooks.ts';
import type { ChannelHealthView, HealthProblem } from '../../../src/domain/channel-health.ts';

export type {
  Contact, Conversation, ConversationChange, ConversationStatus, Identity, Message, Network, PriorityFactor, Role, SavedReply, Tag, Team, Workspace,
};

export type { GoodwillLimit, GoodwillRequest, GoodwillStatus, Playbook, ChannelHealthView, HealthProblem };

export interface CurrentUser { id: string; email: string; name: string }
export type MemberWorkspace = Workspace & { role: string };

export interface Me {
  user: CurrentUser | null;
  workspaceId: string;
  role: Role;
  workspaces: MemberWorkspace[];
  via: 'session' | 'token';
  csrfToken?: string;
}

export interface LoginAnswer {
  user: CurrentUser;
  workspace: MemberWorkspace;
  workspaces: MemberWorkspace[];
  csrfToken: string;
}

export interface ChannelSummary { id: string; network: Network; name: string }
/** A channel as GET /api/v1/channels lists it (settings say how signatures are appended). */
export type ChannelListing = ChannelSummary & Pick<Channel, 'settings' | 'lastEventAt' | 'lastError'> & {
  /** null until the channel's first health check. */
  health: ChannelHealthView | null;
  /** Whether Parley can ask the network about the token and webhook, and fetch missed messages. */
  checks: { health: boolean; backfill: boolean };
};
export interface ContactSummary { id: string; name: string | null; isVip: boolean; handle: string | null }

/** One inbox row: the conversation with enough of its contact and channel to draw it. */
export interface InboxRow extends Conversation {
  contact: ContactSummary | null;
  channel: ChannelSummary | null;
}

export interface InboxPage { items: InboxRow[]; nextCursor: string | null }

/** A saved inbox view; count is null when it cannot be counted for the one asking. */
export interface SavedView { id: string; name: string; query: string; isShared: boolean; position: number; count: number | null }

/** A message as the agent view gets it: card and ID numbers masked unless a lead reveals them. */
export type ThreadMessage = Message & { isMasked?: boolean };

export interface ConversationDetail {
  conversation: Conversation;
  priority: { score: number; factors: PriorityFactor[] };
  messages: ThreadMessage[];
  olderCursor: number | null;
  contact: (Contact & { identities: Identity[] }) | null;
  channel: ChannelSummary | null;
  /** Where the network limits private replies: when the window closes (null inside: not yet open). */
  messagingWindow: { closesAt: string | null; rule?: 'standard' | 'human_agent' | 'private_reply' } | null;
}

/** Something a customer did towards the brand besides writing. */
export type ContactActivityKind = 'favorite' | 'follow' | 'unfollow';

export interface ContactActivityItem {
  activity: ContactActivityKind;
  channelId: string;
  network: Network | null;
  /** The brand's post it concerns (the liked post); null for follows. */
  subjectExternalId: string | null;
  at: string;
}

export interface ContactActivityView {
  /** Per brand account the customer follows now: since when. */
  follows: { channelId: string; network: Network | null; since: string }[];
  recent: ContactActivityItem[];
}

export interface ContactDetail extends Contact {
  identities: Identity[];
  conversations: Conversation[];
  /** Absent from contact objects the stream carries (contact.updated); the detail endpoint always has it. */
  activity?: ContactActivityView;
}

export interface Member { id: string; email: string; name: string; role: Role; skills: string[] }

export interface DeliveryUpdate {
  id: string;
  conversationId: string;
  deliveryStatus: Message['deliveryStatus'];
  deliveryError: string | null;
  externalId?: string | null;
}

/** An agent hid, showed again or deleted a customer's public message on its network. */
export interface ModerationUpdate {
  id: string;
  conversationId: string;
  moderation: Message['moderation'];
}

/** message.updated carries a delivery step, a moderation, or the whole message (edited or removed by its author). */
export type MessageUpdate = DeliveryUpdate | ModerationUpdate | ThreadMessage;

export type ListeningLabel = NonNullable<Conversation['listeningLabel']>;

/** Where private data was found in a text: its type ('card', 'iban', …) and UTF-16 span. */
export interface PiiFinding { type: string; start: number; end: number }

export interface Notification {
  id: string;
  kind: 'mention' | 'escalation' | 'goodwill' | 'channel';
  conversationId: string | null;
  byUserId?: string | null;
  text: string;
  createdAt: string;
  readAt: string | null;
}

export interface MovedToPrivate { conversation: Conversation; publicReply: Message; privateReply: Message | null }

export type PresenceState = 'viewing' | 'typing' | 'left';

export interface PresenceEvent { conversationId: string; userId: string; name: string; state: PresenceState; at: string }

export type StreamEvent =
  | { type: 'hello'; data: { workspaceId: string; userId: string | null } }
  | { type: 'conversation.created' | 'conversation.updated'; data: Conversation }
  | { type: 'message.created'; data: ThreadMessage }
  | { type: 'message.updated'; data: MessageUpdate }
  | { type: 'message.deleted'; data: { id: string; conversationId: string } }
  | { type: 'notification.created'; data: Notification }
  | { type: 'presence'; data: PresenceEvent }
  | { type: 'contact.updated'; data: Contact & { identities: Identity[] } }
  | { type: 'contact.activity'; data: { contactId: string; activity: string; channelId: string; at: string } }
  | { type: 'goodwill.created' | 'goodwill.decided'; data: GoodwillRequest }
  | { type: 'goodwill.limits_changed'; data: ListOf<GoodwillLimit> }
  | { type: 'playbooks.changed'; data: { id: string } }
  | { type: 'views.changed'; data: { id: string } }
  | { type: 'channel.health'; data: ChannelHealthView & { channelId: string } }
  /** The inbox's other changes of a short window (the stream is opened with scope=agent). */
  | { type: 'inbox.digest'; data: { events: { type: 'conversation.created' | 'conversation.updated'; data: DigestRow }[]; dropped: number } };

/** A conversation as the inbox digest carries it: what an inbox row shows. */
export type DigestRow = Omit<Conversation, 'priorityFactors' | 'lastChange' | 'threadKey' | 'workspaceId'>;

export interface ListOf<T> { items: T[] }
export type TagList = ListOf<Tag>;
export type SavedReplyList = ListOf<SavedReply>;

/** The guidance for one conversation, and what it was matched on (its tags, the scenarios heard). */
export interface ConversationPlaybooks { situation: ConversationSituation; items: Playbook[] }

/** A goodwill gesture as recorded or decided, with the note it left and the conversation after it. */
export interface GoodwillOutcome { request: GoodwillRequest; note: Message; conversation: Conversation }
export interface GoodwillRequestPage { items: GoodwillRequest[]; nextBefore: string | null }
