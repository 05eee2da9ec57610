import { describe, expect, it } from 'vitest';
import { DRAFT_TEMPLATES, getTemplate, isTemplateId } from './registry.js';
import { draftToJson } from './to-json.js';
import { renderDraft } from './render.js';
import { SHUKATSU_PROFILE, sampleContext } from './sample-contexts.js';
import { TEMPLATE_IDS } from './types.js';

describe('the catalogue', () => {
  it('lists every template id once, in the order of drafts.md', () => {
    expect(DRAFT_TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
  });

  it('gives every template labels, a time, a seed and its required parts', () => {
    for (const t of DRAFT_TEMPLATES) {
      expect(t.label.ja && t.label.en && t.when.ja && t.when.en).toBeTruthy();
      expect(t.source.every((s) => /^00[0-4]$/.test(s))).toBe(true);
      expect(t.requiredParts).toContain(t.medium === 'email' ? 'signature' : 'self_intro');
      expect(t.medium === 'phone').toBe(t.id.startsWith('phone_'));
    }
  });

  it('looks templates up by id', () => {
    expect(isTemplateId('reinquiry')).toBe(true);
    expect(isTemplateId('nope')).toBe(false);
    expect(getTemplate('phone_absent').medium).toBe('phone');
  });
});

describe('draftToJson', () => {
  it('has exactly the keys of interfaces.md', () => {
    const draft = renderDraft('inquiry_result', sampleContext(SHUKATSU_PROFILE, true));
    const json = draftToJson(draft, [
      {
        ruleId: 'max-ten',
        severity: 'warning',
        message: { ja: '読点', en: 'commas' },
        line: 3,
        column: 5,
        index: 9,
        length: 1,
      },
    ]);
    expect(Object.keys(json)).toEqual(['template', 'subject', 'body', 'findings']);
    expect(json.findings).toEqual([
      { rule: 'max-ten', severity: 'warning', message: '読点', line: 3, column: 5 },
    ]);
  });
});
