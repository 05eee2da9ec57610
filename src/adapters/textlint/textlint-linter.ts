import { TextlintKernel, type TextlintKernelRule } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import { positionOf } from '../../core/lint/parse-mail.js';
import type { Finding } from '../../core/lint/types.js';
import { unwrapRule } from './load-rule.js';
import { TEXTLINT_RULES, type TextlintRuleRow } from './rule-table.js';

export interface TextlintLinter {
  lint(text: string): Promise<Finding[]>;
}

/**
 * Load the rule modules (kuromoji dictionaries load on first use, ~0.5 s) and return a linter
 * that maps textlint messages to our Finding shape. Create once and reuse.
 *
 * @example
 * const linter = await createTextlintLinter();
 * const findings = await linter.lint('件名：…\n\n…');
 */
export async function createTextlintLinter(
  rows: readonly TextlintRuleRow[] = TEXTLINT_RULES,
): Promise<TextlintLinter> {
  const kernel = new TextlintKernel();
  const rules: TextlintKernelRule[] = await Promise.all(
    rows.map(async (row) => ({
      ruleId: row.ruleId,
      rule: unwrapRule(await row.load(), row.ruleId),
      options: row.options,
    })),
  );
  const plugin = { pluginId: 'text', plugin: unwrapPlugin(textPlugin) };
  const byId = new Map(rows.map((r) => [r.ruleId, r]));
  return {
    async lint(text) {
      const result = await kernel.lintText(tokenizable(text), {
        ext: '.txt',
        plugins: [plugin],
        rules,
      });
      return result.messages.map((m) => {
        const row = byId.get(m.ruleId);
        const finding: Finding = {
          ruleId: m.ruleId,
          severity: row?.severity ?? 'warning',
          message: { ja: firstLine(m.message), en: row?.en ?? m.message },
          // Positions are recomputed from the offset, exactly as for the product rules.
          ...positionOf(text, m.range[0]),
          index: m.range[0],
          length: Math.max(0, m.range[1] - m.range[0]),
        };
        if (m.fix) finding.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
        return finding;
      });
    },
  };
}

/**
 * kuromoji (behind several rules) throws on NUL and on a lone surrogate. Each is one UTF-16
 * unit and so is its stand-in, so every offset a rule reports still points into the real text.
 */
export function tokenizable(text: string): string {
  return text
    .replaceAll('\u0000', ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** textlint messages can run over several lines of advice; the first line says what. */
function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

type Plugin = Parameters<TextlintKernel['lintText']>[1]['plugins'] extends
  | readonly (infer P)[]
  | undefined
  ? P extends { plugin: infer X }
    ? X
    : never
  : never;

function unwrapPlugin(mod: unknown): Plugin {
  let current = mod;
  while (typeof current === 'object' && current !== null && 'default' in current) {
    current = (current as { default: unknown }).default;
  }
  return current as Plugin;
}
