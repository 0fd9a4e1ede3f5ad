// Contacts, their identities on each network, and what they did towards the brand besides writing.
import type { Db } from '../database.ts';
import type { Contact, Identity, Network } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import { fromJson, toJson } from '../json-columns.ts';
import { inStatementSizes } from '../statement-batches.ts';
import { insertRecords } from '../bulk-insert.ts';
import { isOneOf } from '../dialect.ts';
import type { ContactsTable, IdentitiesTable } from '../schema.ts';
import { CONTACT_ACTIVITY_KINDS, type ContactActivityKind } from '../../domain/inbound-signal.ts';

const toContact = (r: ContactsTable): Contact => ({
  id: r.id, workspaceId: r.workspace_id, name: r.name, isVip: r.is_vip === 1,
  attributes: fromJson<Record<string, unknown>>(r.attributes, {}), notes: r.notes,
  createdAt: r.created_at, updatedAt: r.updated_at,
});
const toIdentity = (r: IdentitiesTable): Identity => ({
  id: r.id, contactId: r.contact_id, network: r.network as Network, namespace: r.namespace,
  externalId: r.external_id, handle: r.handle, displayName: r.display_name,
});

export interface IdentityInput {
  network: Network; namespace: string; externalId: string; handle: string | null; displayName: string | null;
}

export async function findIdentity(db: Db, workspaceId: string, namespace: string, externalId: string): Promise<Identity | undefined> {
  const r = await db.selectFrom('identities').selectAll()
    .where('workspace_id', '=', workspaceId).where('namespace', '=', namespace).where('external_id', '=', externalId)
    .executeTakeFirst();
  return r && toIdentity(r);
}

/** Keeps the handle and display name current: people rename themselves. */
export async function refreshIdentity(db: Db, identity: Identity, input: IdentityInput): Promise<void> {
  const handle = input.handle ?? identity.handle;
  const displayName = input.displayName ?? identity.displayName;
  if (handle === identity.handle && displayName === identity.displayName) return;
  await db.updateTable('identities').set({ handle, display_name: displayName }).where('id', '=', identity.id).execute();
}

/** A new customer as rows: the contact, named after the identity, and the identity itself. */
function newContactRows(workspaceId: string, input: IdentityInput, now: string): { contact: ContactsTable; identity: IdentitiesTable } {
  const contactId = newId('ct');
  return {
    contact: { id: contactId, workspace_id: workspaceId, name: input.displayName ?? input.handle, is_vip: 0, attributes: '{}', notes: '', created_at: now, updated_at: now },
    identity: {
      id: newId('idn'), workspace_id: workspaceId, contact_id: contactId, network: input.network, namespace: input.namespace,
      external_id: input.externalId, handle: input.handle, display_name: input.displayName, created_at: now,
    },
  };
}

export async function createContactWithIdentity(db: Db, workspaceId: string, input: IdentityInput, now: string): Promise<Identity> {
  const { contact, identity } = newContactRows(workspaceId, input, now);
  await db.insertInto('contacts').values(contact).execute();
  await db.insertInto('identities').values(identity).execute();
  return { id: identity.id, contactId: contact.id, ...input };
}

/**
 * The contacts behind a batch's identities, keyed by external id: found in one query, their
 * handles and names kept current, and the new ones created together. The identities share one
 * namespace, as the events of one delivery do.
 */
export async function contactsOfIdentities(db: Db, workspaceId: string, inputs: readonly IdentityInput[], now: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const byExternalId = new Map<string, IdentityInput>();
  for (const input of inputs) if (!byExternalId.has(input.externalId)) byExternalId.set(input.externalId, input);
  const namespace = inputs[0]?.namespace;
  if (namespace === undefined) return out;
  if (inputs.some((input) => input.namespace !== namespace)) throw new Error('contactsOfIdentities: identities of one namespace only');

  for (const ids of inStatementSizes([...byExternalId.keys()], 1)) {
    const rows = await db.selectFrom('identities').selectAll()
      .where('workspace_id', '=', workspaceId).where('namespace', '=', namespace).where(isOneOf(db, 'external_id', ids)).execute();
    for (const row of rows) {
      const identity = toIdentity(row);
      await refreshIdentity(db, identity, byExternalId.get(identity.externalId)!);
      out.set(identity.externalId, identity.contactId);
    }
  }

  const contacts: ContactsTable[] = [];
  const identities: IdentitiesTable[] = [];
  for (const input of byExternalId.values()) {
    if (out.has(input.externalId)) continue;
    const { contact, identity } = newContactRows(workspaceId, input, now);
    contacts.push(contact);
    identities.push(identity);
    out.set(input.externalId, contact.id);
  }
  await insertRecords(db, 'contacts', contacts);
  await insertRecords(db, 'identities', identities);
  return out;
}

