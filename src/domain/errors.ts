// Domain errors: values with a stable code that the server maps to problem+json in one place.

export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'invalid_signature'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'text_too_long'
  | 'channel_cannot_send'
  | 'pii_in_public_reply'
  | 'window_closed'
  | 'invalid_amount'
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  invalid_signature: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  text_too_long: 422,
  channel_cannot_send: 422,
  pii_in_public_reply: 422,
  window_closed: 422,
  invalid_amount: 422,
  too_many_requests: 429,
  unavailable: 503,
};

export class ParleyError extends Error {
  override name = 'ParleyError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new ParleyError('not_found', `${what} not found`);
export const forbidden = (why: string) => new ParleyError('forbidden', why);
