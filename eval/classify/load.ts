import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MESSAGE_CATEGORIES } from '../../src/core/messages/categories.js';

/**
 * A labeled message, one JSON object a line (dev/*.jsonl and heldout/*.jsonl alike):
 * {"id","subject","body","from","category","reapplyWelcome","template","notes"?}
 */
export const labeledSchema = z.object({
  id: z.string(),
  subject: z.string().optional(),
  body: z.string(),
  from: z.string().optional(),
  category: z.enum(MESSAGE_CATEGORIES),
  reapplyWelcome: z.boolean().optional(),
  template: z.boolean().optional(),
  notes: z.string().optional(),
});

export type Labeled = z.infer<typeof labeledSchema>;

export function loadJsonl(path: string): Labeled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = labeledSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** The team's whole labeled set: dev/train.jsonl then dev/validation.jsonl (never heldout/). */
export function loadDev(): Labeled[] {
  const dev = join(import.meta.dirname, 'dev');
  return [...loadJsonl(join(dev, 'train.jsonl')), ...loadJsonl(join(dev, 'validation.jsonl'))];
}

/** The core a message was made from ("core rejection-07" in notes, or its id without -vN). */
export function coreOf(m: Labeled): string {
  return m.notes?.replace(/^core /, '') ?? m.id.replace(/-v\d+$/, '');
}

/**
 * Who wrote a core: each cores-wN-<slice>.txt is its own writer ("w2-chuto-17" → "w2-chuto",
 * "w8-englishb-03" → "w8-englishb"); the first team's cores-<category>.txt are "team-1".
 */
export function writerOf(m: Labeled): string {
  return /^(w\d+-[a-z0-9]+)-\d+$/.exec(coreOf(m))?.[1] ?? 'team-1';
}
