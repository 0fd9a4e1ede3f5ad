// Builds the Fastify app: body parsing, problem+json errors, OpenAPI, and every route.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import type { Services } from './services.ts';
import { sendProblem } from './problem.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerChannelRoutes } from './routes/channels.ts';
import { registerConversationRoutes } from './routes/conversations.ts';
import { registerViewRoutes } from './routes/views.ts';
import { registerUploadRoutes } from './routes/uploads.ts';
import { registerContactRoutes } from './routes/contacts.ts';
import { registerSearchRoutes } from './routes/search.ts';
import { registerReportRoutes } from './routes/reports.ts';
import { registerWorkspaceRoutes } from './routes/workspace.ts';
import { registerWebhookRoutes } from './routes/webhooks.ts';
import { registerMetaWebhook } from './routes/meta-webhook.ts';
import { registerListeningRoutes } from './routes/listening.ts';
import { registerPlaybookRoutes } from './routes/playbooks.ts';
import { registerGoodwillRoutes } from './routes/goodwill.ts';
import { registerPrioritySettingsRoutes } from './routes/priority-settings.ts';
import { registerMessagingWindowRoutes } from './routes/messaging-windows.ts';
import { registerStream } from '../realtime/stream-gateway.ts';
import { registerWebchat } from '../channels/webchat/gateway.ts';
import { registerWebApp } from './routes/web-app.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body's bytes as received; webhook signatures are checked over them. */
    rawBody?: Buffer;
  }
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: services.config.bodyLimit,
    trustProxy: services.config.trustProxy,
    // Per-request lines would dominate the log at webhook volumes; metrics count requests instead.
    logController: new LogController({ disableRequestLogging: true }),
    // Ids in routes are ours; anything longer is not one of them.
    routerOptions: { maxParamLength: 200 },
  });

  // Keep the raw bytes for signature checks, then parse JSON ourselves with a clear error.
  app.addContentTypeParser(['application/json', 'application/*+json'], { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    request.rawBody = raw;
    if (raw.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch (error) {
      const problem = Object.assign(new Error(`the body is not valid JSON: ${(error as Error).message}`), {
        statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      });
      done(problem, undefined);
    }
  });
  // Every other type arrives as bytes only (text/plain too: an uploaded .txt file is bytes like any other).
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    request.rawBody = body as Buffer;
    done(null, undefined);
  });
  // Requests are validated with zod in each route; the JSON schemas are there for the docs.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setErrorHandler((error, request, reply) => sendProblem(reply, error, request));
  app.setNotFoundHandler((request, reply) => reply.code(404).header('content-type', 'application/problem+json; charset=utf-8')
    .send(JSON.stringify({ type: 'https://parley.dev/problems/not_found', title: 'not found', status: 404, code: 'not_found', detail: `no route ${request.method} ${request.url.split('?')[0]}` })));

  app.addHook('onResponse', async (request, reply) => {
    services.metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    // API answers are data, never documents: nothing in them may run or be framed.
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Parley API', version: '1', description: 'Everything the Parley web app does, for programs too.' },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'parley_session' },
        },
      },
    },
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  registerHealthRoutes(app, services);
  registerAuthRoutes(app, services);
  registerChannelRoutes(app, services);
  registerConversationRoutes(app, services);
  registerViewRoutes(app, services);
  registerUploadRoutes(app, services);
  registerContactRoutes(app, services);
  registerSearchRoutes(app, services);
  registerReportRoutes(app, services);
  registerWorkspaceRoutes(app, services);
  registerListeningRoutes(app, services);
  registerPlaybookRoutes(app, services);
  registerGoodwillRoutes(app, services);
  registerPrioritySettingsRoutes(app, services);
  registerMessagingWindowRoutes(app, services);
  registerMetaWebhook(app, services);
  registerWebhookRoutes(app, services);
  registerStream(app, services);
  registerWebchat(app, services);
  registerWebApp(app, services);

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
