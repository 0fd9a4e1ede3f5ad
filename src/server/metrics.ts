// Prometheus metrics for operators, served at /metrics.
import client from 'prom-client';

export interface Metrics {
  registry: client.Registry;
  ingestedMessages: client.Counter<'network'>;
  webhookRequests: client.Counter<'network' | 'outcome'>;
  outboxSends: client.Counter<'network' | 'result'>;
  httpDuration: client.Histogram<'method' | 'route' | 'status'>;
  streamConnections: client.Gauge;
}

export function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'parley_' });
  return {
    registry,
    ingestedMessages: new client.Counter({ name: 'parley_ingested_messages_total', help: 'Inbound messages stored', labelNames: ['network'], registers: [registry] }),
    webhookRequests: new client.Counter({ name: 'parley_webhook_requests_total', help: 'Webhook requests by outcome', labelNames: ['network', 'outcome'], registers: [registry] }),
    outboxSends: new client.Counter({ name: 'parley_outbox_sends_total', help: 'Outbound send attempts by result', labelNames: ['network', 'result'], registers: [registry] }),
    httpDuration: new client.Histogram({ name: 'parley_http_request_duration_seconds', help: 'HTTP request duration', labelNames: ['method', 'route', 'status'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry] }),
    streamConnections: new client.Gauge({ name: 'parley_stream_connections', help: 'Open realtime stream connections', registers: [registry] }),
  };
}
