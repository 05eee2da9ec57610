import { readFileSync } from 'node:fs';
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
