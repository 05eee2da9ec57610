import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs, one object per line. Server mode writes them to stdout (what a process
 * manager or container runtime collects); the embedded app keeps stdout for its friendly
 * start-up message and writes warnings and errors to stderr.
 *
 * What is logged is chosen where it is logged (request-log.ts: method, path, status, ms, id),
 * so secrets never reach a log line; the redaction below is a second guard in case someone
 * logs a whole object later.
 */
export function createLogger(options: {
  level: string;
  /** 1 = stdout, 2 = stderr. */
  fd?: 1 | 2;
}): Logger {
  return pino(
    {
      level: options.level,
      base: { pid: process.pid, app: 'renraku' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'password',
          'pass',
          'token',
          'cookie',
          'csrfToken',
          'body',
          '*.password',
          '*.pass',
          '*.token',
          '*.cookie',
          '*.csrfToken',
          '*.body',
          'headers.cookie',
          'headers.authorization',
          'headers["x-csrf-token"]',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: options.fd ?? 1, sync: true }),
  );
}

/** A logger that writes nothing (tests, and callers that were given none). */
export const silentLogger: Logger = pino({ level: 'silent' });
