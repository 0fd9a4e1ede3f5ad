// Delivery latency under an offered load: deliveries go out on a fixed schedule whatever the
// server answers (open loop), so a server that falls behind shows it as queueing delay.
import { performance } from 'node:perf_hooks';
import type { Delivery } from '../workload.ts';
import type { Sender } from './http-sender.ts';
import type { Probe } from './agent-sockets.ts';
import { summarize, type Summary } from '../percentiles.ts';

export interface LatencyRunResult {
  offeredPerSecond: number;
  sent: number;
  delivered: number;
  /** Messages whose event never reached the probe before the wait ended. */
  lost: number;
  failedDeliveries: number;
  /** Deliveries still unanswered when the wait ended. */
  unansweredDeliveries: number;
  /** Milliseconds from sending the webhook request to the event on the socket; lost ones count as infinite. */
  latency: Summary;
  /** How far the sender itself fell behind its schedule: a large value means the client, not the server, limited the run. */
  maxScheduleLagMs: number;
  seconds: number;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

export async function runLatency(sender: Sender, probe: Probe, deliveries: Delivery[], perSecond: number, drainSeconds: number): Promise<LatencyRunResult> {
  const perDelivery = deliveries[0]?.externalIds.length ?? 1;
  const intervalMs = (perDelivery / perSecond) * 1000;
  const sentAt = new Map<string, number>();
  let answered = 0;
  let failed = 0;
  let maxLag = 0;
  const started = performance.now();
  let next = 0;
  while (next < deliveries.length) {
    const now = performance.now();
    // Every delivery whose time has come goes out now, even if earlier ones are unanswered.
    while (next < deliveries.length && started + next * intervalMs <= now) {
      const delivery = deliveries[next]!;
      maxLag = Math.max(maxLag, now - (started + next * intervalMs));
      const at = performance.now();
      for (const id of delivery.externalIds) sentAt.set(id, at);
      void sender.post(delivery).then((status) => { answered++; if (status !== 200) failed++; });
      next++;
    }
    await tick();
  }
  const sendSeconds = (performance.now() - started) / 1000;
  const drainUntil = performance.now() + drainSeconds * 1000;
  while ((answered < deliveries.length || probe.arrivals.size < sentAt.size) && performance.now() < drainUntil) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const samples: number[] = [];
  let lost = 0;
  for (const [id, at] of sentAt) {
    const arrived = probe.arrivals.get(id);
    if (arrived === undefined) { lost++; samples.push(Number.POSITIVE_INFINITY); } else samples.push(arrived - at);
  }
  return {
    offeredPerSecond: perSecond, sent: sentAt.size, delivered: sentAt.size - lost, lost,
    failedDeliveries: failed, unansweredDeliveries: deliveries.length - answered,
    latency: summarize(samples), maxScheduleLagMs: maxLag, seconds: sendSeconds,
  };
}
