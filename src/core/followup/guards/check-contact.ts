import type { BusinessHours } from '../../calendar/calendar-config.js';
import type { IsoDate, IsoDateTime } from '../../domain/dates.js';
import { addDays, enDate, jaDate } from '../date-math.js';
import { deriveFollowupState } from '../state.js';
import { fromTokyo, hhmm, parseHhmm, toTokyo } from '../tokyo-time.js';
import type { ActionId, Bilingual, BusinessCalendar, FollowupInput, SeedId } from '../types.js';
import {
  type ContactMedium,
  EMAIL_DEFAULT_TIME,
  isGoodSlot,
  nextContactSlot,
} from './next-contact-slot.js';

/** What the guard needs to know about the wait (derive it with contactStateFor). */
export interface ContactState {
  deadline: IsoDate | null;
  earliestInquiry: IsoDate | null;
  /** The 3rd business day after the first inquiry; null before any inquiry. */
  reinquiryFrom: IsoDate | null;
  inquiriesMade: number;
  passOnly: boolean;
  silentAfter: IsoDate | null;
}

export type ContactWarningCode =
  | 'too_early'
  | 'pass_only'
  | 'second_too_early'
  | 'third_inquiry'
  | 'outside_hours'
  | 'poor_phone_time';

export interface ContactWarning {
  code: ContactWarningCode;
  reason: Bilingual;
  source: SeedId;
  /** When the same contact becomes fine (a date or a date-time). */
  fineFrom: IsoDate | IsoDateTime | null;
}

/** ok, or a warning the user may override (the override is recorded with the warning). */
export type ContactCheck =
  | { status: 'ok'; warnings: []; suggestedAt: null }
  | { status: 'warning'; warnings: ContactWarning[]; suggestedAt: IsoDateTime | null };

const INQUIRIES: ReadonlySet<ActionId> = new Set(['inquire', 'reinquire']);

/**
 * A thank-you email is due 当日中 (000): after an interview ending at 17:30 on Fri 11/20 it
 * goes out that evening rather than on Mon 11/23's next slot. Any day, 07:00–21:00.
 */
export const THANKS_EMAIL_HOURS = { from: '07:00', to: '21:00' } as const;
const THANKS: ReadonlySet<ActionId> = new Set(['send_thanks', 'state_intent']);

/** Too late at night: the next morning 10:00, still inside the thank-you window (翌日). */
function thanksMorning(when: { date: IsoDate; minutes: number }): IsoDateTime {
  const early = when.minutes < parseHhmm(THANKS_EMAIL_HOURS.from);
  const date = early ? when.date : addDays(when.date, 1);
  return fromTokyo({ date, minutes: parseHhmm(EMAIL_DEFAULT_TIME) });
}

function isThanksEvening(
  action: { action: ActionId },
  medium: ContactMedium,
  when: { minutes: number } | null,
): boolean {
  if (!when || medium !== 'email' || !THANKS.has(action.action)) return false;
  const from = parseHhmm(THANKS_EMAIL_HOURS.from);
  return when.minutes >= from && when.minutes < parseHhmm(THANKS_EMAIL_HOURS.to);
}

/**
 * Guards of spec/followup.md before an email or a call goes out: inquiring before
 * earliestInquiry (002 NG①), a second inquiry before the re-inquiry date or a third one
 * (002 NG③), and contacting outside business hours (002: 営業時間内に連絡する).
 */
export function checkContact(
  action: { action: ActionId; medium?: ContactMedium },
  state: ContactState,
  at: IsoDateTime,
  hours: BusinessHours,
  calendar: BusinessCalendar,
): ContactCheck {
  const medium = action.medium ?? 'email';
  const when = toTokyo(at);
  const warnings: ContactWarning[] = [];
  if (when && INQUIRIES.has(action.action)) warnings.push(...inquiryWarnings(state, when.date));
  const fine = isGoodSlot(at, hours, calendar, medium) || isThanksEvening(action, medium, when);
  const suggestedAt = fine
    ? null
    : THANKS.has(action.action) && medium === 'email' && when
      ? thanksMorning(when)
      : nextContactSlot(at, hours, calendar, medium);
  if (when && suggestedAt) warnings.push(hoursWarning(when, hours, calendar, medium, suggestedAt));
  return warnings.length === 0
    ? { status: 'ok', warnings: [], suggestedAt: null }
    : { status: 'warning', warnings, suggestedAt };
}

