import type { Stage } from '../domain/stage.js';

export interface Bilingual {
  ja: string;
  en: string;
}

/** The seed articles the facts come from (/work/shared/seeds/<id>_*.txt), cited by number. */
export type SeedId = '000' | '001' | '002' | '003' | '004';

/**
 * Signs are grouped by the kind of meeting they were observed in: the seeds describe casual
 * meetings (000), ordinary interviews (003), and the meeting after a final interview (001).
 */
export const SIGN_STAGES = ['casual', 'interview', 'final', 'after_final'] as const;
export type SignStage = (typeof SIGN_STAGES)[number];

export type Polarity = 'positive' | 'negative';

export interface Caveat {
  source: SeedId;
  text: Bilingual;
}

export interface Sign {
  id: string;
  polarity: Polarity;
  label: Bilingual;
  /** Every seed that names this sign. */
  sources: readonly SeedId[];
  stages: readonly SignStage[];
  /** What the source itself says can make the sign misleading. */
  caveats: readonly Caveat[];
}

export interface BaseRate {
  id: string;
  /** A share between 0 and 1 when the source gives a number; null for a qualitative rate. */
  rate: number | null;
  text: Bilingual;
  source: SeedId;
  caveat: Bilingual;
}

export interface StageGuidance {
  stage: Stage;
  meaning: Bilingual;
  todo: readonly Bilingual[];
  sources: readonly SeedId[];
}

export type ReadingTone = 'none' | 'leaning_positive' | 'mixed' | 'leaning_negative';

export interface SignReading {
  stage: SignStage | null;
  tone: ReadingTone;
  headline: Bilingual;
  /** Always shown: a reading is not a result. */
  note: Bilingual;
  positive: Sign[];
  negative: Sign[];
  baseRates: BaseRate[];
  caveats: Caveat[];
  /** Ticked ids that are not signs of this stage (kept out of the reading). */
  ignored: string[];
}
