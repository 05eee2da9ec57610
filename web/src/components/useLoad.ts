import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api.js';

/** Loads once per key; exposes the error in both languages and a reload. */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the key changes
  const reload = useCallback(() => {
    load()
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: unknown) =>
        setError(e instanceof ApiError ? e : new ApiError(0, String(e), String(e))),
      );
  }, [key]);
  useEffect(reload, [reload]);
  return { data, error, reload };
}
