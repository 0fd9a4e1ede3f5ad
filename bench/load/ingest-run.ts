// Throughput: deliveries sent back to back by a few senders (closed loop), as fast as the server acknowledges.
import { performance } from 'node:perf_hooks';
import type { Delivery } from '../workload.ts';
import type { Sender } from './http-sender.ts';

export interface IngestRunResult { messages: number; deliveries: number; failed: number; seconds: number }

export async function runIngest(sender: Sender, deliveries: Delivery[], senders: number, maxSeconds: number): Promise<IngestRunResult> {
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  let next = 0;
  let messages = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < deliveries.length && performance.now() < deadline) {
      const delivery = deliveries[next++]!;
      const status = await sender.post(delivery);
      if (status === 200) { messages += delivery.externalIds.length; done++; } else failed++;
    }
  };
  await Promise.all(Array.from({ length: senders }, worker));
  return { messages, deliveries: done, failed, seconds: (performance.now() - started) / 1000 };
}
