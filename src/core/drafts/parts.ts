import { STAGE_LABELS } from '../domain/stage.js';
import type { BlankCollector } from './blanks.js';
import { daysBetween, formatJaDate } from './format-date.js';
import type { DraftContext } from './types.js';
import { tokyoDateOfString } from '../domain/dates.js';

/** The common parts of every draft (drafts.md, "Common parts"). */

export function senderName(ctx: DraftContext): string {
  return ctx.profile.nameKanji;
}

/** 家族名: 「佐藤 花子」→「佐藤」, for speech (佐藤様). */
export function surname(name: string): string {
  return name.trim().split(/[ \u3000]+/)[0] ?? name;
}

function department(ctx: DraftContext): string | undefined {
  return ctx.contact?.department?.trim() || ctx.department?.trim() || undefined;
}

/** 株式会社サンプル / 人事部 佐藤 花子様 (or 採用ご担当者様). */
export function addressee(ctx: DraftContext): string {
  const dept = department(ctx);
  const person = ctx.contact?.name.trim() ? `${ctx.contact.name.trim()}様` : '採用ご担当者様';
  return [ctx.company.name, dept ? `${dept} ${person}` : person].join('\n');
}

/** The person asked for on the phone: 佐藤様, or 採用ご担当の方. */
export function spokenPerson(ctx: DraftContext): string {
  const name = ctx.contact?.name.trim();
  return name ? `${surname(name)}様` : '採用ご担当の方';
}

function shukatsuAffiliation(ctx: DraftContext, b: BlankCollector, sep: string): string {
  const { university, faculty, year } = ctx.profile;
  if (!university?.trim())
    return b.fill(undefined, 'affiliation', '大学名・学部・学年', 'university, faculty and year');
  const y = year?.trim() ? (/^\d+$/.test(year.trim()) ? `${year.trim()}年` : year.trim()) : '';
  return [university.trim(), faculty?.trim() ?? '', y].filter((s) => s.length > 0).join(sep);
}

/** 就活: 〇〇大学経済学部4年の山田 太郎と申します。転職: 山田 太郎と申します。現在、…に勤務しております。 */
export function selfIntro(ctx: DraftContext, b: BlankCollector): string {
  const name = senderName(ctx);
  if (ctx.profile.kind === 'shukatsu')
    return `${shukatsuAffiliation(ctx, b, '')}の${name}と申します。`;
  const employer = ctx.profile.currentEmployer?.trim();
  return employer
    ? `${name}と申します。現在、${employer}に勤務しております。`
    : `${name}と申します。`;
}

/** The short spoken form: 〇〇大学の山田と申します / 山田 太郎と申します. */
export function spokenIntro(ctx: DraftContext, b: BlankCollector): string {
  const name = senderName(ctx);
  if (ctx.profile.kind === 'shukatsu')
    return `${shukatsuAffiliation(ctx, b, '')}の${name}と申します。`;
  return `${name}と申します。`;
}

const RULE = '――――――――――――――――――――';

export function signature(ctx: DraftContext): string {
  const p = ctx.profile;
  if (p.signature?.trim()) return [RULE, p.signature.trim(), RULE].join('\n');
  const affiliation =
    p.kind === 'shukatsu'
      ? [p.university, p.faculty, p.year && /^\d+$/.test(p.year) ? `${p.year}年` : p.year]
          .filter((s): s is string => Boolean(s?.trim()))
          .join(' ')
      : (p.currentEmployer?.trim() ?? '');
  const name = p.nameKana.trim() ? `${p.nameKanji}（${p.nameKana}）` : p.nameKanji;
  const lines = [name, affiliation, `メール：${p.email}`, `電話：${p.phone}`];
  return [RULE, ...lines.filter((l) => l.length > 0), RULE].join('\n');
}

/** 選考結果に関するご確認（〇〇大学 山田 太郎）. */
export function subjectLine(ctx: DraftContext, matter: string): string {
  const u = ctx.profile.university?.trim();
  const who = ctx.profile.kind === 'shukatsu' && u ? `${u} ${senderName(ctx)}` : senderName(ctx);
  return `${matter}（${who}）`;
}

export function stageLabel(ctx: DraftContext): string {
  return STAGE_LABELS[ctx.stage].ja;
}

/** 営業職の一次面接: the position helps a recruiter who handles several openings. */
export function positionAndStage(ctx: DraftContext): string {
  const position = ctx.position?.trim();
  return position ? `${position}の${stageLabel(ctx)}` : stageLabel(ctx);
}

/** The interviewer's words without the brackets a user may have typed around them. */
export function promiseWords(ctx: DraftContext): string | undefined {
  const words = ctx.promise?.words
    .trim()
    .replace(/^[「『"]+|[」』"]+$/g, '')
    .trim();
  return words ? words : undefined;
}

/** The interview date written out, or a blank. */
export function interviewDate(ctx: DraftContext, b: BlankCollector): string {
  return ctx.interviewAt
    ? formatJaDate(ctx.interviewAt, ctx.today)
    : b.fill(undefined, 'interview_date', '面接日', 'interview date');
}

/** 本日 / 昨日 / 11月20日（金）: how a thank-you names the day of the interview. */
export function interviewDay(ctx: DraftContext, b: BlankCollector): string {
  const day = ctx.interviewAt ? tokyoDateOfString(ctx.interviewAt) : null;
  if (day === null) return interviewDate(ctx, b);
  const gap = daysBetween(day, ctx.today);
  if (gap === 0) return '本日';
  if (gap === 1) return '昨日';
  return formatJaDate(day, ctx.today);
}

/** The phone number read out in groups: 090、1234、5678. */
export function spokenPhone(phone: string): string {
  return phone.trim().replace(/[-－‐ー]/g, '、');
}
