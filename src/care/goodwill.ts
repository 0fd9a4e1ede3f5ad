// Goodwill gestures: granted at once within the agent's limit for their role, otherwise asked of the
// workspace's leads, who approve or decline; each step leaves a note in the conversation and an audit entry.
import type { Conversation, Message, Role } from '../domain/types.ts';
import { forbidden, notFound, ParleyError } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import {
  formatMoney, judgeGoodwill, mayDecideGoodwill, normalizeCurrency, requireAmountMinor, requireLimitMinor,
  type GoodwillDecision, type GoodwillLimit, type GoodwillRequest,
} from '../domain/goodwill.ts';
import type { Db } from '../store/database.ts';
import { recordAudit } from '../store/repositories/audit-log.ts';
import { updateConversation } from '../store/repositories/conversations.ts';
import {
  decidePendingRequest, getGoodwillRequest, insertGoodwillRequest, listGoodwillLimits, replaceRoleLimits,
} from '../store/repositories/goodwill.ts';
import { insertMessages } from '../store/repositories/messages.ts';
import { listMembers } from '../store/repositories/users.ts';
import { actingUserId, type ActingMember } from './acting-member.ts';
import type { CareDeps } from './care-deps.ts';
import { actorName } from './change-conversation.ts';
import { loadConversation } from './load-conversation.ts';
import { notifyUsers, publishNotifications } from './notify.ts';

export interface GoodwillInput {
  conversationId: string;
  /** Whole minor units (cents): 5000 is 50.00 EUR. */
  amountMinor: number;
  currency: string;
  reason: string;
}

/** The gesture, the note it left in the conversation, and the conversation after it. */
export interface GoodwillOutcome {
  request: GoodwillRequest;
  note: Message;
  conversation: Conversation;
}

const MAX_TEXT = 2000;

function requireText(value: string, field: string, whenEmpty: string): string {
  const text = value.trim();
  if (!text) throw new ParleyError('validation_failed', whenEmpty, { field });
  if (text.length > MAX_TEXT) throw new ParleyError('validation_failed', `${field} is at most ${MAX_TEXT} characters`, { field });
  return text;
}

function noteOn(conversation: Conversation, author: { id: string; name: string | null }, text: string, now: Date): Message {
  return {
    id: newId('msg', now.getTime()), workspaceId: conversation.workspaceId, conversationId: conversation.id, channelId: conversation.channelId,
    direction: 'note', visibility: 'private', externalId: null, inReplyToExternalId: null, authorType: 'user', authorId: author.id,
    authorName: author.name, text, attachments: [], language: null, sentiment: null, sentimentScore: null, urgency: 0, intents: [],
    pii: [], deliveryStatus: null, deliveryError: null, sentAt: now.toISOString(), createdAt: now.toISOString(),
  };
}

/** Writes the note and moves the conversation's version on, so every open view learns of the gesture. */
async function noteAndTouch(db: Db, conversation: Conversation, note: Message, what: string, now: Date): Promise<Conversation> {
  await insertMessages(db, [note]);
  return updateConversation(db, conversation, {}, { now, change: { byUserId: note.authorId, byName: note.authorName, what } });
}

async function leadsOf(db: Db, workspaceId: string, except: string): Promise<string[]> {
  return (await listMembers(db, workspaceId)).filter((m) => mayDecideGoodwill(m.role) && m.id !== except).map((m) => m.id);
}

function publishOutcome(deps: CareDeps, type: 'goodwill.created' | 'goodwill.decided', outcome: GoodwillOutcome): void {
  const workspaceId = outcome.request.workspaceId;
  deps.bus.publish({ type: 'message.created', workspaceId, data: outcome.note });
  deps.bus.publish({ type: 'conversation.updated', workspaceId, data: outcome.conversation });
  deps.bus.publish({ type, workspaceId, data: outcome.request });
}