/** The contact behind a network identity, its handle and name kept current; created with it when new. */
export async function contactOfIdentity(db: Db, workspaceId: string, input: IdentityInput, now: string): Promise<string> {
  return (await contactsOfIdentities(db, workspaceId, [input], now)).get(input.externalId)!;
}

export async function getContact(db: Db, workspaceId: string, id: string): Promise<(Contact & { identities: Identity[] }) | undefined> {
  const r = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  const identities = await db.selectFrom('identities').selectAll().where('contact_id', '=', id).orderBy('created_at').execute();
  return { ...toContact(r), identities: identities.map(toIdentity) };
}

export async function getContactsByIds(db: Db, ids: string[]): Promise<Map<string, Contact & { identities: Identity[] }>> {
  const out = new Map<string, Contact & { identities: Identity[] }>();
  if (ids.length === 0) return out;
  const unique = [...new Set(ids)];
  const rows = await db.selectFrom('contacts').selectAll().where('id', 'in', unique).execute();
  const identities = await db.selectFrom('identities').selectAll().where('contact_id', 'in', unique).execute();
  for (const r of rows) out.set(r.id, { ...toContact(r), identities: [] });
  for (const i of identities) out.get(i.contact_id)?.identities.push(toIdentity(i));
  return out;
}

export async function updateContact(db: Db, workspaceId: string, id: string,
  patch: { name?: string | null; isVip?: boolean; attributes?: Record<string, unknown>; notes?: string }, now = new Date()): Promise<boolean> {
  const res = await db.updateTable('contacts').set({
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.isVip !== undefined ? { is_vip: patch.isVip ? 1 : 0 } : {}),
    ...(patch.attributes !== undefined ? { attributes: toJson(patch.attributes) } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    updated_at: now.toISOString(),
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  const isFound = Number(res.numUpdatedRows) > 0;
  if (isFound && patch.isVip !== undefined) {
    // The inbox filters VIPs by the flag its conversations carry.
    await db.updateTable('conversations').set({ contact_is_vip: patch.isVip ? 1 : 0 })
      .where('contact_id', '=', id).where('workspace_id', '=', workspaceId).execute();
  }
  return isFound;
}

/** The contact's identity within one namespace (where a reply must be addressed). */
export async function findIdentityOfContact(db: Db, contactId: string, namespace: string): Promise<Identity | undefined> {
  const r = await db.selectFrom('identities').selectAll()
    .where('contact_id', '=', contactId).where('namespace', '=', namespace).executeTakeFirst();
  return r && toIdentity(r);
}

/** One thing a customer did towards the brand besides writing (a like, a follow), as the contact panel shows it. */
export interface ContactActivity {
  activity: ContactActivityKind;
  channelId: string;
  network: Network | null;
  /** The brand's post it concerns (the liked post); null for follows. */
  subjectExternalId: string | null;
  at: string;
}

export interface NewContactActivity {
  workspaceId: string; contactId: string; channelId: string; activity: ContactActivityKind;
  externalId: string; subjectExternalId: string | null; at: string;
}

/** Stores one act; false when the channel already holds it (a redelivery). */
export async function recordContactActivity(db: Db, act: NewContactActivity, now: string): Promise<boolean> {
  const res = await db.insertInto('contact_activity').values({
    id: newId('act'), workspace_id: act.workspaceId, contact_id: act.contactId, channel_id: act.channelId, activity: act.activity,
    external_id: act.externalId, subject_external_id: act.subjectExternalId, occurred_at: act.at, created_at: now,
  }).onConflict((oc) => oc.columns(['channel_id', 'external_id']).doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * A contact's newest acts first, with the network of the channel each came through; `kinds`
 * narrows them (the follow state needs only follows and unfollows, however many likes came after).
 */
export async function listContactActivity(db: Db, workspaceId: string, contactId: string, limit = 20,
  kinds: readonly ContactActivityKind[] = CONTACT_ACTIVITY_KINDS): Promise<ContactActivity[]> {
  const rows = await db.selectFrom('contact_activity')
    .leftJoin('channels', 'channels.id', 'contact_activity.channel_id')
    .select(['contact_activity.activity', 'contact_activity.channel_id', 'channels.network', 'contact_activity.subject_external_id', 'contact_activity.occurred_at'])
    .where('contact_activity.workspace_id', '=', workspaceId).where('contact_activity.contact_id', '=', contactId)
    .where('contact_activity.activity', 'in', [...kinds])
    .orderBy('contact_activity.occurred_at', 'desc').orderBy('contact_activity.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    activity: r.activity as ContactActivityKind, channelId: r.channel_id, network: (r.network as Network | null) ?? null,
    subjectExternalId: r.subject_external_id, at: r.occurred_at,
  }));
}
