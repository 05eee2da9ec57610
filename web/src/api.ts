/** A thin fetch wrapper for the JSON API: errors carry the server's message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly ja: string,
    readonly en: string,
    /** The whole error body, for answers that carry more than a message (e.g. warnings). */
    readonly body: unknown = null,
  ) {
    super(ja);
  }
}

// Server mode: the session's CSRF token (from GET /api/auth/session or the login answer),
// sent on every state change; a 401 tells the app to show the login page.
let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;
/** Their 401 means "wrong password" or "not signed in yet", not "your session ended". */
const SIGN_IN_PATHS = ['/api/auth/login', '/api/auth/signup', '/api/auth/session'];

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function whenSignedOut(handler: (() => void) | null): void {
  onSignedOut = handler;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'サーバーに接続できません', 'Cannot reach the server');
  }
  const data = (await response.json().catch(() => ({}))) as { error?: string; errorEn?: string };
  if (response.status === 401 && !SIGN_IN_PATHS.includes(path)) onSignedOut?.();
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data.error ?? 'エラーが発生しました',
      data.errorEn ?? 'Error',
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
