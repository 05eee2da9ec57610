/**
 * The closed set of expected failures a service reports. The server maps each code to an HTTP
 * status and the CLI to an exit code, so neither needs to know the domain.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly ja: string,
    readonly en: string,
    options?: ErrorOptions,
  ) {
    super(`${ja} / ${en}`, options);
    this.name = 'ServiceError';
  }
}

export const HTTP_STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 429> = {
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
};

/** Too many attempts: the caller may try again after `retryAfterSeconds` (HTTP Retry-After). */
export class RateLimitedError extends ServiceError {
  constructor(
    readonly retryAfterSeconds: number,
    ja: string,
    en: string,
  ) {
    super('RATE_LIMITED', ja, en);
    this.name = 'RateLimitedError';
  }
}

export const notFound = (what: { ja: string; en: string }) =>
  new ServiceError('NOT_FOUND', `${what.ja}が見つかりません`, `${what.en} not found`);
