import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanBody, normalizeText } from '../../src/core/classify/normalize.js';

/** One message of the team's labeled set, as the cues see it. */
export interface DevText {
  /** The body, normalised and cleaned (quotes and signature cut). */
  text: string;
  subject: string;
}

let cached: DevText[] | null = null;

/** Every message of eval/classify/dev (train and validation), read once per test file. */
export function devTexts(): DevText[] {
  if (cached) return cached;
  const dir = join(import.meta.dirname, '../../eval/classify/dev');
  cached = ['train.jsonl', 'validation.jsonl'].flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const m = JSON.parse(l) as { subject?: string; body: string };
        return { text: cleanBody(m.body).text, subject: normalizeText(m.subject ?? '').trim() };
      }),
  );
  return cached;
}