/** Records a gesture: granted when within the actor's limit, otherwise a pending request with the leads notified. */
export async function recordGoodwill(deps: CareDeps, actor: ActingMember, input: GoodwillInput): Promise<GoodwillOutcome> {
  const userId = actingUserId(actor);
  if (actor.role === 'viewer') throw forbidden('recording goodwill needs the agent role');
  const amountMinor = requireAmountMinor(input.amountMinor);
  const currency = normalizeCurrency(input.currency);
  const reason = requireText(input.reason, 'reason', 'say why the customer gets it: the team reads it later');
  const now = deps.now();
  const money = formatMoney(amountMinor, currency);
  const result = await deps.store.db.transaction().execute(async (db) => {
    const conversation = await loadConversation(db, actor.workspaceId, input.conversationId);
    // Limits are read inside the transaction: a gesture is judged by the limits in force when it is recorded.
    const verdict = judgeGoodwill(await listGoodwillLimits(db, actor.workspaceId), actor.role, amountMinor, currency);
    const name = await actorName(db, userId);
    const limit = formatMoney(verdict.limitMinor, currency);
    const request: GoodwillRequest = {
      id: newId('gw', now.getTime()), workspaceId: actor.workspaceId, conversationId: conversation.id, requestedBy: userId,
      requestedByName: name, requestedRole: actor.role, amountMinor, currency, limitMinor: verdict.limitMinor, reason,
      status: verdict.isWithinLimit ? 'granted' : 'pending', decidedBy: null, decidedByName: null, decisionNote: null,
      createdAt: now.toISOString(), decidedAt: null,
    };
    await insertGoodwillRequest(db, request);
    const note = noteOn(conversation, { id: userId, name }, verdict.isWithinLimit
      ? `Goodwill granted: ${money} (within the ${actor.role} limit of ${limit}). ${reason}`
      : `Goodwill of ${money} asked of a lead (the ${actor.role} limit is ${limit}). ${reason}`, now);
    const updated = await noteAndTouch(db, conversation, note,
      verdict.isWithinLimit ? `granted goodwill of ${money}` : `asked a lead to approve goodwill of ${money}`, now);
    await recordAudit(db, {
      workspaceId: actor.workspaceId, actorUserId: userId, actorTokenId: actor.tokenId ?? null,
      action: verdict.isWithinLimit ? 'goodwill.granted' : 'goodwill.requested', targetType: 'goodwill_request', targetId: request.id,
      details: { conversationId: conversation.id, amountMinor, currency, limitMinor: verdict.limitMinor, role: actor.role },
    }, now);
    const notifications = verdict.isWithinLimit ? [] : await notifyUsers(db, (await leadsOf(db, actor.workspaceId, userId)).map((leadId) => ({
      workspaceId: actor.workspaceId, userId: leadId, kind: 'goodwill' as const, conversationId: conversation.id, byUserId: userId,
      text: `${name ?? 'A colleague'} asks you to approve goodwill of ${money}: ${reason.slice(0, 200)}`, createdAt: now.toISOString(),
    })));
    return { outcome: { request, note, conversation: updated }, notifications };
  });
  publishOutcome(deps, 'goodwill.created', result.outcome);
  publishNotifications(deps.bus, result.notifications);
  return result.outcome;
}

export interface DecisionInput {
  requestId: string;
  decision: GoodwillDecision;
  /** Required to decline: the agent tells the customer why. */
  note?: string | undefined;
}

