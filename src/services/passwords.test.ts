import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  checkNewPassword,
  hashPassword,
  verifyAgainstNothing,
  verifyPassword,
} from './passwords.js';

describe('password rules', () => {
  const valid = ['0123456789', 'correct horse battery', 'パスワードは十文字以上です'];
  const invalid: [string, RegExp][] = [
    ['', /10文字以上/],
    ['short', /10文字以上/],
    ['九文字のパスワード', /10文字以上/], // 9 characters, 27 bytes: characters are counted
    ['          ', /空白だけ/],
    ['x'.repeat(257), /256文字以内/],
  ];
  it.each(valid)('accepts %j', (p) => expect(() => checkNewPassword(p)).not.toThrow());
  it.each(invalid)('refuses %j', (p, message) =>
    expect(() => checkNewPassword(p)).toThrow(message),
  );
});

describe('password hash', () => {
  it('is argon2id with the OWASP parameters and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(parseOptions(stored)).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(await verifyAgainstNothing('anything')).toBe(false);
  });
});
