import type { ApplicationStatus } from '../../../src/core/application/status.js';
import type { Application } from '../../../src/core/domain/entities.js';
import type { Stage } from '../../../src/core/domain/stage.js';
import type { ConsistencyWarning } from '../../../src/core/signals/consistency.js';
import type { ChecklistEntry } from '../../../src/core/signals/offer-checklist.js';
import type { RecurringQuestion } from '../../../src/core/signals/recurring-questions.js';
import type { Reflection } from '../../../src/core/signals/reflection.js';
import type { StatementTopic } from '../../../src/core/signals/statements.js';
import type { SignReading, StageGuidance } from '../../../src/core/signals/types.js';

export type { ChecklistEntry, ConsistencyWarning, RecurringQuestion, Reflection, SignReading };

/** /api/reviews responses, as src/services/reviews*.ts build them. */
export interface InterviewRef {
  eventId: string;
  stage: Stage;
  at: string;
  promiseText: string | null;
}

export interface StatementRow {
  id: string;
  stage: Stage;
  topic: StatementTopic;
  text: string;
  firstChoice?: boolean;
  recordedAt: string;
  companyName: string;
}

export interface ReflectionEntry {
  reviewId: string;
  applicationId: string;
  companyName: string;
  eventId: string | null;
  stage: Stage | null;
  at: string;
  reflection: Reflection;
}

export interface ReviewView {
  application: Application;
  company: { id: string; name: string };
  status: ApplicationStatus;
  interview: InterviewRef | null;
  signs: string[];
  reading: SignReading | null;
  guidance: StageGuidance | null;
  statements: StatementRow[];
  warnings: ConsistencyWarning[];
  showOfferChecklist: boolean;
  offerChecklist: ChecklistEntry[];
  reflections: ReflectionEntry[];
}
