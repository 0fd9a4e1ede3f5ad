// X's error answers as the emulator gives them: status, body shape and headers as X sends them.
//
// v2 problem bodies carry title, detail, type and status (https://docs.x.com/x-api/posts/creation-of-a-post,
// "errors" in the response schema); the duplicate-content body is a verbatim capture reported in
// akrherz/iembot#163; the rate-limit body is from https://docs.x.com/fundamentals/rate-limits. The
// deleted-parent wording is v1.1 error 385's message, which X also uses for v2 replies [K].
// The DM-permission 403 is the body quoted in plhery/node-twitter-api-v2#493.

export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function problem(status: number, title: string, detail: string, type = 'about:blank', errors?: { message: string }[]): ScriptedAnswer {
  return { status, body: { ...(errors ? { errors } : {}), title, detail, type, ...(type === 'about:blank' ? { status } : {}) } };
}

export const xProblems = {
  /** 429 with X's body and a window that resets at `resetAtEpochSeconds`. */
  rateLimited: (resetAtEpochSeconds: number): ScriptedAnswer => ({
    status: 429,
    body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
    headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(resetAtEpochSeconds) },
  }),
  duplicateContent: (): ScriptedAnswer => problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.'),
  deletedParent: (): ScriptedAnswer => problem(403, 'Forbidden', 'You attempted to reply to a Tweet that is deleted or not visible to you.'),
  unauthorized: (): ScriptedAnswer => problem(401, 'Unauthorized', 'Unauthorized'),
  /** An app-only bearer token on an endpoint that needs a user context (DM events). */
  unsupportedAuthentication: (): ScriptedAnswer => problem(403, 'Unsupported Authentication',
    'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
    'https://api.twitter.com/2/problems/unsupported-authentication'),
  /** An app whose permissions do not include Direct Messages. */
  missingPermission: (): ScriptedAnswer => problem(403, 'Forbidden',
    'Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.',
    'https://api.twitter.com/2/problems/oauth1-permissions'),
  unavailable: (): ScriptedAnswer => ({ status: 503, body: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 } }),
  invalidRequest: (message: string): ScriptedAnswer => problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.',
    'https://api.twitter.com/2/problems/invalid-request', [{ message }]),
  notFound: (path: string): ScriptedAnswer => problem(404, 'Not Found Error', `no such endpoint: ${path}`,
    'https://api.twitter.com/2/problems/resource-not-found'),
};
