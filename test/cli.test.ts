// The `parley` command as users run it: a real process, its exit code and its output.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../src/channels/api/index.ts';
import { tempDir } from './support/stores.ts';

const BIN = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

interface Finished { code: number | null; stdout: string; stderr: string }

function baseEnv(dataDir: string): Record<string, string> {
  // Only what a shell would pass on: the test runner's own PARLEY_* settings must not leak in.
  const env: Record<string, string> = { PARLEY_DATA_DIR: dataDir };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

function spawnParley(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { env, cwd: fileURLToPath(new URL('..', import.meta.url)) });
}

function parley(args: string[], env: Record<string, string>, input?: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawnParley(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A long-running command: its output so far, a way to wait for a line, and a clean stop. */
function running(args: string[], env: Record<string, string>) {
  const child = spawnParley(args, env);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    output: () => output,
    async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const match = pattern.exec(output);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${pattern} in the output of parley ${args.join(' ')}:\n${output}`);
    },
    async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

describe('parley on a fresh data dir', () => {
  const dataDir = tempDir('parley-cli-');
  const env = baseEnv(dataDir);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  let token = '';
  let channel: { id: string; network: string; name: string; config: Record<string, unknown>; secret: string };

  it('migrate applies the schema once', async () => {
    const first = await parley(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('applied 001-initial');
    const again = await parley(['migrate'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already up to date');
  });

  it('admin create makes an admin, and refuses the same email twice', async () => {
    const created = await parley(['admin', 'create', '--email', 'ada@example.com', '--password', 'correct horse battery', '--name', 'Ada'], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('ada@example.com');
    const twice = await parley(['admin', 'create', '--email', 'ada@example.com'], { ...env, PARLEY_ADMIN_PASSWORD: 'another good one' });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('exists');
  });

  it('token create prints the token alone on stdout', async () => {
    const result = await parley(['token', 'create', '--name', 'ci', '--scopes', 'read,write', '--expires-days', '7'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^pk_[A-Za-z0-9_-]{20,}\n$/);
    token = result.stdout.trim();
  });

  it('channel add prints the channel with its shown-once secret', async () => {
    const result = await parley(['channel', 'add', '--network', 'api', '--name', 'Order system', '--config', '{"deliveryUrl":"http://127.0.0.1:9/deliveries"}'], env);
    expect(result.code).toBe(0);
    channel = JSON.parse(result.stdout) as typeof channel;
    expect(channel).toMatchObject({ network: 'api', name: 'Order system', config: { deliveryUrl: 'http://127.0.0.1:9/deliveries' } });
    expect(channel.id).toMatch(/^ch_/);
    expect(channel.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('start serves that store: the token authenticates and the channel verifies its secret', async () => {
    const server = running(['start'], { ...env, PORT: '0', HOST: '127.0.0.1' });
    try {
      const [, url] = await server.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
      const auth = { authorization: `Bearer ${token}` };
      expect((await fetch(`${url}/api/v1/conversations`)).status).toBe(401);
      expect((await fetch(`${url}/api/v1/conversations`, { headers: auth })).status).toBe(200);

      const body = JSON.stringify({ events: [{ id: 'ext-1', from: { id: 'u1', name: 'Ana' }, text: 'Где мой заказ? 📦', visibility: 'private' }] });
      const webhook = `${url}/webhooks/api/${channel.id}`;
      const refused = await fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody('wrong', body) }, body });
      expect(refused.status).toBe(401);
      const accepted = await fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, body) }, body });
      expect(await accepted.json()).toEqual({ accepted: 1 });

      const inbox = (await (await fetch(`${url}/api/v1/conversations`, { headers: auth })).json()) as { items: { snippet: string }[] };
      expect(inbox.items.map((c) => c.snippet)).toEqual(['Где мой заказ? 📦']);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    expect(server.output()).toContain('shutting down');
  });
});

describe('parley analyze', () => {
  const dataDir = tempDir('parley-cli-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('writes one contract line per input line, errors included, and exits 0', async () => {
    const hostile = 'Refund NOW 😡🔥 \u202Eشكرا\u202C <img src=x onerror=alert(1)> "quoted" \\ back';
    const input = [
      JSON.stringify({ id: 'm1', text: 'My card was charged twice, please help!', network: 'x', visibility: 'public' }),
      '{ this is not json',
      JSON.stringify({ id: 2, text: 'Здравствуйте, где мой заказ?' }),
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'h', text: hostile, visibility: 'private' }),
      JSON.stringify({ id: 'empty', text: '' }),
    ].join('\n');
    const result = await parley(['analyze'], baseEnv(dataDir), `${input}\n`);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['m1', null, 2, null, 'h', 'empty']);
    for (const line of [lines[1], lines[3]]) expect(line).toEqual({ id: null, error: expect.any(String) });
    for (const line of [lines[0], lines[2], lines[4], lines[5]]) {
      expect(Object.keys(line!).sort()).toEqual(['explanation', 'id', 'intents', 'language', 'matches', 'pii', 'priority', 'sentiment', 'urgency', 'urgent']);
      expect(line).toMatchObject({
        language: expect.stringMatching(/^([a-z]{2}|und)$/),
        sentiment: { label: expect.stringMatching(/^(negative|neutral|positive)$/), score: expect.any(Number) },
        urgent: expect.any(Boolean), urgency: expect.any(Number), intents: expect.any(Array), pii: expect.any(Array),
        matches: expect.any(Array), priority: expect.any(Number), explanation: expect.any(Array),
      });
    }
    expect(lines[5]?.language).toBe('und');
    const pii = lines[4]?.pii as { start: number; end: number }[];
    for (const span of pii) expect(span.end).toBeLessThanOrEqual(hostile.length);
  });
});

describe('parley usage', () => {
  const dataDir = tempDir('parley-cli-');
  const env = baseEnv(dataDir);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers --help with exit 0 and bad usage with exit 2, touching no data', async () => {
    const [help, commandHelp, none, unknown, badOption, noPassword] = await Promise.all([
      parley(['--help'], env),
      parley(['token', 'create', '--help'], env),
      parley([], env),
      parley(['launch'], env),
      parley(['token', 'create', '--name', 'x', '--scopes', 'root'], env),
      parley(['admin', 'create', '--email', 'x@example.com'], env),
    ]);
    expect(help.code).toBe(0);
    for (const name of ['start', 'demo', 'migrate', 'admin create', 'token create', 'channel add', 'analyze']) expect(help.stdout).toContain(name);
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toContain('--expires-days');
    expect(none.code).toBe(2);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'launch'");
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("unknown scope 'root'");
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('--password is required');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});

describe('parley demo', () => {
  const dataDir = tempDir('parley-demo-');
  let demo: ReturnType<typeof running>;
  beforeAll(() => { demo = running(['demo'], { ...baseEnv(dataDir), PORT: '0' }); });
  afterAll(async () => {
    await demo.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('fills the inbox live and delivers an agent reply to its receiver', async () => {
    const [, url] = await demo.waitFor(/open (http:\/\/localhost:\d+)/);
    const [, token] = await demo.waitFor(/API token: (pk_\S+)/);
    await demo.waitFor(/→ \[en\] public post from @/);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const inbox = (await (await fetch(`${url}/api/v1/conversations?sort=newest`, { headers: auth })).json()) as { items: { id: string }[] };
    expect(inbox.items.length).toBeGreaterThan(0);
    const reply = await fetch(`${url}/api/v1/conversations/${inbox.items[0]!.id}/replies`, {
      method: 'POST', headers: auth, body: JSON.stringify({ text: 'We are on it 🙏' }),
    });
    expect(reply.status).toBe(201);
    await demo.waitFor(/← \w+ reply to @\S+ delivered as demo-out-1: We are on it 🙏/);
    expect(await demo.stop()).toBe(0);
  });
});
