// The load generator, run as a child process of the server's process: it holds the agent
// WebSocket connections, sends the webhook deliveries and times the events coming back.
import { serveRequests } from '../child.ts';
import { prepareDeliveries } from '../workload.ts';
import { createSender, type Sender } from './http-sender.ts';
import { openAgentSockets, openProbe, type AgentSockets, type Probe } from './agent-sockets.ts';
import { runIngest } from './ingest-run.ts';
import { runLatency } from './latency-run.ts';

export type LoadRequest =
  | { kind: 'connect'; baseUrl: string; tokens: string[]; count: number }
  | { kind: 'ingest'; webhookUrl: string; secret: string; total: number; batch: number; senders: number; maxSeconds: number; seed: number; idPrefix: string }
  | { kind: 'latency'; webhookUrl: string; secret: string; perSecond: number; seconds: number; batch: number; drainSeconds: number; seed: number; idPrefix: string }
  | { kind: 'sockets' };

let agents: (AgentSockets & { failed: number }) | undefined;
let probe: Probe | undefined;
let sender: Sender | undefined;

function senderFor(url: string): Sender {
  // Enough sockets that an open-loop run is never held back by the client's own pool.
  sender ??= createSender(url, 512);
  return sender;
}

/** Waits (bounded) until the server has answered what an earlier run left in flight. */
async function settle(maxSeconds: number): Promise<void> {
  const until = Date.now() + maxSeconds * 1000;
  while (sender && sender.inFlight() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

serveRequests(async (body) => {
  const request = body as LoadRequest;
  switch (request.kind) {
    case 'connect': {
      probe = await openProbe(request.baseUrl, request.tokens[0]!);
      agents = await openAgentSockets(request.baseUrl, request.tokens, request.count);
      return { connected: agents.open(), failed: agents.failed };
    }
    case 'ingest': {
      await settle(60);
      const deliveries = prepareDeliveries(request.seed, request.idPrefix, request.secret, request.total, request.batch);
      return runIngest(senderFor(request.webhookUrl), deliveries, request.senders, request.maxSeconds);
    }
    case 'latency': {
      await settle(60);
      if (!probe) throw new Error('connect first');
      const total = Math.max(request.batch, Math.round(request.perSecond * request.seconds));
      const deliveries = prepareDeliveries(request.seed, request.idPrefix, request.secret, total, request.batch);
      probe.arrivals.clear();
      const result = await runLatency(senderFor(request.webhookUrl), probe, deliveries, request.perSecond, request.drainSeconds);
      probe.arrivals.clear();
      return result;
    }
    case 'sockets':
      return { open: agents?.open() ?? 0, closeCodes: agents?.closeCodes() ?? {}, probeOpen: probe?.isOpen() ?? false, probeCloseCode: probe?.closeCode() };
  }
});

process.on('exit', () => { agents?.close(); probe?.close(); sender?.close(); });
