import { clockFromEnv } from '../app/runtime.js';
import { loadDraftContext } from '../services/drafts.js';
import { loadTodayInput } from '../services/today.js';
import { withRuntime } from './with-runtime.js';

/** Storage-backed loaders that commands receive, so the commands themselves stay storage-free. */
export const today = () => withRuntime(loadTodayInput);
export const draftContext = (applicationId: string) =>
  withRuntime((ctx) => loadDraftContext(ctx, applicationId));
export const clock = clockFromEnv();
