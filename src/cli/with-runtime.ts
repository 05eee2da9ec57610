import { openRuntime } from '../app/runtime.js';
import type { ServiceContext } from '../services/context.js';

/** Opens the data for one command and always closes it, so the directory lock is released. */
export async function withRuntime<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime();
  try {
    return await work(runtime.context);
  } finally {
    await runtime.close();
  }
}
