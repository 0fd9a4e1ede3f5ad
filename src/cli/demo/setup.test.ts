import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/stores.ts';
import { testSecretBox } from '../../../test/support/fixtures.ts';
import { loadConfig } from '../../config.ts';
import { createAdmin } from '../../care/create-admin.ts';
import { createChannelRegistry } from '../../channels/registry.ts';
import { verifyPassword } from '../../server/auth/passwords.ts';
import { findUserByEmail } from '../../store/repositories/users.ts';
import { connectDemoChannel, DEMO_EMAIL, ensureDemoLogin, findDemoChannel, receiverPortOf } from './setup.ts';

describe('demo setup', () => {
  let store: TestStore;
  beforeEach(async () => { store = await createTestStore('sqlite'); });
  afterEach(async () => { await store.dispose(); });

  it('makes demo@parley.local with a printed password, and a new one on the next run', async () => {
    const config = loadConfig({});
    const first = await ensureDemoLogin(store.db, config);
    const second = await ensureDemoLogin(store.db, config);
    expect(first.email).toBe(DEMO_EMAIL);
    expect(second.userId).toBe(first.userId);
    expect(second.workspace.id).toBe(first.workspace.id);
    const stored = (await findUserByEmail(store.db, DEMO_EMAIL))!.passwordHash;
    expect(await verifyPassword(second.password!, stored)).toBe(true);
    expect(await verifyPassword(first.password!, stored)).toBe(false);
  });

  it("signs in as the operator's PARLEY_ADMIN_EMAIL without echoing the password", async () => {
    const { user, workspace } = await createAdmin(store.db, { email: 'ops@example.com', password: 'the operator pw', name: 'Ops' });
    const login = await ensureDemoLogin(store.db, loadConfig({ PARLEY_ADMIN_EMAIL: 'ops@example.com', PARLEY_ADMIN_PASSWORD: 'the operator pw' }));
    expect(login).toMatchObject({ email: 'ops@example.com', password: null, userId: user.id, workspace: { id: workspace.id } });
    expect(await findUserByEmail(store.db, DEMO_EMAIL)).toBeUndefined();
  });

  it('finds the Demo feed channel again with its secret and the receiver port it used', async () => {
    const box = testSecretBox();
    const login = await ensureDemoLogin(store.db, loadConfig({}));
    const { channel, secret } = await connectDemoChannel(store.db, box, createChannelRegistry(), login.workspace.id, 'http://127.0.0.1:40123/deliveries');
    const found = await findDemoChannel(store.db, box, login.workspace.id);
    expect(found?.id).toBe(channel.id);
    expect(found?.secrets.secret).toBe(secret);
    expect(receiverPortOf(found)).toBe(40123);
    expect(receiverPortOf(undefined)).toBeUndefined();
  });
});
