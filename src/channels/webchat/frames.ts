// The visitor socket's JSON frames: reading what a visitor sends, writing what the server sends.
import { z } from 'zod';
import { ParleyError, type ErrorCode } from '../../domain/errors.ts';
import { ClientMessageId, checkVisitorText, type VisitorDraft, type VisitorMessage } from './visitor-message.ts';

export type ServerFrame =
  | { type: 'ack'; id: string; messageId: string }
  | { type: 'message'; message: VisitorMessage }
  | { type: 'error'; code: ErrorCode; detail: string; id?: string };

const MessageFrame = z.object({ type: z.literal('message'), id: ClientMessageId, text: z.string() });

export type FrameReading =
  | { ok: true; draft: VisitorDraft }
  | { ok: false; error: ParleyError; id?: string };

/** Reads one frame without ever throwing: a bad frame earns an error frame, not a closed socket. */
export function readClientFrame(raw: string): FrameReading {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: new ParleyError('bad_request', 'a frame must be JSON') };
  }
  const parsed = MessageFrame.safeParse(value);
  if (!parsed.success) {
    const id = ClientMessageId.safeParse((value as { id?: unknown } | null)?.id);
    return {
      ok: false,
      error: new ParleyError('bad_request', 'expected {"type":"message","id":"<client id>","text":"…"}'),
      ...(id.success ? { id: id.data } : {}),
    };
  }
  const problem = checkVisitorText(parsed.data.text);
  if (problem) return { ok: false, error: problem, id: parsed.data.id };
  return { ok: true, draft: { id: parsed.data.id, text: parsed.data.text } };
}

export function errorFrame(error: ParleyError, id?: string): ServerFrame {
  return { type: 'error', code: error.code, detail: error.message, ...(id !== undefined ? { id } : {}) };
}

export const serializeFrame = (frame: ServerFrame): string => JSON.stringify(frame);
