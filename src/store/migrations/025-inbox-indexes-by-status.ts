// An agent's own open and pending conversations were the slowest inbox list at 1M conversations
// (17–20 ms p95, 30 ms at worst on SQLite): the index by assignee and priority walked past every
// resolved conversation the agent had ever held. Lists of several statuses are now asked one
// status at a time and merged (repositories/conversations.ts), so the assignee's index leads with
// the status. It also covers the (workspace, assignee, status) prefix that 001's index served, so
// both older indexes go. The inbox across all statuses is merged the same way from the status
// and priority index, so 011's index by priority alone goes too.
//
// Ingest writes every index of a new conversation; most new conversations have no assignee, no
// team and no snooze, and every query of those indexes names a value (`= ?`, `<= ?`), which both
// planners know excludes null. So those indexes leave the null rows out. Likewise the VIP index
// (021) holds only VIPs, a few in a hundred; the inbox filters them with a literal `= 1` so the
// planners can match the index's condition.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('conversations_assignee_status_by_priority').on('conversations')
    .columns(['workspace_id', 'assignee_id', 'status', 'priority desc', 'id'])
    .where(sql.ref('assignee_id'), 'is not', null).execute();
  await db.schema.dropIndex('conversations_assignee_by_priority').execute();
  await db.schema.dropIndex('conversations_by_assignee').execute();
  await db.schema.dropIndex('conversations_by_priority_any_status').execute();

  await db.schema.dropIndex('conversations_team_queue').execute();
  await db.schema.createIndex('conversations_team_queue').on('conversations')
    .columns(['team_id', 'status', 'assignee_id', 'priority desc', 'id'])
    .where(sql.ref('team_id'), 'is not', null).execute();
  await db.schema.dropIndex('conversations_vip_by_priority').execute();
  await db.schema.createIndex('conversations_vip_by_priority').on('conversations')
    .columns(['workspace_id', 'status', 'priority desc', 'id'])
    .where(sql.ref('contact_is_vip'), '=', 1).execute();
  await db.schema.dropIndex('conversations_snoozed').execute();
  await db.schema.createIndex('conversations_snoozed').on('conversations').column('snoozed_until')
    .where(sql.ref('snoozed_until'), 'is not', null).execute();
}
