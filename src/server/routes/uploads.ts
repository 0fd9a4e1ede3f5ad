// Files for replies: an agent uploads one (POST /api/v1/uploads, the bytes as the body), then names
// it in a reply; networks fetch it from its signed /media link.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute } from '../route.ts';
import { ParleyError } from '../../domain/errors.ts';
import { checkUpload, cleanFileName, MAX_UPLOAD_BYTES } from '../../domain/upload-kinds.ts';
import { getUploadWithContent, insertUpload } from '../../store/repositories/uploads.ts';
import { isMediaSignatureValid, mediaLink } from '../media-links.ts';
import { publicBase } from '../public-base.ts';

/** What a file may do once served: nothing. No script, no sniffing its way into being a page. */
const SERVED_FILE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cross-origin-resource-policy': 'cross-origin',
};

export function registerUploadRoutes(app: FastifyInstance, services: Services): void {
  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/uploads', tag: 'conversations', role: 'agent', status: 201, bodyLimit: MAX_UPLOAD_BYTES,
    summary: `Upload a file to attach to a reply: the raw bytes as the body, its type as content-type, ?name= its file name (up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`,
    query: z.object({ name: z.string().max(500).default('attachment') }),
    async handler({ actor, query, request }) {
      const bytes = request.rawBody ?? Buffer.alloc(0);
      const checked = checkUpload(request.headers['content-type'] ?? '', bytes);
      if (!checked.ok) throw new ParleyError('unsupported_media_type', checked.reason);
      const upload = await insertUpload(services.store.db, {
        workspaceId: actor.workspaceId, uploadedBy: actor.userId, name: cleanFileName(query.name), mimeType: checked.mimeType,
        type: checked.type, content: bytes,
      }, services.now());
      return {
        id: upload.id, name: upload.name, mimeType: upload.mimeType, type: upload.type, size: upload.size,
        url: mediaLink(services, publicBase(services, request), upload.id),
      };
    },
  });

  // Public, for the networks to fetch: the signature is the permission.
  app.get('/media/:id', { schema: { hide: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { sig } = request.query as { sig?: string };
    const upload = sig && id.length <= 64 && isMediaSignatureValid(services, id, sig)
      ? await getUploadWithContent(services.store.db, id) : undefined;
    if (!upload) throw new ParleyError('not_found', 'no such file, or the link is not one this server gave out');
    const disposition = upload.type === 'image' ? 'inline' : 'attachment';
    return reply.code(200).headers({
      ...SERVED_FILE_HEADERS,
      'content-type': upload.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : upload.mimeType,
      'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(upload.name)}`,
      'cache-control': 'private, max-age=86400, immutable',
      etag: `"${upload.sha256}"`,
    }).send(upload.content);
  });
}
