// Parses a webhook body as JSON, refusing deep nesting that would exhaust the stack.
import { ParleyError } from '../domain/errors.ts';

const MAX_DEPTH = 64;

export function parseJsonBody(rawBody: Buffer): unknown {
  const text = rawBody.toString('utf8');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > MAX_DEPTH) throw new ParleyError('bad_request', `JSON nested deeper than ${MAX_DEPTH} levels`); }
    else if (c === 125 || c === 93) depth--;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ParleyError('bad_request', `the body is not valid JSON: ${(error as Error).message}`);
  }
}
