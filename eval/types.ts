/** An accuracy report: Markdown lines to print, and the headline figures. */
export interface EvalReport {
  name: string;
  lines: string[];
  metrics: Record<string, number>;
}