/** A lead or admin approves or declines a pending request; nobody decides their own, and a decision is final. */
export async function decideGoodwill(deps: CareDeps, actor: ActingMember, input: DecisionInput): Promise<GoodwillOutcome> {
  const userId = actingUserId(actor);
  if (!mayDecideGoodwill(actor.role)) throw forbidden(`deciding goodwill needs the lead role; you act as ${actor.role}`);
  const decisionNote = input.note?.trim() ? requireText(input.note, 'note', 'the note is empty') : null;
  if (input.decision === 'declined' && !decisionNote) {
    throw new ParleyError('validation_failed', 'say why it is declined: the agent tells the customer', { field: 'note' });
  }
  const now = deps.now();
  const result = await deps.store.db.transaction().execute(async (db) => {
    const request = await getGoodwillRequest(db, actor.workspaceId, input.requestId);
    if (!request) throw notFound('goodwill request');
    if (request.requestedBy === userId) throw forbidden('nobody decides their own goodwill request: another lead does');
    if (request.status !== 'pending' || !(await decidePendingRequest(db, actor.workspaceId, request.id, {
      status: input.decision, decidedBy: userId, note: decisionNote, at: now.toISOString(),
    }))) {
      const current = request.status !== 'pending' ? request : await getGoodwillRequest(db, actor.workspaceId, request.id);
      throw new ParleyError('conflict', `this request was already ${current?.status ?? 'decided'}`, { requestStatus: current?.status, decidedBy: current?.decidedByName });
    }
    const conversation = await loadConversation(db, actor.workspaceId, request.conversationId);
    const name = await actorName(db, userId);
    const money = formatMoney(request.amountMinor, request.currency);
    const note = noteOn(conversation, { id: userId, name },
      `Goodwill of ${money} ${input.decision} by ${name ?? 'a lead'}${decisionNote ? `: ${decisionNote}` : '.'}`, now);
    const updated = await noteAndTouch(db, conversation, note, `${input.decision === 'approved' ? 'approved' : 'declined'} goodwill of ${money}`, now);
    await recordAudit(db, {
      workspaceId: actor.workspaceId, actorUserId: userId, actorTokenId: actor.tokenId ?? null, action: `goodwill.${input.decision}`,
      targetType: 'goodwill_request', targetId: request.id,
      details: { conversationId: conversation.id, amountMinor: request.amountMinor, currency: request.currency, requestedBy: request.requestedBy },
    }, now);
    const notifications = await notifyUsers(db, [{
      workspaceId: actor.workspaceId, userId: request.requestedBy, kind: 'goodwill' as const, conversationId: conversation.id, byUserId: userId,
      text: `${name ?? 'A lead'} ${input.decision} your goodwill of ${money}${decisionNote ? `: ${decisionNote.slice(0, 200)}` : ''}`,
      createdAt: now.toISOString(),
    }]);
    const decided = (await getGoodwillRequest(db, actor.workspaceId, request.id))!;
    return { outcome: { request: decided, note, conversation: updated }, notifications };
  });
  publishOutcome(deps, 'goodwill.decided', result.outcome);
  publishNotifications(deps.bus, result.notifications);
  return result.outcome;
}

/** Sets what one role may give per currency without asking (admins only: the limits bind leads too). */
export async function setRoleGoodwillLimits(deps: CareDeps, actor: ActingMember, role: Role,
  limits: { currency: string; maxAmountMinor: number }[]): Promise<GoodwillLimit[]> {
  if (actor.role !== 'admin') throw forbidden(`setting goodwill limits needs the admin role; you act as ${actor.role}`);
  const clean = limits.map((l) => ({ currency: normalizeCurrency(l.currency), maxAmountMinor: requireLimitMinor(l.maxAmountMinor) }));
  if (new Set(clean.map((l) => l.currency)).size !== clean.length) {
    throw new ParleyError('validation_failed', 'name each currency once per role');
  }
  const now = deps.now();
  const all = await deps.store.db.transaction().execute(async (db) => {
    await replaceRoleLimits(db, actor.workspaceId, role, clean, now);
    await recordAudit(db, {
      workspaceId: actor.workspaceId, actorUserId: actor.userId, actorTokenId: actor.tokenId ?? null, action: 'goodwill.limits_changed',
      targetType: 'workspace', targetId: actor.workspaceId, details: { role, limits: clean },
    }, now);
    return listGoodwillLimits(db, actor.workspaceId);
  });
  deps.bus.publish({ type: 'goodwill.limits_changed', workspaceId: actor.workspaceId, data: { items: all } });
  return all;
}
