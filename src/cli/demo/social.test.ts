import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.ts';
import { DEMO_SCRIPT } from './corpus.ts';
import { assignRoutes, startTraffic } from './traffic.ts';
import {
  ensureSocialChannels, findSocialChannels, socialRoutes, startDemoEmulators, watchEmulatorReplies, type DemoEmulators, type SocialChannels,
} from './social.ts';

describe('the demo on X, Facebook and Instagram', () => {
  let t: TestServer;
  let emulators: DemoEmulators;
  let social: SocialChannels;

  beforeAll(async () => {
    t = await startTestServer('sqlite', { outboxBackoffMs: () => 50 });
    emulators = await startDemoEmulators();
    const { db } = t.server.services.store;
    social = await ensureSocialChannels(db, t.server.services.secretBox, t.server.services.channels, t.workspaceId, {}, emulators);
  });
  afterAll(async () => {
    await t?.close();
    await emulators?.close();
  });

  it('reuses the channels while they point at the running emulators', async () => {
    const { db } = t.server.services.store;
    const found = await findSocialChannels(db, t.server.services.secretBox, t.workspaceId);
    expect(found.x?.id).toBe(social.x.id);
    const again = await ensureSocialChannels(db, t.server.services.secretBox, t.server.services.channels, t.workspaceId, found, emulators);
    expect([again.x.id, again.facebook.id, again.instagram.id]).toEqual([social.x.id, social.facebook.id, social.instagram.id]);
  });

  it('rotates threads over the channels, replies staying with their parent', () => {
    const routes = assignRoutes(DEMO_SCRIPT, 4);
    expect(new Set(routes.values())).toEqual(new Set([0, 1, 2, 3]));
    for (const m of DEMO_SCRIPT) if (m.replyTo) expect(routes.get(m.key)).toBe(routes.get(m.replyTo));
  });

  it('sends signed X and Meta deliveries the server accepts, and an agent reply reaches the emulator', async () => {
    const results: { via: string; key: string; accepted: number }[] = [];
    const errors: string[] = [];
    const traffic = startTraffic({
      webhookUrl: `${t.url}/webhooks/api/none`, secret: 'unused', runTag: 'test', fetch: globalThis.fetch,
      routes: socialRoutes(t.url, social), script: DEMO_SCRIPT,
      minDelayMs: 1, maxDelayMs: 2,
      onSent: (m, accepted, via) => results.push({ via, key: m.key, accepted }),
      onError: (m, reason, via) => errors.push(`${via} ${m.key}: ${reason}`),
    });
    await expect.poll(() => results.length + errors.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(DEMO_SCRIPT.length);
    await traffic.stop();
    // The api route points at no channel here: only the social deliveries matter.
    expect(errors.filter((e) => !e.startsWith('api '))).toEqual([]);
    for (const via of ['x', 'facebook', 'instagram']) {
      const sent = results.filter((r) => r.via === via);
      expect(sent.length).toBeGreaterThan(0);
      for (const r of sent) expect(r.accepted, `${via} ${r.key}`).toBeGreaterThan(0);
    }
    const privateOnX = DEMO_SCRIPT.find((m) => m.visibility === 'private' && results.some((r) => r.via === 'x' && r.key === m.key));
    const publicOnFacebook = DEMO_SCRIPT.find((m) => m.visibility === 'public' && results.some((r) => r.via === 'facebook' && r.key === m.key));
    expect(privateOnX ?? publicOnFacebook).toBeDefined();

    const lines: string[] = [];
    const watch = watchEmulatorReplies(emulators, (line) => lines.push(line), 20);
    const inbox = await (await t.api('/api/v1/conversations?sort=newest&limit=100')).json() as { items: { id: string; channelId: string }[] };
    for (const channel of [social.x, social.facebook, social.instagram]) {
      const conversation = inbox.items.find((c) => c.channelId === channel.id);
      expect(conversation, channel.network).toBeDefined();
      const res = await t.api(`/api/v1/conversations/${conversation!.id}/replies`, { method: 'POST', json: { text: `Hvala, ${channel.network}!` } });
      expect(res.status).toBe(201);
    }
    await expect.poll(() => lines.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    watch.stop();
    expect(lines.join('\n')).toMatch(/← x .* accepted by the X emulator as \d+: Hvala, x!/);
    expect(lines.join('\n')).toMatch(/← facebook .* accepted by the Graph emulator as \S+: Hvala, facebook!/);
    expect(lines.join('\n')).toMatch(/← instagram .* accepted by the Graph emulator as \S+: Hvala, instagram!/);
  }, 30_000);
});
