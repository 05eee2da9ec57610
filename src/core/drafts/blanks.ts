import type { Blank } from './types.js';

/** Collects the blanks a template leaves while it writes its text. */
export class BlankCollector {
  readonly blanks: Blank[] = [];

  /** The value when given, else the marker 【label を記入】 (recorded once per key). */
  fill(value: string | undefined, key: string, ja: string, en: string): string {
    const trimmed = value?.trim();
    if (trimmed) return trimmed;
    const marker = `【${ja}を記入】`;
    if (!this.blanks.some((b) => b.key === key)) {
      this.blanks.push({ key, label: { ja, en }, marker });
    }
    return marker;
  }
}
