// Every error that crosses HTTP becomes application/problem+json with a stable type.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ParleyError, type ErrorCode } from '../domain/errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode | 'internal';
  [extra: string]: unknown;
}

const TYPE_BASE = 'https://parley.dev/problems/';

export function problemOf(error: unknown): Problem {
  if (error instanceof ParleyError) {
    return { type: TYPE_BASE + error.code, title: error.code.replace(/_/g, ' '), status: error.status, detail: error.message, code: error.code, ...error.details };
  }
  if (error instanceof ZodError) {
    return {
      type: TYPE_BASE + 'validation_failed', title: 'validation failed', status: 400, code: 'validation_failed',
      detail: 'the request does not match what this endpoint accepts',
      issues: error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { type: TYPE_BASE + 'payload_too_large', title: 'payload too large', status: 413, code: 'payload_too_large', detail: 'the body is larger than this server accepts' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { type: TYPE_BASE + 'unsupported_media_type', title: 'unsupported media type', status: 415, code: 'unsupported_media_type', detail: 'send application/json' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { type: TYPE_BASE + 'bad_request', title: 'bad request', status: 400, code: 'bad_request', detail: fastifyError.message };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const code: ErrorCode = fastifyError.statusCode === 429 ? 'too_many_requests' : fastifyError.statusCode === 404 ? 'not_found' : 'bad_request';
    return { type: TYPE_BASE + code, title: code.replace(/_/g, ' '), status: fastifyError.statusCode, code, detail: fastifyError.message };
  }
  return { type: TYPE_BASE + 'internal', title: 'internal error', status: 500, code: 'internal', detail: 'something went wrong on our side; it has been logged' };
}

export function sendProblem(reply: FastifyReply, error: unknown, request?: FastifyRequest): FastifyReply {
  const problem = problemOf(error);
  if (problem.status >= 500 && problem.code !== 'unavailable') request?.log.error({ err: error }, 'request failed');
  // A refusal that says when to come back says it the way HTTP clients and networks read it.
  if (typeof problem.retryAfterSeconds === 'number') reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.code(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}
