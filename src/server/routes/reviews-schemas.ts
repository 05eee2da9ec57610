import { z } from 'zod';
import { STAGES } from '../../core/domain/stage.js';
import { SIGNS } from '../../core/signals/catalogue.js';
import { OFFER_CHECKLIST_ITEMS } from '../../core/signals/offer-checklist.js';
import { STATEMENT_TOPICS } from '../../core/signals/statements.js';

const text = (max: number) => z.string().trim().max(max);
const eventId = z.string().min(1).max(100);
const signIds = SIGNS.map((s) => s.id) as [string, ...string[]];
const itemIds = OFFER_CHECKLIST_ITEMS.map((i) => i.id) as [string, ...string[]];

/** Signs ticked for one interview; the latest interview when no event is named. */
export const signsSchema = z.object({
  eventId: eventId.optional(),
  signs: z.array(z.enum(signIds)).max(signIds.length * 2),
});

export const reflectionSchema = z.object({
  eventId: eventId.optional(),
  reflection: z.object({
    questions: z.array(text(500)).max(50).default([]),
    betterAnswers: text(10_000).default(''),
    delivery: text(5000).default(''),
    research: text(5000).default(''),
    nextTime: text(5000).default(''),
  }),
});

export const statementSchema = z.object({
  stage: z.enum(STAGES).optional(),
  topic: z.enum(STATEMENT_TOPICS),
  text: text(5000).min(1),
  firstChoice: z.boolean().optional(),
});

export const offerChecklistSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.enum(itemIds),
        question: text(2000).default(''),
        answer: text(5000).default(''),
        done: z.boolean().default(false),
      }),
    )
    .max(itemIds.length),
});

export const reflectionQuerySchema = z.object({ q: text(200).optional() });
