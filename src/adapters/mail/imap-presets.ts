export interface ImapPreset {
  label: string;
  host: string;
  port: number;
  secure: boolean;
  /** What the user must do first, shown next to the password field. */
  note: string;
}

/** Providers most Japanese job seekers use; data, so the UI and CLI can list them. */
export const IMAP_PRESETS = {
  gmail: {
    label: 'Gmail',
    host: 'imap.gmail.com',
    port: 993,
    secure: true,
    note: '2段階認証を有効にしてアプリ パスワードを使います / Use an app password (2-step verification on)',
  },
  outlook: {
    label: 'Outlook.com / Microsoft 365',
    host: 'outlook.office365.com',
    port: 993,
    secure: true,
    note: 'IMAP を有効にしてください / IMAP must be enabled for the account',
  },
  yahooJapan: {
    label: 'Yahoo!メール',
    host: 'imap.mail.yahoo.co.jp',
    port: 993,
    secure: true,
    note: '設定で「IMAP/POP/SMTPアクセス」を有効にしてください / Enable IMAP/POP/SMTP access in settings',
  },
} as const satisfies Record<string, ImapPreset>;

export type ImapPresetId = keyof typeof IMAP_PRESETS;
