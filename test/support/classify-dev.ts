import { loadDev } from '../../eval/classify/load.js';
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
  cached ??= loadDev().map((m) => ({
    text: cleanBody(m.body).text,
    subject: normalizeText(m.subject ?? '').trim(),
  }));
  return cached;
}
