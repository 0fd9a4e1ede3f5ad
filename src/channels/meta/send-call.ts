// One Graph call made for the outbox: usage gate first, then the call, then Meta's answer read.
import { SendError, type SendContext, type SendResult } from '../channel-adapter.ts';
import { BlockedTargetError } from '../../security/guarded-fetch.ts';
import { callGraph, createdId, type GraphCall, type GraphEndpoint } from './graph-client.ts';
import { toSendError } from './graph-errors.ts';
import type { UsageGate } from './usage.ts';

export async function sendThroughGraph(context: SendContext, endpoint: GraphEndpoint, call: GraphCall, gate: UsageGate, gateKey: string): Promise<SendResult> {
  const wait = gate.waitMs(gateKey, context.now());
  if (wait > 0) {
    throw new SendError(`Meta's usage limit for this account is nearly reached; sending again in ${Math.ceil(wait / 1000)} s`, true, wait);
  }
  let response;
  try {
    response = await callGraph(context.fetch, endpoint, call);
  } catch (error) {
    // A refused target will not become acceptable by waiting; a network fault may.
    const isBlocked = error instanceof BlockedTargetError;
    throw new SendError(`the Graph API call to ${new URL(endpoint.baseUrl).host} failed: ${(error as Error).message}`, !isBlocked);
  }
  gate.record(gateKey, response.usage, context.now());
  if (!response.ok) throw toSendError(response.status, response.body, response.text, response.usage);
  return { externalId: createdId(response.body) };
}
