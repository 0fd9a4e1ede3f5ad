// Serves the web app's built files from web/dist/assets (hashed names, so they are cached for good).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { notFound } from '../../domain/errors.ts';
import { sendProblem } from '../problem.ts';

const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist/assets');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** Only the flat, hashed file names Vite writes: no folders, no dot-files, nothing that could climb out. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

/** Idempotent: registerWebApp calls it too, so the app works whether or not app.ts lists it. */
export function registerWebAssets(app: FastifyInstance, _services: Services): void {
  if (app.hasRoute({ method: 'GET', url: '/assets/:file' })) return;
  app.get<{ Params: { file: string } }>('/assets/:file', { schema: { hide: true } }, async (request, reply) => {
    const { file } = request.params;
    const type = CONTENT_TYPES[path.extname(file)];
    const full = path.join(ASSETS_DIR, file);
    if (!ASSET_NAME.test(file) || file.includes('..') || !type || !fs.existsSync(full)) {
      return sendProblem(reply, notFound('asset'), request);
    }
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.type(type).send(fs.createReadStream(full));
  });
}
