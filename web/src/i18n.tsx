import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

export type Lang = 'ja' | 'en';

/** UI words in Japanese first, English second. Drafts stay Japanese whatever the UI language. */
const WORDS = {
  appName: { ja: '連絡 Renraku', en: 'Renraku 連絡' },
  skip: { ja: '本文へ移動', en: 'Skip to content' },
  navToday: { ja: '今日やること', en: 'Today' },
  navApplications: { ja: '応募一覧', en: 'Applications' },
  navCompanies: { ja: '企業', en: 'Companies' },
  navProfile: { ja: 'プロフィール', en: 'Profile' },
  switchLang: { ja: 'English', en: '日本語' },
  switchLangLabel: {
    ja: '表示言語を英語に切り替える',
    en: 'Switch the display language to Japanese',
  },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  save: { ja: '保存する', en: 'Save' },
  saved: { ja: '保存しました', en: 'Saved' },
  todayTitle: { ja: '今日やること', en: 'What to do today' },
  todayEmpty: {
    ja: '今日やることはまだありません。面接を記録すると、お礼・待機・問い合わせの時期がここに並びます。',
    en: 'Nothing to do yet. Record an interview and the thank-you, the wait and the inquiry window will appear here.',
  },
  recordInterview: { ja: '面接を記録する', en: 'Record an interview' },
  applicationsTitle: { ja: '応募一覧', en: 'Applications' },
  applicationsEmpty: { ja: 'まだ応募がありません。', en: 'No applications yet.' },
  company: { ja: '企業', en: 'Company' },
  companyName: { ja: '企業名', en: 'Company name' },
  position: { ja: '職種', en: 'Position' },
  stage: { ja: '選考段階', en: 'Stage' },
  status: { ja: '状況', en: 'Status' },
  deadline: { ja: '連絡期限', en: 'Deadline' },
  earliestInquiry: { ja: '問い合わせ可能日', en: 'Inquiry acceptable from' },
  recommendedInquiry: { ja: '問い合わせ推奨日', en: 'Inquiry recommended from' },
  silentAfter: { ja: 'サイレントの目安', en: 'Likely silent after' },
  earlyReading: { ja: '早い読み方', en: 'Early reading' },
  interviewAt: { ja: '面接日時', en: 'Interview date and time' },
  interviewers: { ja: '面接官', en: 'Interviewers' },
  said: { ja: '結果連絡について言われたこと', en: 'What they said about the result' },
  saidHint: {
    ja: '例: 「1週間以内にメールでご連絡します」「合格者のみ3営業日以内に」',
    en: 'e.g. 「1週間以内にメールでご連絡します」 ("we will email within a week")',
  },
  notes: { ja: 'メモ', en: 'Notes' },
  timeline: { ja: 'タイムライン', en: 'Timeline' },
  promiseReading: { ja: '読み取った内容', en: 'How Renraku reads it' },
  unparsed: { ja: '読み取れませんでした', en: 'Could not read it' },
  passOnly: { ja: '合格者のみ連絡', en: 'Only successful candidates are contacted' },
  companiesTitle: { ja: '企業', en: 'Companies' },
  addCompany: { ja: '企業を追加', en: 'Add company' },
  profileTitle: { ja: 'プロフィール', en: 'Profile' },
  profileKind: { ja: '区分', en: 'Type' },
  shukatsu: { ja: '就活（新卒）', en: 'New graduate (就活)' },
  tenshoku: { ja: '転職（中途）', en: 'Mid-career (転職)' },
  nameKanji: { ja: '氏名（漢字）', en: 'Name (kanji)' },
  nameKana: { ja: '氏名（ふりがな）', en: 'Name (kana)' },
  email: { ja: 'メールアドレス', en: 'Email' },
  phone: { ja: '電話番号', en: 'Phone' },
  university: { ja: '大学', en: 'University' },
  faculty: { ja: '学部・学科', en: 'Faculty' },
  year: { ja: '学年', en: 'Year' },
  currentEmployer: { ja: '現在の勤務先', en: 'Current employer' },
  calendar: { ja: '営業日カレンダー', en: 'Business calendar' },
  closedWeekdays: { ja: '定休日（曜日）', en: 'Closed weekdays' },
  closedDates: {
    ja: '休業日（1行に1日、YYYY-MM-DD）',
    en: 'Closed dates (one per line, YYYY-MM-DD)',
  },
  obon: { ja: 'お盆休み（8/13〜8/16）', en: 'Obon closure (Aug 13–16)' },
  yearEnd: { ja: '年末年始休み（12/29〜1/3）', en: 'Year-end closure (Dec 29–Jan 3)' },
  back: { ja: '戻る', en: 'Back' },
  active: { ja: '選考中', en: 'Active' },
  noEvents: { ja: 'まだ記録がありません。', en: 'Nothing recorded yet.' },
  explanation: { ja: '根拠', en: 'Why' },
  doNow: { ja: '今やること', en: 'Do now' },
  waitingTitle: { ja: '待っているもの', en: 'Waiting' },
  upcomingTitle: { ja: 'これから', en: 'Coming up' },
  daysLeft: { ja: '期限まであと', en: 'Days to the deadline:' },
  daysUnit: { ja: '日', en: '' },
  deadlineToday: { ja: '今日が期限です', en: 'The deadline is today' },
  optional: { ja: '任意', en: 'optional' },
  windowFrom: { ja: '開始', en: 'From' },
  recommended: { ja: '推奨', en: 'Recommended' },
  until: { ja: 'まで', en: 'Until' },
  source: { ja: '出典', en: 'Source' },
  openDraft: { ja: '下書きを開く', en: 'Open the draft' },
  writeReflection: { ja: '振り返りを書く', en: 'Write a reflection' },
  markDone: { ja: '完了として記録', en: 'Mark as done' },
  overrideAndRecord: { ja: '理由を理解したうえで記録する', en: 'I understand; record it anyway' },
  nextActions: { ja: 'この応募でやること', en: 'Next for this application' },
  reviewLink: { ja: '兆候・振り返り・伝えた内容', en: 'Signs, reflection, what you said' },
  funnelTitle: { ja: '選考の状況', en: 'Where things stand' },
  funnelHint: {
    ja: '数字: 今その段階にある応募 / その段階まで進んだ応募',
    en: 'Now at the stage / reached the stage',
  },
  navReflections: { ja: '振り返り', en: 'Reflections' },
  draftBody: { ja: '本文', en: 'Body' },
  phoneScript: { ja: '電話の台本', en: 'Phone script' },
  findings: { ja: '文面チェック', en: 'Tone check' },
  noFindings: { ja: '指摘はありません', en: 'No findings' },
  severityError: { ja: '要修正', en: 'Error' },
  severityWarning: { ja: '注意', en: 'Warning' },
  severityInfo: { ja: '参考', en: 'Info' },
  preview: { ja: '受け取る側の見え方', en: 'As the recipient sees it' },
  copy: { ja: 'コピー', en: 'Copy' },
  copied: { ja: 'コピーしました', en: 'Copied' },
  openMailer: { ja: 'メールソフトで開く', en: 'Open in mail app' },
  downloadEml: { ja: '.eml をダウンロード', en: 'Download .eml' },
  sendSmtp: { ja: '営業時間内に送信する', en: 'Send in business hours' },
  sendAnyway: { ja: '指摘を確認のうえ送信する', en: 'Send despite findings' },
  scheduledFor: { ja: '送信予定:', en: 'Scheduled for' },
  markSent: { ja: '送信済みとして記録', en: 'Record as sent' },
  callMade: { ja: '電話した', en: 'Call made' },
  callRecorded: { ja: '電話を記録しました', en: 'Call recorded' },
  sentRecorded: { ja: '送信を記録しました', en: 'Recorded as sent' },
  you: { ja: 'あなた', en: 'You' },
  them: { ja: '相手', en: 'Them' },
  otherTemplate: { ja: 'ほかの文面を選ぶ', en: 'Choose another draft' },
  writeDraft: { ja: 'メール・電話の下書き', en: 'Email or phone draft' },
  rereadStatements: { ja: '伝えた内容を読み返す', en: 'Reread what you told them' },
  navInbox: { ja: '受信箱', en: 'Inbox' },
  inboxTitle: { ja: '企業からのメール', en: 'Mail from companies' },
  subject: { ja: '件名', en: 'Subject' },
  from: { ja: '差出人アドレス', en: 'From (address)' },
  body: { ja: '本文（貼り付け）', en: 'Body (paste)' },
  readMessage: { ja: '読み取る', en: 'Read it' },
  messages: { ja: '取り込んだメール', en: 'Imported messages' },
  noSubject: { ja: '（件名なし）', en: '(no subject)' },
  unreadable: { ja: '読み取れないメール', en: 'Unreadable message' },
  duplicate: { ja: 'このメールは取り込み済みです', en: 'This message was already imported' },
  proposal: { ja: '反映の提案', en: 'Proposed update' },
  readAs: { ja: '判定', en: 'Read as' },
  cues: { ja: '判断の手がかり', en: 'Cues' },
  category: { ja: '分類（違う場合は修正）', en: 'Category (correct it if wrong)' },
  application: { ja: '紐付ける応募', en: 'Application' },
  applyProposal: { ja: 'この内容で反映する', en: 'Apply' },
  imagesBlocked: {
    ja: '外部画像は表示していません（追跡防止）。',
    en: 'Remote images are blocked (tracking protection).',
  },
  showImages: { ja: 'このメールの画像を表示', en: 'Show images for this message' },
  // Mail intake from the UI: .mbox upload and the IMAP account (ImportPage, MailSettingsPage).
  navImport: { ja: '取り込み', en: 'Import' },
  importTitle: { ja: 'メールの取り込み', en: 'Import mail' },
  mboxHeading: { ja: '.mbox ファイルから取り込む', en: 'From an .mbox file' },
  mboxHint: {
    ja: 'Gmail（Google データ エクスポート）や Thunderbird などで書き出した .mbox を選んでください（2 GiB まで）。途中で止まっても、この画面から続きを再開できます。同じメールは二重に取り込まれません。',
    en: 'Choose an .mbox exported from Gmail (Google Takeout), Thunderbird or another mail app (up to 2 GiB). If it stops midway, resume it here. The same message is never stored twice.',
  },
  mboxFile: { ja: '.mbox ファイル', en: '.mbox file' },
  mboxStart: { ja: '取り込みを始める', en: 'Start importing' },
  uploading: { ja: 'アップロード中', en: 'Uploading' },
  importing: { ja: '取り込み中', en: 'Importing' },
  importDone: { ja: '取り込みが終わりました', en: 'Import finished' },
  importFailed: { ja: '取り込みが止まりました', en: 'The import stopped' },
  pendingImport: { ja: '途中で止まった取り込みがあります', en: 'An import stopped before the end' },
  resumeImport: { ja: '続きから再開する', en: 'Resume where it stopped' },
  countFetched: { ja: '受信', en: 'Fetched' },
  countRead: { ja: '読み込み', en: 'Read' },
  countImported: { ja: '新規', en: 'New' },
  countDuplicates: { ja: '重複（取り込み済み）', en: 'Duplicates (already here)' },
  countUnreadable: { ja: '読み取れず', en: 'Unreadable' },
  countLinked: { ja: '企業に紐付け', en: 'Linked to a company' },
  unreadableReasons: {
    ja: '読み取れなかったメール（元のデータは保存済み）と理由',
    en: 'Unreadable messages (raw data kept) and why',
  },
  openInbox: { ja: '受信箱で確認する', en: 'See them in the inbox' },
  mailSettingsLink: {
    ja: 'メールボックスから直接取り込む（IMAP の設定）',
    en: 'Import straight from your mailbox (IMAP settings)',
  },
  mailSettingsTitle: { ja: 'メールアカウント（IMAP）', en: 'Mail account (IMAP)' },
  mailSettingsIntro: {
    ja: '就活・転職用のメールボックスを設定すると、「今すぐ同期」で前回以降に届いたメールだけを取り込みます。',
    en: 'Set up the mailbox you use for job hunting; "Sync now" then imports only what arrived since the last sync.',
  },
  provider: { ja: 'メールサービス', en: 'Mail service' },
  providerOther: { ja: 'その他（手動で入力）', en: 'Other (enter manually)' },
  imapHost: { ja: 'IMAP サーバー', en: 'IMAP server' },
  imapPort: { ja: 'ポート', en: 'Port' },
  imapTls: { ja: 'TLS で暗号化する（通常はオン）', en: 'Encrypt with TLS (normally on)' },
  imapUser: { ja: 'ユーザー名（メールアドレス）', en: 'User name (email address)' },
  appPassword: { ja: 'アプリ パスワード', en: 'App password' },
  passwordSet: { ja: '設定済み（変更するときだけ入力）', en: 'Set (type only to change it)' },
  appPasswordWhat: { ja: 'アプリ パスワードとは？', en: 'What is an app password?' },
  appPasswordHelp: {
    ja: 'Gmail や Yahoo!メールなどは、ふだんのログイン パスワードでは外部のアプリからメールを読めません。アカウントのセキュリティ設定で、Renraku 用の「アプリ パスワード」を発行して入力してください（Gmail は2段階認証をオンにすると発行できます）。不要になったら、そのパスワードだけを取り消せます。入力したパスワードは Renraku のデータの中にだけ保存され、画面にも記録（ログ）にも表示されません。',
    en: 'Gmail, Yahoo! Mail and others do not let outside apps read mail with your usual sign-in password. In your account\'s security settings, create an "app password" for Renraku and enter it here (Gmail offers them once 2-step verification is on). You can revoke that one password alone when you no longer need it. It is kept only in Renraku\'s data and never shown on screen or written to logs.',
  },
  imapMailbox: { ja: 'フォルダ', en: 'Folder' },
  testConnection: { ja: '接続を確認する', en: 'Test the connection' },
  syncHeading: { ja: '同期', en: 'Sync' },
  syncNow: { ja: '今すぐ同期する', en: 'Sync now' },
  syncing: { ja: '同期中…', en: 'Syncing…' },
  syncDone: { ja: '同期が終わりました', en: 'Sync finished' },
  syncFailed: { ja: '同期できませんでした', en: 'The sync failed' },
  lastSync: { ja: '前回の同期', en: 'Last sync' },
  neverSynced: { ja: 'まだ同期していません', en: 'Not synced yet' },
  // Server mode accounts: login, sign-up by invitation, account page (LoginPage, SignupPage, AccountPage).
  navAccount: { ja: 'アカウント', en: 'Account' },
  loginTitle: { ja: 'ログイン', en: 'Sign in' },
  loginLead: {
    ja: 'このサーバーの Renraku を使うには、登録したメールアドレスとパスワードでログインしてください。',
    en: 'Sign in with the email address and password you registered on this server.',
  },
  loginButton: { ja: 'ログインする', en: 'Sign in' },
  loginInviteOnly: {
    ja: 'アカウントは招待制です。招待リンクは管理者（キャリアセンターなど）から受け取ってください。',
    en: 'Accounts are by invitation: ask your administrator (e.g. the career centre) for a link.',
  },
  password: { ja: 'パスワード', en: 'Password' },
  passwordRule: {
    ja: '10文字以上。長い文章のようなパスワードがおすすめです。',
    en: 'At least 10 characters; a long passphrase works best.',
  },
  displayName: { ja: '表示名（任意）', en: 'Display name (optional)' },
  signupLink: { ja: 'アカウントを作る', en: 'Create an account' },
  signupTitle: { ja: 'アカウントの登録', en: 'Create your account' },
  signupInvited: {
    ja: '招待リンクから登録します。メールアドレスとパスワードを決めてください。',
    en: 'You were invited: choose your email address and password.',
  },
  signupButton: { ja: '登録してはじめる', en: 'Create account and start' },
  backToLogin: { ja: 'ログイン画面へ戻る', en: 'Back to sign in' },
  accountTitle: { ja: 'アカウント', en: 'Account' },
  roleAdmin: { ja: '管理者', en: 'Administrator' },
  roleMember: { ja: '利用者', en: 'Member' },
  passwordTitle: { ja: 'パスワードの変更', en: 'Change password' },
  passwordCurrent: { ja: '現在のパスワード', en: 'Current password' },
  passwordNew: { ja: '新しいパスワード', en: 'New password' },
  passwordChange: { ja: '変更する', en: 'Change' },
  passwordChanged: {
    ja: 'パスワードを変更しました。ほかの端末のログインは終了しました。',
    en: 'Password changed; your other devices have been signed out.',
  },
  logoutTitle: { ja: 'ログアウト', en: 'Sign out' },
  logoutButton: { ja: 'ログアウトする', en: 'Sign out' },
  logoutAllButton: { ja: 'すべての端末からログアウト', en: 'Sign out everywhere' },
  invitationsTitle: { ja: '招待リンク', en: 'Invitation links' },
  invitationEmail: { ja: '宛先メールアドレス（任意）', en: 'For email address (optional)' },
  invitationRole: { ja: '権限', en: 'Role' },
  invitationCreate: { ja: '招待リンクを作る', en: 'Make an invitation link' },
  invitationLink: { ja: '作成した招待リンク', en: 'New invitation link' },
  invitationOnce: {
    ja: 'このリンクは今だけ表示されます（サーバーには保存されません）。コピーして本人に渡してください。',
    en: 'This link is shown only now (the server does not keep it): copy it and pass it on.',
  },
  copyLink: { ja: 'リンクをコピー', en: 'Copy link' },
  invitationExpires: { ja: '有効期限', en: 'Expires' },
  invitationRevoke: { ja: '取り消す', en: 'Revoke' },
  invitationsEmpty: { ja: '招待リンクはまだありません。', en: 'No invitation links yet.' },
  invitation_open: { ja: '未使用', en: 'Open' },
  invitation_used: { ja: '使用済み', en: 'Used' },
  invitation_revoked: { ja: '取り消し済み', en: 'Revoked' },
  invitation_expired: { ja: '期限切れ', en: 'Expired' },
  // Daily reminder mail (ProfilePage, server mode).
  remindersTitle: { ja: '毎朝のお知らせメール', en: 'Morning reminder mail' },
  remindersDaily: {
    ja: '毎朝、その日にやることをメールで受け取る',
    en: 'Email me the day’s list every morning',
  },
  remindersHint: {
    ja: 'プロフィールのメールアドレスに届きます。やることのない日は送りません。',
    en: 'Goes to the email address in your profile; nothing is sent on days with nothing to do.',
  },
  remindersUnavailable: {
    ja: 'このサーバーではメール送信が設定されていません（管理者にお問い合わせください）。',
    en: 'This server has no mail sending set up (ask your administrator).',
  },
} as const;

export type WordKey = keyof typeof WORDS;

const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'ja',
  setLang: () => {},
});

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() =>
    localStorage.getItem('renraku.lang') === 'en' ? 'en' : 'ja',
  );
  useEffect(() => {
    localStorage.setItem('renraku.lang', lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export function useLang() {
  return useContext(LangContext);
}

export function useT() {
  const { lang } = useLang();
  return (key: WordKey) => WORDS[key][lang];
}

const WEEKDAYS = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** '2026-11-27' → 11月27日（金） / Fri, Nov 27 2026. Dates are calendar dates: no time zone math. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return lang === 'ja'
    ? `${y}年${m}月${d}日（${weekday}）`
    : `${weekday}, ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function weekdayNames(lang: Lang): string[] {
  return WEEKDAYS[lang];
}
