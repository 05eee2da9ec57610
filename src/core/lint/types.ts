/**
 * The lint vocabulary (STYLE.md principle 4): a rule is a function of its context that returns
 * findings; fixes are data; the set of rules is data handed to the kernel.
 */
export type Severity = 'error' | 'warning' | 'info';
export type Medium = 'email' | 'phone';

/** The parts a draft must contain (drafts.md, "Common parts"); checked on the text. */
export type RequiredPart =
  | 'subject'
  | 'addressee'
  | 'greeting'
  | 'self_intro'
  | 'interview_date'
  | 'closing'
  | 'signature'
  | 'callback_number';

export interface Bilingual {
  ja: string;
  en: string;
}

/** A fix is data: replace the text in [start, end) of the whole input by `text`. */
export interface Fix {
  range: readonly [number, number];
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Bilingual;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like textlint. */
  column: number;
  /** 0-based offset into the whole text. */
  index: number;
  length: number;
  suggestion?: string;
  fix?: Fix;
}

/** What a rule reports; the kernel adds ruleId, line and column. */
export interface Report {
  index: number;
  length: number;
  message: Bilingual;
  severity?: Severity;
  suggestion?: string;
  fix?: Fix;
}

/** The parsed input every rule receives. */
export interface LintContext {
  text: string;
  medium: Medium;
  /** The subject after 件名： on the first line, or null when there is none. */
  subject: string | null;
  /** Offset where the body starts (after the subject line). */
  bodyStart: number;
  /** Offset where the signature starts (text.length when none was found). */
  signatureStart: number;
  /** Parts the template promises; undefined when the text comes without a template. */
  requiredParts: readonly RequiredPart[] | undefined;
  /** True for inquiries (問い合わせ): interview date required, length limited. */
  inquiry: boolean;
}

export interface LintRule {
  id: string;
  /** The default severity of what the rule reports. */
  severity: Severity;
  description: Bilingual;
  lint: (context: LintContext) => readonly Report[];
}

export interface LintOptions {
  rules: readonly LintRule[];
  medium: Medium;
  requiredParts?: readonly RequiredPart[];
  /** Whether the text is an inquiry; guessed from the subject when not given. */
  inquiry?: boolean;
}
