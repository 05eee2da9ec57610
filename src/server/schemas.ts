import { z } from 'zod';
import { OUTCOMES, STAGES } from '../core/domain/stage.js';
import { MESSAGE_CATEGORIES } from '../core/messages/categories.js';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const calendarSchema = z.object({
  closedWeekdays: z.array(z.number().int().min(0).max(6)).max(7).default([]),
  closedDates: z.array(isoDate).max(1000).default([]),
  obon: z.boolean().default(false),
  yearEnd: z.boolean().default(true),
});

export const hoursSchema = z.object({
  open: z.string().regex(/^\d{2}:\d{2}$/),
  close: z.string().regex(/^\d{2}:\d{2}$/),
});

export const profileSchema = z.object({
  kind: z.enum(['shukatsu', 'tenshoku']),
  nameKanji: text(100).min(1),
  nameKana: text(100),
  email: text(200),
  phone: text(50),
  university: text(200).optional(),
  faculty: text(200).optional(),
  year: text(50).optional(),
  currentEmployer: text(200).optional(),
  signature: text(2000).optional(),
});

export const companySchema = z.object({
  name: text(200).min(1),
  industry: text(100).optional(),
  sizeClass: z.enum(['large', 'sme', 'venture', 'public']).optional(),
  route: z.enum(['direct', 'job_site', 'agent']).optional(),
  domains: z.array(text(200)).max(50).optional(),
  calendar: calendarSchema.optional(),
  hours: hoursSchema.optional(),
});

export const contactSchema = z.object({
  name: text(100).min(1),
  department: text(100).optional(),
  email: text(200).optional(),
  phone: text(50).optional(),
});

export const interviewSchema = z
  .object({
    applicationId: z.string().max(100).optional(),
    companyId: z.string().max(100).optional(),
    companyName: text(200).optional(),
    position: text(200).optional(),
    stage: z.enum(STAGES),
    at: z.string().min(10).max(40),
    said: text(2000).optional(),
    interviewers: text(500).optional(),
    plannedMinutes: z.number().int().min(0).max(600).optional(),
    actualMinutes: z.number().int().min(0).max(600).optional(),
    notes: text(10000).optional(),
  })
  .refine((v) => v.applicationId || v.companyId || v.companyName, {
    message: '企業を選ぶか企業名を入力してください / choose or name a company',
    path: ['companyName'],
  });

export const applicationPatchSchema = z.object({
  position: text(200).optional(),
  priority: z.enum(['first', 'high', 'normal', 'low']).optional(),
  route: z.enum(['direct', 'job_site', 'agent']).optional(),
});

export const statusSchema = z.object({
  stage: z.enum(STAGES).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  reason: text(500).min(1),
});

export const noteSchema = z.object({ text: text(10000).min(1) });

export const promisePreviewSchema = z.object({
  text: text(2000),
  from: z.string().min(10).max(40),
  companyId: z.string().max(100).optional(),
  calendar: calendarSchema.optional(),
});

export const pasteSchema = z.object({
  subject: text(1000).optional(),
  from: text(320).optional(),
  body: z.string().min(1).max(200_000),
  receivedAt: z.string().max(40).optional(),
});

export const applyMessageSchema = z.object({
  category: z.enum(MESSAGE_CATEGORIES).optional(),
  applicationId: z.string().max(100).optional(),
});
