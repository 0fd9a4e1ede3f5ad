// Wires the webchat channel into the server: widget script, sessions, history, sockets, live delivery.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../server/services.ts';
import { registerWidgetRoute } from './widget-route.ts';
import { registerSessionRoutes } from './session-routes.ts';
import { registerSocketRoute } from './socket-route.ts';
import { exposeWebhookAnswers, registerPreflights } from './cors.ts';
import { createVisitorSockets } from './visitor-sockets.ts';
import { createRateLimiter } from '../../security/rate-limiter.ts';
import { readDelivery } from './deliver-event.ts';
import { serializeFrame } from './frames.ts';

// 20 messages at once, then 2 a second: a typing human never notices, a script does.
const RATE = { capacity: 20, refillPerSecond: 2 };

export function registerWebchat(app: FastifyInstance, services: Services): void {
  const limiter = createRateLimiter({ ...RATE, now: () => services.now().getTime() });
  const sockets = createVisitorSockets();
  // Not reset when a visitor's sockets close: reconnecting must not be a way around the limit.
  const sweeper = setInterval(() => limiter.sweep(), 60_000);
  sweeper.unref();

  registerWidgetRoute(app);
  registerSessionRoutes(app, services);
  registerSocketRoute(app, services, sockets, limiter);
  registerPreflights(app, services, ['/webchat/:channelId/sessions', '/webchat/:channelId/history', '/webhooks/webchat/:channelId']);
  exposeWebhookAnswers(app, '/webhooks/webchat/');

  // Deliveries come through the bus so that, scaled out, the instance holding the visitor's socket gets them.
  const unsubscribe = services.bus.subscribe((event) => {
    const delivery = readDelivery(event);
    if (!delivery || sockets.countOf(delivery.channelId, delivery.visitorId) === 0) return;
    sockets.send(delivery.channelId, delivery.visitorId, serializeFrame({ type: 'message', message: delivery.message }));
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    clearInterval(sweeper);
    sockets.close();
  });
}
