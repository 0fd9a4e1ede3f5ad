// Private threads waiting for a reply, ordered by the customer's last message: the "windows
// closing soon" list reads a range of this index instead of scanning the workspace.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('conversations_awaiting_reply_by_last_inbound').on('conversations')
    .columns(['workspace_id', 'needs_reply', 'kind', 'last_inbound_at', 'id']).execute();
}
