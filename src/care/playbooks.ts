// Playbooks: leads write guidance for a tag or a scenario; agents see the guidance that applies where they work.
import { forbidden, notFound, ParleyError } from '../domain/errors.ts';
import { applicablePlaybooks, type ConversationSituation, type Playbook, type PlaybookScenario } from '../domain/playbooks.ts';
import type { Role } from '../domain/types.ts';
import type { Db } from '../store/database.ts';
import { recordAudit } from '../store/repositories/audit-log.ts';
import {
  countPlaybooks, deletePlaybook, getPlaybook, insertPlaybook, listPlaybooksNaming, MAX_PLAYBOOKS,
  scenariosOfConversation, updatePlaybook, type PlaybookPatch,
} from '../store/repositories/playbooks.ts';
import type { ActingMember } from './acting-member.ts';
import type { CareDeps } from './care-deps.ts';
import { loadConversation } from './load-conversation.ts';
import { normalizeTag } from './tag-conversation.ts';

export interface PlaybookInput {
  title?: string | undefined;
  body?: string | undefined;
  tag?: string | null | undefined;
  scenario?: PlaybookScenario | null | undefined;
}

const MAX_TITLE = 200;
const MAX_BODY = 20_000;

function mayWritePlaybooks(role: Role): boolean {
  return role === 'lead' || role === 'admin';
}

function requireWriter(actor: ActingMember): void {
  if (!mayWritePlaybooks(actor.role)) throw forbidden(`writing playbooks needs the lead role; you act as ${actor.role}`);
}

/** Trims and checks what was given; what was not given stays undefined (kept as it is on update). */
function cleanInput(input: PlaybookInput): PlaybookPatch {
  const patch: PlaybookPatch = {};
  if (input.title !== undefined) {
    patch.title = input.title.trim();
    if (!patch.title || patch.title.length > MAX_TITLE) throw new ParleyError('validation_failed', `a title is 1–${MAX_TITLE} characters`);
  }
  if (input.body !== undefined) {
    // Kept as written (line breaks and all): it is shown as plain text, so nothing in it is ever markup.
    patch.body = input.body.replace(/\s+$/u, '');
    if (!patch.body.trim() || patch.body.length > MAX_BODY) throw new ParleyError('validation_failed', `the guidance is 1–${MAX_BODY} characters`);
  }
  if (input.tag !== undefined) patch.tag = input.tag === null || !input.tag.trim() ? null : normalizeTag(input.tag);
  if (input.scenario !== undefined) patch.scenario = input.scenario;
  return patch;
}

function requireCondition(playbook: Pick<Playbook, 'tag' | 'scenario'>): void {
  if (playbook.tag === null && playbook.scenario === null) {
    throw new ParleyError('validation_failed', 'say where the playbook applies: a tag, a scenario, or both');
  }
}

function announce(deps: CareDeps, workspaceId: string, id: string): void {
  deps.bus.publish({ type: 'playbooks.changed', workspaceId, data: { id } });
}

async function audit(db: Db, actor: ActingMember, action: string, playbook: Pick<Playbook, 'id' | 'title' | 'tag' | 'scenario'>, now: Date): Promise<void> {
  await recordAudit(db, {
    workspaceId: actor.workspaceId, actorUserId: actor.userId, actorTokenId: actor.tokenId ?? null, action, targetType: 'playbook',
    targetId: playbook.id, details: { title: playbook.title, tag: playbook.tag, scenario: playbook.scenario },
  }, now);
}

export async function createPlaybook(deps: CareDeps, actor: ActingMember, input: Required<Pick<PlaybookInput, 'title' | 'body'>> & PlaybookInput): Promise<Playbook> {
  requireWriter(actor);
  const clean = cleanInput(input);
  const fields = { title: clean.title!, body: clean.body!, tag: clean.tag ?? null, scenario: clean.scenario ?? null };
  requireCondition(fields);
  const now = deps.now();
  const playbook = await deps.store.db.transaction().execute(async (db) => {
    if (await countPlaybooks(db, actor.workspaceId) >= MAX_PLAYBOOKS) {
      throw new ParleyError('conflict', `a workspace keeps at most ${MAX_PLAYBOOKS} playbooks; merge or remove some first`);
    }
    const created = await insertPlaybook(db, { workspaceId: actor.workspaceId, createdBy: actor.userId, ...fields }, now);
    await audit(db, actor, 'playbook.created', created, now);
    return created;
  });
  announce(deps, actor.workspaceId, playbook.id);
  return playbook;
}

export async function editPlaybook(deps: CareDeps, actor: ActingMember, id: string, input: PlaybookInput): Promise<Playbook> {
  requireWriter(actor);
  const patch = cleanInput(input);
  const now = deps.now();
  const playbook = await deps.store.db.transaction().execute(async (db) => {
    const current = await getPlaybook(db, actor.workspaceId, id);
    if (!current) throw notFound('playbook');
    requireCondition({ ...current, ...patch });
    const updated = (await updatePlaybook(db, actor.workspaceId, id, patch, now))!;
    await audit(db, actor, 'playbook.updated', updated, now);
    return updated;
  });
  announce(deps, actor.workspaceId, playbook.id);
  return playbook;
}

export async function removePlaybook(deps: CareDeps, actor: ActingMember, id: string): Promise<void> {
  requireWriter(actor);
  const now = deps.now();
  await deps.store.db.transaction().execute(async (db) => {
    const current = await getPlaybook(db, actor.workspaceId, id);
    if (!current || !(await deletePlaybook(db, actor.workspaceId, id))) throw notFound('playbook');
    await audit(db, actor, 'playbook.deleted', current, now);
  });
  announce(deps, actor.workspaceId, id);
}

/** The guidance for one conversation: by its tags and the scenarios heard in the customer's latest messages. */
export async function playbooksForConversation(db: Db, workspaceId: string, conversationId: string): Promise<{ situation: ConversationSituation; items: Playbook[] }> {
  const conversation = await loadConversation(db, workspaceId, conversationId);
  const scenarios = await scenariosOfConversation(db, conversation.id);
  const situation: ConversationSituation = { tags: conversation.tags, scenarios };
  const candidates = await listPlaybooksNaming(db, workspaceId, conversation.tags, scenarios);
  return { situation, items: applicablePlaybooks(candidates, situation) };
}
