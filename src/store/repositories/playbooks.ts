// Playbooks: the workspace's written guidance, and the scenarios heard in a conversation they are matched against.
import type { Db } from '../database.ts';
import type { PlaybooksTable } from '../schema.ts';
import { newId } from '../../domain/ids.ts';
import { isPlaybookScenario, type Playbook, type PlaybookScenario } from '../../domain/playbooks.ts';
import { fromJson } from '../json-columns.ts';

/** A workspace keeps guidance by the dozen, not by the thousand; past this the list is cut, newest last. */
export const MAX_PLAYBOOKS = 500;

/** The customer's latest messages say what the conversation is about now; older ones may be settled. */
const SCENARIO_WINDOW = 10;

const toPlaybook = (r: PlaybooksTable): Playbook => ({
  id: r.id, workspaceId: r.workspace_id, title: r.title, body: r.body, tag: r.tag,
  scenario: r.scenario !== null && isPlaybookScenario(r.scenario) ? r.scenario : null,
  createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at,
});

export type NewPlaybook = Pick<Playbook, 'workspaceId' | 'title' | 'body' | 'tag' | 'scenario' | 'createdBy'>;
export type PlaybookPatch = Partial<Pick<Playbook, 'title' | 'body' | 'tag' | 'scenario'>>;

export async function insertPlaybook(db: Db, input: NewPlaybook, now = new Date()): Promise<Playbook> {
  const row: PlaybooksTable = {
    id: newId('pb', now.getTime()), workspace_id: input.workspaceId, title: input.title, body: input.body, tag: input.tag,
    scenario: input.scenario, created_by: input.createdBy, created_at: now.toISOString(), updated_at: now.toISOString(),
  };
  await db.insertInto('playbooks').values(row).execute();
  return toPlaybook(row);
}

export async function getPlaybook(db: Db, workspaceId: string, id: string): Promise<Playbook | undefined> {
  const r = await db.selectFrom('playbooks').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return r && toPlaybook(r);
}

export async function listPlaybooks(db: Db, workspaceId: string): Promise<Playbook[]> {
  const rows = await db.selectFrom('playbooks').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').limit(MAX_PLAYBOOKS).execute();
  return rows.map(toPlaybook);
}

export async function countPlaybooks(db: Db, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('playbooks').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Playbooks that name one of these tags or scenarios: the candidates; the domain rule decides which apply. */
export async function listPlaybooksNaming(db: Db, workspaceId: string, tags: readonly string[], scenarios: readonly PlaybookScenario[]): Promise<Playbook[]> {
  if (tags.length === 0 && scenarios.length === 0) return [];
  const rows = await db.selectFrom('playbooks').selectAll().where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([
      ...(tags.length ? [eb('tag', 'in', [...tags])] : []),
      ...(scenarios.length ? [eb('scenario', 'in', [...scenarios])] : []),
    ]))
    .orderBy('id').limit(MAX_PLAYBOOKS).execute();
  return rows.map(toPlaybook);
}

export async function updatePlaybook(db: Db, workspaceId: string, id: string, patch: PlaybookPatch, now = new Date()): Promise<Playbook | undefined> {
  await db.updateTable('playbooks').set({
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.body !== undefined ? { body: patch.body } : {}),
    ...(patch.tag !== undefined ? { tag: patch.tag } : {}),
    ...(patch.scenario !== undefined ? { scenario: patch.scenario } : {}),
    updated_at: now.toISOString(),
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  return getPlaybook(db, workspaceId, id);
}

export async function deletePlaybook(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const res = await db.deleteFrom('playbooks').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** The scenarios (intents) the analysis heard in the customer's latest messages, read backwards along the thread's index. */
export async function scenariosOfConversation(db: Db, conversationId: string): Promise<PlaybookScenario[]> {
  const rows = await db.selectFrom('messages').select('intents')
    .where('conversation_id', '=', conversationId).where('direction', '=', 'in')
    .orderBy('seq', 'desc').limit(SCENARIO_WINDOW).execute();
  const heard = new Set<PlaybookScenario>();
  for (const r of rows) for (const intent of fromJson<string[]>(r.intents, [])) if (isPlaybookScenario(intent)) heard.add(intent);
  return [...heard];
}
