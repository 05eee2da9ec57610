import { addDays, daysBetween, enDate, jaDate, jaWeekendName } from './date-math.js';
import type { PromiseDates } from './resolve-dates.js';
import type { Bilingual, BusinessCalendar } from './types.js';

/** Sentences shared by the rules; every one names its concrete dates. */
export function promiseLine(text: string, dates: PromiseDates): Bilingual {
  if (text === '')
    return {
      ja: `${jaDate(dates.t0)} の面接では結果連絡の時期が記録されていません（期日の指定なし）`,
      en: `No answer date was recorded for the interview on ${enDate(dates.t0)}`,
    };
  const said = `${jaDate(dates.t0)} に「${text}」`;
  if (dates.deadline === null)
    return {
      ja: `${said}（期日の指定なし）`,
      en: `On ${enDate(dates.t0)} they said 「${text}」 (no date given)`,
    };
  const early = dates.early
    ? {
        ja: `（早い読み方では ${jaDate(dates.early)}）`,
        en: ` (early reading ${enDate(dates.early)})`,
      }
    : { ja: '', en: '' };
  return {
    ja: `${said} → 連絡期限 ${jaDate(dates.deadline)}${early.ja}`,
    en: `On ${enDate(dates.t0)} they said 「${text}」 → deadline ${enDate(dates.deadline)}${early.en}`,
  };
}

/** Why the inquiry opens when it does: 「8日目の 11/28 は土曜日のため…11/30(月)」. */
export function earliestLine(dates: PromiseDates, cal: BusinessCalendar): Bilingual {
  const earliest = dates.earliestInquiry;
  if (earliest === null) return { ja: '', en: '' };
  if (dates.deadline === null)
    return {
      ja: `期日の指定がないため、1週間を目安に ${jaDate(earliest)} から問い合わせできます`,
      en: `No date was given, so about one week: an inquiry is fine from ${enDate(earliest)}`,
    };
  const dayAfter = addDays(dates.deadline, 1);
  const nth = daysBetween(dates.t0, dayAfter);
  if (dayAfter === earliest)
    return {
      ja: `期限翌日の ${nth}日目 ${jaDate(earliest)} から問い合わせできます`,
      en: `An inquiry is fine from day ${nth}, ${enDate(earliest)}, the day after the deadline`,
    };
  const why = jaWeekendName(dayAfter) ?? (cal.isBusinessDay(dayAfter) ? '営業日' : '休業日');
  return {
    ja: `${nth}日目の ${jaDate(dayAfter)} は${why}のため、問い合わせは ${jaDate(earliest)} 以降が適切です`,
    en: `Day ${nth}, ${enDate(dayAfter)}, is not a business day, so an inquiry is fine from ${enDate(earliest)}`,
  };
}

export function join(...parts: Bilingual[]): Bilingual {
  const ja = parts.map((p) => p.ja).filter(Boolean);
  const en = parts.map((p) => p.en).filter(Boolean);
  const ja1 = ja.join('。');
  const en1 = en.join('. ');
  return {
    ja: /[。）]$/.test(ja1) ? ja1 : `${ja1}。`,
    en: /[.)]$/.test(en1) ? en1 : `${en1}.`,
  };
}