function inquiryWarnings(s: ContactState, date: IsoDate): ContactWarning[] {
  if (s.passOnly)
    return [
      {
        code: 'pass_only',
        source: '003',
        fineFrom: null,
        reason: {
          ja: `合格者のみに連絡する企業です。問い合わせは不要です${s.silentAfter ? `。${jaDate(s.silentAfter)} までに連絡がなければ次へ進みましょう` : ''}`,
          en: `They contact only those who pass: no inquiry is needed${s.silentAfter ? `; with no word by ${enDate(s.silentAfter)}, move on` : ''}`,
        },
      },
    ];
  if (s.inquiriesMade >= 2)
    return [
      {
        code: 'third_inquiry',
        source: '002',
        fineFrom: null,
        reason: {
          ja: '問い合わせと再確認をすでに済ませています。3回目の連絡は印象を損ねるため控えましょう',
          en: 'You already inquired and followed up once; a third contact would hurt the impression',
        },
      },
    ];
  if (s.inquiriesMade === 1 && s.reinquiryFrom && date < s.reinquiryFrom)
    return [
      {
        code: 'second_too_early',
        source: '002',
        fineFrom: s.reinquiryFrom,
        reason: {
          ja: `最初の問い合わせから数日は返信を待ちましょう。再確認は ${jaDate(s.reinquiryFrom)}（3営業日後）から1回だけにします`,
          en: `Give the first inquiry a few days; one re-inquiry is fine from ${enDate(s.reinquiryFrom)} (3 business days later)`,
        },
      },
    ];
  if (s.inquiriesMade === 0 && s.earliestInquiry && date < s.earliestInquiry) {
    const deadline = s.deadline
      ? {
          ja: `連絡期限は ${jaDate(s.deadline)} です。`,
          en: `The deadline is ${enDate(s.deadline)}. `,
        }
      : { ja: '', en: '' };
    return [
      {
        code: 'too_early',
        source: '002',
        fineFrom: s.earliestInquiry,
        reason: {
          ja: `${deadline.ja}期日前の問い合わせは焦っている印象を与えます。${jaDate(s.earliestInquiry)} から問い合わせできます`,
          en: `${deadline.en}Asking before it looks impatient; an inquiry is fine from ${enDate(s.earliestInquiry)}`,
        },
      },
    ];
  }
  return [];
}

function hoursWarning(
  when: { date: IsoDate; minutes: number },
  hours: BusinessHours,
  calendar: BusinessCalendar,
  medium: ContactMedium,
  suggestedAt: IsoDateTime,
): ContactWarning {
  const inside =
    calendar.isBusinessDay(when.date) &&
    when.minutes >= parseHhmm(hours.open) &&
    when.minutes < parseHhmm(hours.close);
  const slot = toTokyo(suggestedAt);
  const next = slot ? `${jaDate(slot.date)} ${hhmm(slot.minutes)}` : suggestedAt;
  const nextEn = slot ? `${enDate(slot.date)} ${hhmm(slot.minutes)}` : suggestedAt;
  const code: ContactWarningCode =
    inside && medium === 'phone' ? 'poor_phone_time' : 'outside_hours';
  const ja =
    code === 'poor_phone_time'
      ? `始業・終業直後の30分と昼休み（12:00〜13:00）の電話は避けましょう。${next} がおすすめです`
      : `${jaDate(when.date)} ${hhmm(when.minutes)} は営業時間（${hours.open}〜${hours.close}、営業日）外です。${next} に${medium === 'phone' ? '電話' : '送信'}しましょう`;
  const en =
    code === 'poor_phone_time'
      ? `Avoid calling in the first or last 30 minutes and at lunch (12:00–13:00); ${nextEn} is better`
      : `${enDate(when.date)} ${hhmm(when.minutes)} is outside business hours (${hours.open}–${hours.close} on business days); ${medium === 'phone' ? 'call' : 'send'} at ${nextEn}`;
  return { code, source: '002', fineFrom: suggestedAt, reason: { ja, en } };
}

/** The guard's view of an application, from the same digested state as the rules. */
export function contactStateFor(input: FollowupInput): ContactState {
  const c = deriveFollowupState(input).current;
  const first = c?.inquiries[0];
  return {
    deadline: c?.dates.deadline ?? null,
    earliestInquiry: c?.dates.earliestInquiry ?? null,
    reinquiryFrom: first ? input.calendar.addBusinessDays(first.date, 3) : null,
    inquiriesMade: c?.inquiries.length ?? 0,
    passOnly: c?.dates.passOnly ?? false,
    silentAfter: c?.dates.silentAfter ?? null,
  };
}
