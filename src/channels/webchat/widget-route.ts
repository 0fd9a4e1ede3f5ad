// Serves the widget script that sites embed with one <script> tag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

// Read once at start: the script is plain JavaScript with no build step.
const SCRIPT = readFileSync(new URL('./widget.js', import.meta.url));
const ETAG = `"${createHash('sha256').update(SCRIPT).digest('base64url').slice(0, 27)}"`;

export function registerWidgetRoute(app: FastifyInstance): void {
  app.get('/webchat/widget.js', { schema: { hide: true } }, async (request, reply) => {
    reply
      .header('content-type', 'application/javascript; charset=utf-8')
      // An hour keeps page loads fast; the ETag makes the check after that cheap.
      .header('cache-control', 'public, max-age=3600')
      .header('etag', ETAG)
      // Sites with Cross-Origin-Embedder-Policy may load it too.
      .header('cross-origin-resource-policy', 'cross-origin');
    if (request.headers['if-none-match'] === ETAG) return reply.code(304).send();
    return reply.send(SCRIPT);
  });
}
