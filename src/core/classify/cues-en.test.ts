import { describe, expect, it } from 'vitest';
import { CUES } from './cues.js';
import { ENGLISH_CUES, looksEnglish } from './cues-en.js';
import { DENSE_FEATURES, DENSE_INDEX, extractFeatures } from './features.js';

function denseIds(subject: string, body: string): string[] {
  const f = extractFeatures(subject, body, 16);
  return f.index.filter((i) => i < DENSE_INDEX.size).map((i) => DENSE_FEATURES[i] ?? '');
}

describe('English cues', () => {
  it('each raises a cue that exists', () => {
    const ids = new Set(CUES.map((c) => c.id));
    for (const id of Object.keys(ENGLISH_CUES)) expect(ids.has(id), id).toBe(true);
  });

  it.each([
    ['Unfortunately, we have decided not to move forward with your application.', 'b:regret'],
    ['We have decided to proceed with other candidates.', 'b:decline_decision'],
    ['We wish you the very best in your search.', 'b:future_wish'],
    ['We would like to keep your details on file for future openings.', 'b:reapply'],
    ['We would like to invite you to the final round.', 'b:advance'],
    ['Please share your availability for next week.', 'b:choose_dates'],
    ['Your interview is confirmed for Friday.', 'b:confirm_time'],
    ['Could you send us your CV in Word format?', 'b:documents'],
    ['We are delighted to offer you the position.', 'b:offer_decision'],
    ['Let us set up an offer call to go over the package.', 'b:offer_meeting'],
    ['The panel is still reviewing, and the decision is delayed.', 'b:in_progress'],
    ['Thank you for applying to the role.', 'b:thanks_applying'],
    ['This is an automated message; do not reply to it.', 'b:auto_mail'],
    ['I am wondering if there is any update on my application.', 'b:inquiry'],
  ])('%s → %s', (body, id) => {
    expect(denseIds('', body)).toContain(id);
  });

  it('reads an English subject as the subject cue', () => {
    expect(denseIds('Offer call next week', 'あいう')).toContain('s:offer_meeting');
  });

  it('raises a cue once when both languages say it', () => {
    const ids = denseIds(
      '',
      '誠に残念ながら、今回は見送りとなりました。\nUnfortunately, to our regret …',
    );
    expect(ids.filter((id) => id === 'b:regret')).toHaveLength(1);
  });

  it('skips Japanese mail without English sentences', () => {
    expect(looksEnglish('山田様\n面接の日程が確定しました。\nZoom URL: https://example.jp')).toBe(
      false,
    );
    expect(looksEnglish('Dear Ms. Sato,\nThank you for your time.')).toBe(true);
  });
});
