// Priority settings over HTTP: everyone reads them, admins change them (audited), bad weights are refused as problem+json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { signBody } from '../../channels/api/index.ts';
import { createApiToken } from '../../care/create-api-token.ts';
import { neutralAnalyzer } from '../../analysis/analyzer.ts';
import { DEFAULT_PRIORITY_SETTINGS, type PrioritySettings } from '../../domain/priority-settings.ts';
import type { PriorityFactor, Role } from '../../domain/types.ts';

interface SettingsAnswer { settings: PrioritySettings; updatedAt: string | null; updatedBy: string | null; defaults: PrioritySettings }
interface Issue { path: string; message: string }

const URL = '/api/v1/workspace/priority-settings';

describe.each(DIALECTS)('priority settings over HTTP on %s', (dialect) => {
  let t: TestServer;
  const tokens: Partial<Record<Role, string>> = {};

  const as = (role: Role, init: { method?: string; json?: unknown } = {}) =>
    t.api(URL, { ...init, headers: { authorization: `Bearer ${tokens[role]!}` } });

  beforeAll(async () => {
    t = await startTestServer(dialect, { analyze: neutralAnalyzer });
    for (const role of ['viewer', 'agent', 'lead'] as const) {
      const res = await t.api('/api/v1/users', { method: 'POST', json: { email: `${role}@example.test`, name: `A ${role}`, role, password: 'long enough pw' } });
      const { id } = await res.json() as { id: string };
      // A token acts with its creator's role, whatever its scopes.
      tokens[role] = (await createApiToken(t.server.services.store.db, { workspaceId: t.workspaceId, name: role, scopes: ['admin'], createdBy: id })).token;
    }
    tokens.admin = t.token;
  });
  afterAll(async () => { await t?.close(); });

  it('shows every member the defaults until an admin changes them', async () => {
    for (const role of ['viewer', 'agent'] as const) {
      const res = await as(role);
      expect(res.status).toBe(200);
      const answer = await res.json() as SettingsAnswer;
      expect(answer).toEqual({ settings: DEFAULT_PRIORITY_SETTINGS, updatedAt: null, updatedBy: null, defaults: DEFAULT_PRIORITY_SETTINGS });
      expect(answer.settings.followers.max).toBe(0);
    }
  });

  it('lets only admins change them', async () => {
    for (const role of ['viewer', 'agent', 'lead'] as const) {
      const res = await as(role, { method: 'PUT', json: { urgency: { max: 50 } } });
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'forbidden' });
    }
    expect((await (await as('agent')).json() as SettingsAnswer).updatedAt).toBeNull();
  });

  it('replaces them for an admin, fills what was left out with defaults, and records who did it', async () => {
    const res = await as('admin', { method: 'PUT', json: { visibility: { public: 30 }, followers: { max: 6 }, sla: { firstResponseMinutes: { public: 30 } } } });
    expect(res.status).toBe(200);
    const answer = await res.json() as SettingsAnswer;
    expect(answer.settings).toEqual({
      ...DEFAULT_PRIORITY_SETTINGS,
      visibility: { public: 30 },
      followers: { ...DEFAULT_PRIORITY_SETTINGS.followers, max: 6 },
      sla: { ...DEFAULT_PRIORITY_SETTINGS.sla, firstResponseMinutes: { public: 30, private: 240 } },
    });
    expect(answer.updatedBy).toBe(t.adminId);
    expect(await (await as('viewer')).json()).toEqual(answer);

    const audit = await (await t.api('/api/v1/audit?limit=5')).json() as { items: { action: string; actorUserId: string; targetId: string; details: { settings: PrioritySettings } }[] };
    const entry = audit.items.find((e) => e.action === 'priority_settings.changed');
    expect(entry).toMatchObject({ actorUserId: t.adminId, targetId: t.workspaceId });
    expect(entry?.details.settings.visibility.public).toBe(30);
  });

  it('refuses weights out of range, misspelt fields and contradictions, and keeps the settings it had', async () => {
    const before = await (await as('admin')).json() as SettingsAnswer;
    const refused = async (body: unknown, path: string) => {
      const res = await as('admin', { method: 'PUT', json: body });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await res.json() as { code: string; type: string; issues: Issue[] };
      expect(problem).toMatchObject({ code: 'validation_failed', type: 'https://parley.dev/problems/validation_failed' });
      expect(problem.issues.map((i) => i.path)).toContain(path);
    };
    await refused({ urgency: { max: 500 } }, 'urgency.max');
    await refused({ aging: { stepMinutes: 0 } }, 'aging.stepMinutes');
    await refused({ sentiment: { mild: 20, strong: 5 } }, 'sentiment.strong');
    await refused({ customer: { loyaltyTiers: { gold: 'lots' } } }, 'customer.loyaltyTiers.gold');
    await refused({ sla: { nearShare: 2 } }, 'sla.nearShare');
    const misspelt = await as('admin', { method: 'PUT', json: { urgncy: { max: 10 } } });
    expect(misspelt.status).toBe(400);
    expect(JSON.stringify(await misspelt.json())).toContain('urgncy');
    expect(await (await as('admin')).json()).toEqual(before);
  });

  it('scores new messages with the workspace weights', async () => {
    const channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Shop', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const raw = JSON.stringify({ events: [{ id: 'ps-1', from: { id: 'oskars', name: 'Oskars' }, text: 'Is the shop open on Sunday', visibility: 'public' }] });
    const res = await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    expect(res.status).toBe(200);
    const list = await (await t.api('/api/v1/conversations')).json() as { items: { priority: number; priorityFactors: PriorityFactor[] }[] };
    expect(list.items[0]?.priorityFactors).toContainEqual({ factor: 'visibility', points: 30, detail: 'public: other customers read the thread' });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await (await t.api('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths[URL] ?? {}).sort()).toEqual(['get', 'put']);
  });
});
