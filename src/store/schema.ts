// The tables as Kysely sees them. Timestamps are ISO-8601 UTC strings; booleans are 0/1;
// JSON columns are text, so that one schema serves SQLite and PostgreSQL alike.
import type { Generated } from 'kysely';

export interface WorkspacesTable { id: string; name: string; created_at: string; brand_handles?: string; brand_names?: string }

export interface UsersTable {
  id: string; email: string; name: string; password_hash: string; created_at: string;
}

export interface MembershipsTable {
  workspace_id: string; user_id: string; role: string; skills: string; is_available: number; created_at: string;
  signature: string | null; initials: string | null;
}

export interface SessionsTable {
  id: string; user_id: string; workspace_id: string; csrf_token: string; created_at: string; expires_at: string;
}

export interface ApiTokensTable {
  id: string; workspace_id: string; name: string; token_hash: string; scopes: string;
  created_by: string | null; created_at: string; expires_at: string | null; revoked_at: string | null;
  last_used_at: string | null;
}

export interface ChannelsTable {
  id: string; workspace_id: string; network: string; name: string; config: string; secrets: string;
  created_at: string; last_event_at: string | null; last_error: string | null; deleted_at: string | null;
  settings: string;
  poll_cursor?: string | null; next_poll_at?: string | null;
}

export interface ContactsTable {
  id: string; workspace_id: string; name: string | null; is_vip: number; attributes: string; notes: string;
  created_at: string; updated_at: string;
}

export interface IdentitiesTable {
  id: string; workspace_id: string; contact_id: string; network: string; namespace: string;
  external_id: string; handle: string | null; display_name: string | null; created_at: string;
}

export interface ConversationsTable {
  id: string; workspace_id: string; channel_id: string; contact_id: string; kind: string; thread_key: string;
  status: string; assignee_id: string | null; team_id: string | null; tags: string; priority: number;
  priority_factors: string; language: string | null; sentiment: string | null; needs_reply: number;
  snippet: string; snoozed_until: string | null; last_message_at: string; last_inbound_at: string | null;
  waiting_since: string | null; version: number; created_at: string; updated_at: string;
  last_change: string | null;
  listening_label?: string | null;
  /** When a waiting conversation's priority must next be recomputed (aging, response goal); null when not waiting. */
  reprioritize_at?: string | null;
  /** The customer's VIP flag, kept in step with contacts.is_vip for the inbox's VIP filter. */
  contact_is_vip?: number;
}

export interface ConversationTagsTable {
  conversation_id: string; workspace_id: string; tag: string;
  /** The conversation's status and priority, kept in step so a tag view walks its own index. */
  status: string; priority: number;
}

export interface MessagesTable {
  seq: Generated<number>; id: string; workspace_id: string; conversation_id: string; channel_id: string;
  direction: string; visibility: string; external_id: string | null; in_reply_to_external_id: string | null;
  author_type: string; author_id: string | null; author_name: string | null; text: string; attachments: string;
  language: string | null; sentiment: string | null; sentiment_score: number | null; urgency: number;
  intents: string; pii: string; delivery_status: string | null; delivery_error: string | null;
  sent_at: string; created_at: string;
  moderation?: string | null;
  edited_at?: string | null; removed_at?: string | null; previous_texts?: string | null;
  matches?: string | null;
}

export interface TeamsTable { id: string; workspace_id: string; name: string; created_at: string; assignment: string }
export interface TeamMembersTable { team_id: string; user_id: string; last_assigned_at: string | null }
export interface TagsTable { id: string; workspace_id: string; name: string; color: string | null; created_at: string }

export interface SavedRepliesTable {
  id: string; workspace_id: string; owner_id: string | null; name: string; shortcut: string; body: string;
  language: string | null; usage_count: number; created_at: string;
}

export interface OutboxTable {
  id: string; workspace_id: string; channel_id: string; conversation_id: string; message_id: string;
  idempotency_key: string; status: string; attempts: number; next_attempt_at: string;
  lease_until: string | null; last_error: string | null; created_at: string; updated_at: string;
}

export interface DailyStatsTable {
  workspace_id: string; day: string; channel_id: string; inbound: number; outbound: number;
}

export interface StatusCountsTable { workspace_id: string; status: string; count: number }

export interface AuditLogTable {
  id: string; workspace_id: string; actor_user_id: string | null; actor_token_id: string | null; action: string;
  target_type: string; target_id: string | null; details: string; created_at: string;
}

export interface NotificationsTable {
  id: string; workspace_id: string; user_id: string; kind: string; conversation_id: string | null;
  by_user_id: string | null; text: string; created_at: string; read_at: string | null;
}

export interface ThreadLinksTable { channel_id: string; thread_key: string; conversation_id: string; created_at: string }

export interface ListeningRulesTable {
  id: string; workspace_id: string; name: string; query: string; tag: string | null; team_id: string | null;
  priority_boost: number; created_at: string;
}

export interface SavedViewsTable {
  id: string; workspace_id: string; user_id: string | null; name: string; query: string; position: number;
  created_by: string; created_at: string; updated_at: string;
}

export interface PlaybooksTable {
  id: string; workspace_id: string; title: string; body: string; tag: string | null; scenario: string | null;
  created_by: string | null; created_at: string; updated_at: string;
}

export interface PrioritySettingsTable { workspace_id: string; settings: string; updated_by: string | null; updated_at: string }

export interface GoodwillLimitsTable { workspace_id: string; role: string; currency: string; max_amount_minor: number; updated_at: string }

export interface GoodwillRequestsTable {
  id: string; workspace_id: string; conversation_id: string; requested_by: string; requested_role: string;
  amount_minor: number; currency: string; limit_minor: number; reason: string; status: string;
  decided_by: string | null; decision_note: string | null; created_at: string; decided_at: string | null;
}

export interface UploadsTable {
  id: string; workspace_id: string; uploaded_by: string | null; name: string; mime_type: string; type: string; size: number;
  sha256: string; content: Buffer; message_id: string | null; created_at: string;
}

export interface ContactActivityTable {
  id: string; workspace_id: string; contact_id: string; channel_id: string; activity: string; external_id: string;
  subject_external_id: string | null; occurred_at: string; created_at: string;
}

export interface ChannelHealthTable {
  channel_id: string; workspace_id: string; status: string; problems: string; announced: string;
  checked_at: string | null; check_error: string | null;
  token_state: string; token_expires_at: string | null; token_detail: string | null;
  webhook_state: string; webhook_detail: string | null;
  rate_limited_until: string | null; rate_limit_detail: string | null;
  outage_since: string | null; backfill_from: string | null; backfilled_at: string | null; backfill_detail: string | null;
  next_check_at: string;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  channels: ChannelsTable;
  contacts: ContactsTable;
  identities: IdentitiesTable;
  conversations: ConversationsTable;
  conversation_tags: ConversationTagsTable;
  messages: MessagesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  tags: TagsTable;
  saved_replies: SavedRepliesTable;
  outbox: OutboxTable;
  daily_stats: DailyStatsTable;
  status_counts: StatusCountsTable;
  audit_log: AuditLogTable;
  notifications: NotificationsTable;
  thread_links: ThreadLinksTable;
  listening_rules: ListeningRulesTable;
  playbooks: PlaybooksTable;
  goodwill_limits: GoodwillLimitsTable;
  goodwill_requests: GoodwillRequestsTable;
  saved_views: SavedViewsTable;
  uploads: UploadsTable;
  contact_activity: ContactActivityTable;
  priority_settings: PrioritySettingsTable;
  channel_health: ChannelHealthTable;
}
