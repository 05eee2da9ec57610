import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadStorageConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4870,
      host: '127.0.0.1',
      databaseUrl: undefined,
      allowedHosts: [],
      trustProxy: false,
      secureCookies: false,
      signup: 'invite',
      logLevel: undefined,
      smtp: undefined,
      reminderHour: 8,
      autoMigrate: false,
      jobIntervalSeconds: 60,
    });
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://renraku:pw@db:5432/renraku',
      RENRAKU_ALLOWED_HOSTS: 'renraku.example.ac.jp, renraku.example.ac.jp:443',
      RENRAKU_PUBLIC_URL: 'https://renraku.example.ac.jp/',
      RENRAKU_TRUST_PROXY: '1',
      RENRAKU_SIGNUP: 'open',
      RENRAKU_LOG_LEVEL: 'debug',
      RENRAKU_SMTP_URL: 'smtps://mailer%40example.ac.jp:p%40ss@smtp.example.ac.jp',
      RENRAKU_MAIL_FROM: 'Renraku <noreply@example.ac.jp>',
      RENRAKU_REMINDER_HOUR: '7',
      RENRAKU_AUTO_MIGRATE: 'true',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://renraku:pw@db:5432/renraku',
      allowedHosts: ['renraku.example.ac.jp', 'renraku.example.ac.jp:443'],
      publicUrl: 'https://renraku.example.ac.jp',
      trustProxy: true,
      // https public URL → Secure cookies unless said otherwise
      secureCookies: true,
      signup: 'open',
      logLevel: 'debug',
      smtp: {
        host: 'smtp.example.ac.jp',
        port: 465,
        secure: true,
        user: 'mailer@example.ac.jp',
        pass: 'p@ss',
      },
      reminderHour: 7,
      autoMigrate: true,
    });
    expect(loadConfig({ RENRAKU_SMTP_URL: 'smtp://relay:2525' }).smtp).toMatchObject({
      port: 2525,
      secure: false,
      user: '',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://u:secret@db/x'],
    ['RENRAKU_PUBLIC_URL', 'renraku.example.ac.jp'],
    ['RENRAKU_TRUST_PROXY', 'maybe'],
    ['RENRAKU_SIGNUP', 'everyone'],
    ['RENRAKU_LOG_LEVEL', 'loud'],
    ['RENRAKU_SMTP_URL', 'http://u:secret@smtp'],
    ['RENRAKU_MAIL_FROM', 'not an address'],
    ['RENRAKU_REMINDER_HOUR', '24'],
    ['RENRAKU_ALLOWED_HOSTS', 'ok.example, bad host'],
  ])('refuses %s=%s, naming the variable in both languages (exit 2)', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(name);
    expect(message).toContain('環境変数');
    expect(message).toContain('invalid environment variable');
    // URLs may carry a password: the value itself is never echoed.
    expect(message).not.toContain('secret');
    expect((error as ConfigError).exitCode).toBe(2);
  });

  it('reads only where the data lives for CLI commands (a bad PORT does not stop them)', () => {
    expect(loadStorageConfig({ PORT: 'abc', RENRAKU_DATA: '/tmp/r' })).toEqual({
      databaseUrl: undefined,
      dataDir: '/tmp/r',
    });
  });
});
