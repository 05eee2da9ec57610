import { z } from 'zod';

/**
 * The server's configuration, read from the environment once at start and validated here, so a
 * typo fails at start with the variable's name rather than at 8 a.m. when the first reminder is
 * due. CLI flags (serve --port/--host/--allowed-host) override the environment.
 */
export interface Config {
  port: number;
  host: string;
  /** postgres://… = server mode; unset = the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  allowedHosts: string[];
  /** The address users reach the app at (links in reminder mails), e.g. https://renraku.example.ac.jp */
  publicUrl: string | undefined;
  /** Trust X-Forwarded-For / X-Forwarded-Proto from the reverse proxy (only behind one). */
  trustProxy: boolean;
  /** Secure cookies: defaults to true when the public URL is https. */
  secureCookies: boolean;
  /** invite (default): only with an admin's link; open: anyone may sign up. */
  signup: 'invite' | 'open';
  /** Unset: `info` in server mode, `warn` for the embedded app (its stdout is for people). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' | undefined;
  /** The server's own SMTP for reminder mails (not the users' SMTP used for their drafts). */
  smtp: ServerSmtp | undefined;
  mailFrom: string | undefined;
  /** The hour (0–23, Asia/Tokyo) from which the daily "today" mail goes out. */
  reminderHour: number;
  /** Server mode: apply pending migrations on start instead of refusing to start. */
  autoMigrate: boolean;
  /** How often each process looks for due sends and reminders (seconds). */
  jobIntervalSeconds: number;
}

export interface ServerSmtp {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
}

/** A bad environment value: the message names the variable, in both languages; exit code 2. */
export class ConfigError extends Error {
  readonly exitCode = 2;
}

const flag = () =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''], {
      error: '1 / 0 / true / false',
    })
    .optional()
    .transform((v) =>
      v === undefined || v === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(v),
    );

const integer = (min: number, max: number) => {
  const error = `${min}〜${max} の整数 / an integer ${min}–${max}`;
  return z
    .string()
    .regex(/^\d+$/, { error })
    .transform(Number)
    .pipe(z.number().int().min(min, { error }).max(max, { error }));
};

const url = (protocols: RegExp, hint: string) =>
  z
    .string()
    .refine((v) => protocols.test(v) && URL.canParse(v), { error: hint })
    .optional();

const ENV = z.object({
  PORT: integer(0, 65535).optional(),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: url(/^postgres(ql)?:\/\//, 'postgres://user:pass@host:5432/db').or(z.literal('')),
  RENRAKU_DATA: z.string().optional(),
  RENRAKU_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[A-Za-z0-9.\-[\]:]+$/, { error: 'host または host:port / host or host:port' }),
      ),
    ),
  RENRAKU_PUBLIC_URL: url(/^https?:\/\//, 'https://renraku.example.jp'),
  RENRAKU_TRUST_PROXY: flag(),
  RENRAKU_SECURE_COOKIES: flag(),
  RENRAKU_SIGNUP: z.enum(['invite', 'open'], { error: 'invite / open' }).optional(),
  RENRAKU_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'fatal / error / warn / info / debug / trace / silent',
    })
    .optional(),
  RENRAKU_SMTP_URL: url(/^smtps?:\/\//, 'smtp://user:pass@host:587 / smtps://user:pass@host:465'),
  RENRAKU_MAIL_FROM: z
    .string()
    .regex(/^(.*<)?[^@\s<>]+@[^@\s<>]+>?$/, { error: 'Renraku <noreply@example.jp>' })
    .optional(),
  RENRAKU_REMINDER_HOUR: integer(0, 23).optional(),
  RENRAKU_AUTO_MIGRATE: flag(),
  RENRAKU_JOB_INTERVAL_SECONDS: integer(1, 3600).optional(),
});

/**
 * Reads and validates the configuration.
 * @example loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://renraku@db/renraku' }).port // 8080
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(ENV, env);
  const publicUrl = e.RENRAKU_PUBLIC_URL?.replace(/\/+$/, '');
  return {
    port: e.PORT ?? 4870,
    host: e.HOST ?? '127.0.0.1',
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.RENRAKU_DATA || undefined,
    allowedHosts: e.RENRAKU_ALLOWED_HOSTS,
    publicUrl,
    trustProxy: e.RENRAKU_TRUST_PROXY ?? false,
    secureCookies: e.RENRAKU_SECURE_COOKIES ?? publicUrl?.startsWith('https://') ?? false,
    signup: e.RENRAKU_SIGNUP ?? 'invite',
    logLevel: e.RENRAKU_LOG_LEVEL,
    smtp: e.RENRAKU_SMTP_URL ? smtpOf(e.RENRAKU_SMTP_URL) : undefined,
    mailFrom: e.RENRAKU_MAIL_FROM,
    reminderHour: e.RENRAKU_REMINDER_HOUR ?? 8,
    autoMigrate: e.RENRAKU_AUTO_MIGRATE ?? false,
    jobIntervalSeconds: e.RENRAKU_JOB_INTERVAL_SECONDS ?? 60,
  };
}

/**
 * Only where the data lives (DATABASE_URL, RENRAKU_DATA): what every CLI command needs, so a bad
 * PORT does not stop `renraku today`.
 */
export function loadStorageConfig(
  env: NodeJS.ProcessEnv = process.env,
): Pick<Config, 'databaseUrl' | 'dataDir'> {
  const e = parseEnv(ENV.pick({ DATABASE_URL: true, RENRAKU_DATA: true }), env);
  return { databaseUrl: e.DATABASE_URL || undefined, dataDir: e.RENRAKU_DATA || undefined };
}

/** Values that carry a password are named but never echoed. */
const SECRET = new Set(['DATABASE_URL', 'RENRAKU_SMTP_URL']);

function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const shown = SECRET.has(name) ? '' : `=${JSON.stringify(env[name] ?? '')}`;
    return `  ${name}${shown}: ${issue.message}`;
  });
  throw new ConfigError(
    `環境変数の値が正しくありません / invalid environment variable:\n${lines.join('\n')}`,
  );
}

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
function smtpOf(value: string): ServerSmtp {
  const u = new URL(value);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    user: decodeURIComponent(u.username),
    pass: decodeURIComponent(u.password),
  };
}

/** True when the storage is a PostgreSQL server: accounts, pg-boss jobs, explicit migrations. */
export const isServerMode = (config: Pick<Config, 'databaseUrl'>) => Boolean(config.databaseUrl);
