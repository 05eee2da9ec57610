import { msUntilNextTokyoDay, tokyoDateOf } from '../core/domain/dates.js';
import type { ServiceContext } from '../services/context.js';
import { today } from '../services/today.js';

interface Log {
  warn(fields: Record<string, unknown>, message: string): void;
}

/**
 * The embedded app works out the today list before anyone asks: once at start (every timeline
 * read) and again just after each Tokyo midnight (every application's actions for the new date),
 * so the first page of the day is answered from memory. After that a write reads again only
 * what it changed (services/today.ts). Returns a stop function.
 */
export function keepTodayWarm(
  ctx: ServiceContext,
  log: Log,
  work: (ctx: ServiceContext, date: string) => Promise<unknown> = today,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const warm = () => {
    void work(ctx, tokyoDateOf(ctx.now())).catch((error: unknown) =>
      log.warn({ error: String(error) }, 'today の先読みに失敗しました / today preload failed'),
    );
    // A second past midnight, so the clock has surely moved to the new date.
    timer = setTimeout(warm, msUntilNextTokyoDay(ctx.now()) + 1_000);
    timer.unref();
  };
  warm();
  return () => clearTimeout(timer);
}
