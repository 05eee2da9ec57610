import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';

/** zod at the boundary: a bad body is a 400 that says which field and why, in Japanese and English. */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
      }));
      const where = issues.map((i) => i.path || '(本文)').join(', ');
      return c.json(
        {
          error: `入力内容を確認してください: ${where}`,
          errorEn: `Invalid input: ${where}`,
          code: 'INVALID',
          issues,
        },
        400,
      );
    }
    return undefined;
  });
