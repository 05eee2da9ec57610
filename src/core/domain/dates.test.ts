import { describe, expect, it } from 'vitest';
import { msUntilNextTokyoDay, tokyoDateOf } from './dates.js';

const H = 60 * 60 * 1000;

describe('msUntilNextTokyoDay', () => {
  it.each([
    ['2026-11-30T23:59:59+09:00', 1000],
    ['2026-11-30T00:00:00+09:00', 24 * H],
    ['2026-11-30T15:00:00Z', 24 * H], // Tokyo midnight, written in UTC
    ['2026-11-30T14:59:59.500Z', 500],
    ['2026-12-31T12:00:00+09:00', 12 * H],
    ['1969-12-31T23:00:00Z', 16 * H], // before the epoch: 08:00 in Tokyo
  ])('%s → %d ms', (instant, expected) => {
    expect(msUntilNextTokyoDay(new Date(instant))).toBe(expected);
  });

  it('lands on the next Tokyo date, whatever the instant', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2026, 0, 3); t += 37 * 60 * 1000 + 7) {
      const at = new Date(t);
      const next = new Date(t + msUntilNextTokyoDay(at));
      expect(tokyoDateOf(next)).not.toBe(tokyoDateOf(at));
      expect(tokyoDateOf(new Date(next.getTime() - 1))).toBe(tokyoDateOf(at));
    }
  });
});
