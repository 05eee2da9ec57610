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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { 'content-type': 'application/json', accept: 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'サーバーに接続できません', 'Cannot reach the server');
  }
  const data = (await response.json().catch(() => ({}))) as { error?: string; errorEn?: string };
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
};
