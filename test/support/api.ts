import type { Hono } from 'hono';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  /** Parsed JSON when the answer is JSON, else the raw text. */
  body: T;
}

/**
 * Calls an in-process app the way the browser UI does: its own Host and Origin, JSON bodies.
 * @example const call = apiClient(app); const { status, body } = await call('GET', '/api/today');
 */
export function apiClient(app: Pick<Hono, 'request'>, host = '127.0.0.1:4870') {
  return async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> => {
    const response = await app.request(`http://${host}${path}`, {
      method,
      headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, body: (json ? JSON.parse(text) : text) as T };
  };
}
