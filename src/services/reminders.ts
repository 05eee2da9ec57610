import type { IsoDate } from '../core/domain/dates.js';
import { ACTION_LABELS, type Action, type TodayResult } from '../core/followup/index.js';
import { getSetting, setSetting } from '../storage/repos/settings.js';
import { accountOf, REMINDERS_KEY } from '../storage/repos/reminders.js';
import { profiles } from './companies.js';
import type { ServiceContext } from './context.js';
import { today } from './today.js';

export interface ReminderSettings {
  /** A short "today" mail each morning (server mode). */
  daily: boolean;
}

export async function getReminderSettings(ctx: ServiceContext): Promise<ReminderSettings> {
  const saved = await getSetting<Partial<ReminderSettings>>(
    ctx.storage.db,
    ctx.userId,
    REMINDERS_KEY,
  );
  return { daily: saved?.daily === true };
}

export async function saveReminderSettings(ctx: ServiceContext, settings: ReminderSettings) {
  await setSetting(ctx.storage.db, ctx.userId, REMINDERS_KEY, { daily: settings.daily });
  return settings;
}

export interface ReminderMail {
  to: string;
  subject: string;
  text: string;
}

/** A mail lists this many actions; the rest are counted ("ほか3件"), the app has them all. */
const MAX_LINES = 8;
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const md = (d: string | null | undefined) =>
  d ? `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}` : '';

/**
 * The daily mail: plain text, Japanese first with the English below, short. Nothing to say
 * (nothing due, nobody waited for) → null, and no mail goes out that day.
 * @example composeReminder({ name: '山田 太郎', to: 'taro@example.jp', date: '2026-12-03', result, appUrl })
 */
export function composeReminder(input: {
  name: string;
  to: string;
  date: IsoDate;
  result: TodayResult;
  appUrl?: string | undefined;
}): ReminderMail | null {
  const { now, waiting } = input.result.list;
  if (now.length === 0 && waiting.length === 0) return null;
  const [y, m, d] = input.date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const dayJa = `${m}月${d}日（${WEEKDAYS_JA[weekday]}）`;
  const dayEn = `${WEEKDAYS_EN[weekday]} ${d} ${MONTHS_EN[m - 1]}`;
  const link = input.appUrl ? `${input.appUrl}/#/today` : null;

  const ja = [`${input.name} さん`, '', `${dayJa}の「今日やること」です。`];
  const en = [`Your Renraku list for ${dayEn}.`];
  if (now.length > 0) {
    ja.push('', `■ 今日・期限切れ（${now.length}件）`, ...lines(now, 'ja'));
    en.push('', `Due today or overdue (${now.length})`, ...lines(now, 'en'));
  }
  if (waiting.length > 0) {
    const shown = waiting.slice(0, MAX_LINES);
    ja.push(
      '',
      `■ 結果待ち（${waiting.length}件）`,
      ...shown.map(
        (w) => `・${w.action.company} — 期限 ${md(w.action.window.until)}（あと${w.daysLeft}日）`,
      ),
      ...more(waiting.length - shown.length, 'ja'),
    );
    en.push(
      '',
      `Waiting for an answer (${waiting.length})`,
      ...shown.map(
        (w) =>
          `- ${w.action.company}: answer due ${md(w.action.window.until)} (${w.daysLeft} days left)`,
      ),
      ...more(waiting.length - shown.length, 'en'),
    );
  }
  if (link) {
    ja.push('', `開く: ${link}`);
    en.push('', `Open: ${link}`);
  }
  ja.push('', '※ このメールはプロフィール画面の設定で止められます。');
  en.push('', 'You can turn this mail off on the profile page.');
  return {
    to: input.to,
    subject: `【連絡】今日やること ${now.length}件（${m}/${d}）/ Renraku: ${now.length} to do today`,
    text: `${[...ja, '', '-----', '', ...en].join('\n')}\n`,
  };
}

function lines(actions: readonly Action[], lang: 'ja' | 'en'): string[] {
  const shown = actions.slice(0, MAX_LINES);
  return [
    ...shown.map((a) => {
      const label = ACTION_LABELS[a.action][lang];
      const until = a.window.until
        ? lang === 'ja'
          ? `（〜${md(a.window.until)}）`
          : ` (by ${md(a.window.until)})`
        : '';
      return lang === 'ja'
        ? `・${a.company} — ${label}${until}`
        : `- ${a.company}: ${label}${until}`;
    }),
    ...more(actions.length - shown.length, lang),
  ];
}

const more = (n: number, lang: 'ja' | 'en') =>
  n <= 0 ? [] : [lang === 'ja' ? `　ほか${n}件` : `  and ${n} more`];

/**
 * The user's reminder for `date`, from their own today list (call it inside the user's scope).
 * It goes to the address in the profile, the one the user gives companies; an account that has
 * no profile yet gets it at its sign-in address. Null when there is nothing to send or nowhere
 * to send it.
 */
export async function reminderFor(
  ctx: ServiceContext,
  date: IsoDate,
  appUrl?: string,
): Promise<ReminderMail | null> {
  const [profile, account] = await Promise.all([
    profiles.get(ctx),
    accountOf(ctx.storage.db, ctx.userId),
  ]);
  const to = profile?.email || account?.email;
  if (!to) return null;
  return composeReminder({
    name: profile?.nameKanji || account?.name || to,
    to,
    date,
    result: await today(ctx, date),
    appUrl,
  });
}
