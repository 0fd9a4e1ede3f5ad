// Builders for test data that go through the real repositories.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/store/database.ts';
import { createWorkspace } from '../../src/store/repositories/workspaces.ts';
import { insertChannel } from '../../src/store/repositories/channels.ts';
import { createSecretBox, type SecretBox } from '../../src/store/secret-box.ts';
import type { ChannelWithSecrets, Network } from '../../src/domain/types.ts';
import type { InboundEvent } from '../../src/domain/inbound-event.ts';
import { newId } from '../../src/domain/ids.ts';
import { ParleyError } from '../../src/domain/errors.ts';

export const testSecretBox = (): SecretBox => createSecretBox(randomBytes(32));

export async function seedWorkspaceWithChannel(db: Db, box: SecretBox, network: Network = 'api') {
  const workspace = await createWorkspace(db, 'Acme');
  const channel: ChannelWithSecrets = {
    id: newId('ch'), workspaceId: workspace.id, network, name: `${network} test`,
    config: { deliveryUrl: 'http://127.0.0.1:9/none' }, secrets: { secret: 'test-secret' },
    createdAt: new Date().toISOString(), lastEventAt: null, lastError: null,
  };
  await insertChannel(db, box, channel);
  return { workspace, channel };
}

let counter = 0;
export function inboundEvent(overrides: Partial<InboundEvent> = {}): InboundEvent {
  counter++;
  return {
    externalId: `ext-${counter}-${randomBytes(3).toString('hex')}`,
    direction: 'in',
    visibility: 'public',
    author: { externalId: 'u1', handle: 'ana', displayName: 'Ana' },
    text: 'Hello there',
    attachments: [],
    sentAt: new Date(Date.UTC(2026, 10, 1, 12, 0, counter % 60)).toISOString(),
    ...overrides,
  };
}

/** The ParleyError code a piece of work fails with ('no error' when it succeeds), for tables of refusals. */
export async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    return error instanceof ParleyError ? error.code : String(error);
  }
}
