// The PII guard's rules: what may not go out in public, and what agents see masked.
import type { Message, MessageAnalysis } from './types.ts';

type PiiSpan = MessageAnalysis['pii'][number];

/** Card and national id numbers are masked in the agent view unless revealed. */
export const MASKED_TYPES = new Set(['card', 'ssn']);

/** Replaces each masked span with •, keeping the last four characters so agents can refer to it. */
export function maskText(text: string, pii: PiiSpan[]): string {
  const spans = pii.filter((p) => MASKED_TYPES.has(p.type) && p.start >= 0 && p.end <= text.length && p.start < p.end)
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const span of spans) {
    const secret = out.slice(span.start, span.end);
    const keep = secret.replace(/\D/g, '').length > 4 ? 4 : 0;
    const masked = secret.slice(0, secret.length - keep).replace(/[0-9A-Za-z]/g, '•') + secret.slice(secret.length - keep);
    out = out.slice(0, span.start) + masked + out.slice(span.end);
  }
  return out;
}

/** The message as agents see it by default: masked spans replaced, and marked so the UI offers a reveal. */
export function maskMessage(message: Message): Message & { isMasked: boolean } {
  const masked = maskText(message.text, message.pii);
  return { ...message, text: masked, isMasked: masked !== message.text };
}
