import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../core/domain/entities.js';
import { DRAFT_TEMPLATES } from '../../core/drafts/registry.js';
import { draftToText, lintOptionsFor, renderDraft } from '../../core/drafts/render.js';
import {
  SHUKATSU_PROFILE,
  TENSHOKU_PROFILE,
  sampleContext,
} from '../../core/drafts/sample-contexts.js';
import { lintAll } from './lint-all.js';
import { type TextlintLinter, createTextlintLinter } from './textlint-linter.js';

let linter: TextlintLinter;
beforeAll(async () => {
  linter = await createTextlintLinter();
}, 60_000);

const PROFILES: [string, Profile][] = [
  ['就活', SHUKATSU_PROFILE],
  ['転職', TENSHOKU_PROFILE],
];

/** Every draft, for both kinds of job seeker, with and without a named contact: clean. */
describe.each(PROFILES)('%s', (_, profile) => {
  describe.each([
    ['with a contact person', true],
    ['without a contact person', false],
  ])('%s', (_, withContact) => {
    it.each(DRAFT_TEMPLATES.map((t) => t.id))('%s passes product and prose rules', async (id) => {
      const draft = renderDraft(id, sampleContext(profile, withContact));
      const findings = await lintAll(draftToText(draft), {
        ...lintOptionsFor(draft),
        textlint: linter,
      });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      // Stronger than the contract: the drafts carry no warning or hint either.
      expect(findings).toEqual([]);
    });
  });
});

describe('with a position and a bracketed promise', () => {
  it.each(DRAFT_TEMPLATES.map((t) => t.id))('%s stays clean', async (id) => {
    const ctx = {
      ...sampleContext(TENSHOKU_PROFILE, true),
      position: '法人営業職',
      promise: { words: '「1週間以内にご連絡します」', deadline: '2026-11-27' },
    };
    const draft = renderDraft(id, ctx);
    const findings = await lintAll(draftToText(draft), {
      ...lintOptionsFor(draft),
      textlint: linter,
    });
    expect(findings).toEqual([]);
  });
});
