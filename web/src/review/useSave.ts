import { useState } from 'react';
import { ApiError } from '../api.js';

/** One save button's state: busy while the request runs, then saved or the error. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  /** Resolves true once saved, false on an error (which the hook then holds). */
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      await action();
      setSaved(true);
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e), String(e)));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, saved, error, run };
}
