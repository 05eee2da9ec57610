import type { Command } from 'commander';
import { lintAll } from '../../adapters/textlint/lint-all.js';
import { DRAFT_TEMPLATES, isTemplateId } from '../../core/drafts/registry.js';
import { draftToText, lintOptionsFor, renderDraft } from '../../core/drafts/render.js';
import { draftToJson } from '../../core/drafts/to-json.js';
import {
  TEMPLATE_IDS,
  type Draft,
  type DraftContext,
  type TemplateId,
} from '../../core/drafts/types.js';
import { formatFinding, summarizeFindings } from '../../core/lint/format-findings.js';
import type { Finding } from '../../core/lint/types.js';
import { CliError, printJson, printLines } from '../output.js';

/** Builds the context of one application for one template (storage-backed, given by the caller). */
export type DraftContextLoader = (
  applicationId: string,
  templateId: string,
) => Promise<DraftContext>;

interface DraftCliOptions {
  application?: string;
  json?: boolean;
  list?: boolean;
}

/**
 * `renraku draft TEMPLATE --application ID` and `renraku draft --list`. The command renders and
 * lints; reading the application is the loader's job.
 *
 * @example
 * registerDraftCommand(program, (id, template) => services.draftContext(id, template));
 */
export function registerDraftCommand(program: Command, loadContext: DraftContextLoader) {
  program
    .command('draft')
    .description('メール・電話台本の下書きを作る / write a filled draft and its lint findings')
    .argument('[template]', `テンプレート / template: ${TEMPLATE_IDS.join(' ')}`)
    .option('--application <id>', '応募 ID / application id')
    .option('--list', 'テンプレートの一覧 / list the catalogue')
    .option('--json', 'JSON で出力 / print JSON')
    .addHelpText(
      'after',
      '\n終了コード / exit status: 0 下書きを出力（指摘があっても）/ draft printed (even with findings); 2 引数が不正 / bad arguments',
    )
    .action(async (template: string | undefined, opts: DraftCliOptions) => {
      if (opts.list) {
        if (opts.json) printJson(catalogueJson());
        else printLines(catalogueLines());
        return;
      }
      const id = checkTemplate(template);
      if (!opts.application) {
        throw new CliError('--application <id> が必要です / --application <id> is required', 2);
      }
      const draft = renderDraft(id, await loadContext(opts.application, id));
      const findings = await lintAll(draftToText(draft), lintOptionsFor(draft));
      if (opts.json) printJson(draftToJson(draft, findings));
      else printLines(draftLines(draft, findings));
    });
}

function checkTemplate(template: string | undefined): TemplateId {
  if (template !== undefined && isTemplateId(template)) return template;
  throw new CliError(
    `テンプレートを指定してください（renraku draft --list）/ give a template: ${TEMPLATE_IDS.join(', ')}`,
    2,
  );
}

export function catalogueJson() {
  return DRAFT_TEMPLATES.map((t) => ({
    id: t.id,
    medium: t.medium,
    label: t.label,
    when: t.when,
    source: t.source,
    requiredParts: t.requiredParts,
  }));
}

export function catalogueLines(): string[] {
  return DRAFT_TEMPLATES.map(
    (t) =>
      `${t.id.padEnd(28)} ${t.medium === 'email' ? 'メール' : '電話  '} ${t.label.ja} — ${t.when.ja}（出典: ${t.source.join(', ')}）`,
  );
}

/** The draft for people: subject, body, the blanks still to fill, then the findings. */
export function draftLines(draft: Draft, findings: readonly Finding[]): string[] {
  const blanks = draft.blanks.map((b) => `  ${b.marker}  ${b.label.en}`);
  return [
    ...(draft.medium === 'email' ? [`件名：${draft.subject}`, ''] : [draft.subject, '']),
    draft.body.trimEnd(),
    '',
    ...(blanks.length > 0 ? ['記入が必要な箇所 / blanks to fill:', ...blanks, ''] : []),
    ...findings.map(formatFinding),
    summarizeFindings(findings),
  ];
}
