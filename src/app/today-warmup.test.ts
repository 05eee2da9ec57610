import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceContext } from '../services/context.js';
import { keepTodayWarm } from './today-warmup.js';

afterEach(() => vi.useRealTimers());

describe('keepTodayWarm', () => {
  it('works out the list at start and again just after each Tokyo midnight', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T23:59:58+09:00') });
    const ctx = { now: () => new Date() } as unknown as ServiceContext;
    const dates: string[] = [];
    const stop = keepTodayWarm(ctx, { warn: () => {} }, async (_ctx, date) => {
      dates.push(date);
    });
    expect(dates).toEqual(['2026-11-30']);
    await vi.advanceTimersByTimeAsync(2_500); // 00:00:00.5: not yet (a second's margin)
    expect(dates).toEqual(['2026-11-30']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(dates).toEqual(['2026-11-30', '2026-12-01']);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(dates).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    stop();
    await vi.advanceTimersByTimeAsync(48 * 60 * 60 * 1000);
    expect(dates).toHaveLength(3);
  });

  it('logs a failure and keeps going', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T23:59:59+09:00') });
    const ctx = { now: () => new Date() } as unknown as ServiceContext;
    const warn = vi.fn();
    let calls = 0;
    const stop = keepTodayWarm(ctx, { warn }, async () => {
      calls += 1;
      throw new Error('disk');
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls).toBe(2);
    expect(warn).toHaveBeenCalledTimes(2);
    stop();
  });
});
