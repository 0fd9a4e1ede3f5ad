// Calls the REST API with the session cookie; writes carry the CSRF header; errors become ApiError.

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail: string;
  [extra: string]: unknown;
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `request failed with ${problem.status}`);
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, learnt from the login or /me answer; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, code: response.status === 401 ? 'unauthorized' : 'http_error', detail: response.statusText };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: response.status };
  } catch {
    return fallback;
  }
}

/** A Blob (a picked file) goes as its own bytes and type; anything else as JSON. */
async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isFile = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = isFile ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-parley-csrf'] = csrfToken;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', signal,
    ...(body !== undefined ? { body: isFile ? body : JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new ApiError(await problemOf(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  /** Sends a file's bytes as the body, its type as content-type (POST /api/v1/uploads). */
  upload: <T>(path: string, file: Blob) => request<T>('POST', path, file),
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
