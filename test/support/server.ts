// Starts a real Parley server for a test: its own store (SQLite file or PostgreSQL database),
// an admin, and an admin API token.
import fs from 'node:fs';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer, type StartOptions } from '../../src/server/start-server.ts';
import { createAdmin } from '../../src/care/create-admin.ts';
import { createApiToken } from '../../src/care/create-api-token.ts';
import type { Dialect } from '../../src/store/dialect.ts';
import { createPostgresDatabase, tempDir } from './stores.ts';

export interface TestServer {
  server: RunningServer;
  url: string;
  token: string;
  workspaceId: string;
  adminId: string;
  adminEmail: string;
  adminPassword: string;
  /** fetch against the server with the admin token. */
  api(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(dialect: Dialect = 'sqlite', options: StartOptions & { env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDir = tempDir('parley-server-');
  const database = dialect === 'postgres' ? await createPostgresDatabase() : undefined;
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_LOG_LEVEL: 'silent', PARLEY_ALLOW_PRIVATE_NETWORK: 'true',
    ...(database ? { PARLEY_DATABASE_URL: database.url } : {}),
    ...options.env,
  });
  const server = await startServer(config, { logger: pino({ level: 'silent' }), outboxPollMs: 100, healthMonitor: false, ...options });
  const adminEmail = 'admin@example.test';
  const adminPassword = 'correct horse battery';
  const { user, workspace } = await createAdmin(server.services.store.db, { email: adminEmail, password: adminPassword, name: 'Ada Admin' });
  const { token } = await createApiToken(server.services.store.db, { workspaceId: workspace.id, name: 'test', scopes: ['admin'], createdBy: user.id });
  const url = server.url;
  return {
    server, url, token, workspaceId: workspace.id, adminId: user.id, adminEmail, adminPassword,
    api(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(url + path, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    },
    async close() {
      await server.close();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
