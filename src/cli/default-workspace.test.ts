import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/stores.ts';
import { createAdmin } from '../care/create-admin.ts';
import { createWorkspace } from '../store/repositories/workspaces.ts';
import { ParleyError } from '../domain/errors.ts';
import { DEFAULT_WORKSPACE_NAME, firstAdminOf, resolveWorkspace } from './default-workspace.ts';

describe('resolveWorkspace and firstAdminOf', () => {
  let store: TestStore;
  beforeEach(async () => { store = await createTestStore('sqlite'); });
  afterEach(async () => { await store.dispose(); });

  it('creates "My brand" on a fresh instance and finds it again next time', async () => {
    const created = await resolveWorkspace(store.db, undefined);
    expect(created.name).toBe(DEFAULT_WORKSPACE_NAME);
    expect((await resolveWorkspace(store.db, undefined)).id).toBe(created.id);
  });

  it('uses the named workspace, and refuses one that does not exist', async () => {
    await createWorkspace(store.db, 'First');
    const second = await createWorkspace(store.db, 'Second');
    expect((await resolveWorkspace(store.db, second.id)).name).toBe('Second');
    await expect(resolveWorkspace(store.db, 'ws_nope')).rejects.toBeInstanceOf(ParleyError);
  });

  it('finds the admin who joined first, and nobody in a workspace without admins', async () => {
    const { workspace, user } = await createAdmin(store.db, { email: 'first@example.test', password: 'long enough', name: 'Zed' });
    await createAdmin(store.db, { email: 'second@example.test', password: 'long enough', name: 'Amy', workspaceId: workspace.id });
    expect((await firstAdminOf(store.db, workspace.id))?.id).toBe(user.id);
    const empty = await createWorkspace(store.db, 'Empty');
    expect(await firstAdminOf(store.db, empty.id)).toBeUndefined();
  });
});
