import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import type { DecodedMessage } from '../../src/adapters/mail/types.js';
import {
  BASIC_FIXTURES,
  BROKEN_FIXTURES,
  type Expected,
  type Fixture,
  MISLABELLED_FIXTURES,
  MULTIPART_FIXTURES,
} from './fixtures.js';

async function decodeOk(raw: Buffer, fastPath = true): Promise<DecodedMessage> {
  const result = await decodeMessage(raw, { fastPath });
  if (!result.ok) throw new Error(`expected a decoded message, got: ${result.reason}`);
  return result;
}

function check(decoded: DecodedMessage, expected: Expected): void {
  if (expected.subject !== undefined) expect(decoded.subject).toBe(expected.subject);
  if (expected.text !== undefined) expect(decoded.text.trimEnd()).toBe(expected.text.trimEnd());
  if (expected.html !== undefined) expect(decoded.html?.trim() ?? null).toBe(expected.html);
  if (expected.fromName !== undefined) expect(decoded.from?.name).toBe(expected.fromName);
  if (expected.fromAddress !== undefined) expect(decoded.from?.address).toBe(expected.fromAddress);
  if (expected.attachments !== undefined) expect(decoded.attachments).toEqual(expected.attachments);
  if (expected.used !== undefined) expect(decoded.charset?.used).toBe(expected.used);
  for (const pattern of expected.problems ?? []) {
    expect(
      decoded.problems.some((p) => pattern.test(p)),
      `${pattern} in ${JSON.stringify(decoded.problems)}`,
    ).toBe(true);
  }
}

const table = (fixtures: Fixture[]) => fixtures.map((f) => [f.name, f] as const);

describe('decodeMessage: charsets and transfer encodings', () => {
  it.each(table(BASIC_FIXTURES))('%s', async (_name, fixture) => {
    const decoded = await decodeOk(fixture.raw);
    check(decoded, fixture.expected);
    expect(decoded.problems).toEqual([]);
  });

  it.each(table(BASIC_FIXTURES))(
    '%s: mailparser path gives the same result',
    async (_name, fixture) => {
      const fast = await decodeOk(fixture.raw, true);
      const full = await decodeOk(fixture.raw, false);
      expect({ ...full, text: full.text.trimEnd() }).toEqual({
        ...fast,
        text: fast.text.trimEnd(),
      });
    },
  );

  it('keeps the header facts: Message-ID, date with offset, addresses, hash', async () => {
    const decoded = await decodeOk(BASIC_FIXTURES[0]!.raw);
    expect(decoded.messageId).toBe('<jis-7bit@sample.co.jp>');
    expect(decoded.date).toBe('2026-11-20T10:05:00+09:00');
    expect(decoded.from?.address).toBe('saiyo@sample.co.jp');
    expect(decoded.to).toEqual([{ address: 'taro@example.jp', name: '' }]);
    expect(decoded.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(decoded.html).toBeNull();
  });
});

describe('decodeMessage: multipart, HTML and attachments', () => {
  it.each(table(MULTIPART_FIXTURES))('%s', async (_name, fixture) => {
    check(await decodeOk(fixture.raw), fixture.expected);
  });

  it('HTML with the charset only in <meta> decodes the Japanese', async () => {
    const decoded = await decodeOk(MULTIPART_FIXTURES[2]!.raw);
    expect(decoded.html).toContain('①二次面接 12月1日（火）10:00～11:00 ㈱サンプル 本社');
    expect(decoded.text).toContain('慎重に選考を重ねました結果');
  });
});

describe('decodeMessage: missing and wrong labels, raw 8-bit headers', () => {
  it.each(table(MISLABELLED_FIXTURES))('%s', async (_name, fixture) => {
    check(await decodeOk(fixture.raw), fixture.expected);
    check(await decodeOk(fixture.raw, false), fixture.expected);
  });
});

describe('decodeMessage: unreadable input is a value, never a throw', () => {
  it.each(BROKEN_FIXTURES.map((f) => [f.name, f.raw] as const))('%s', async (_name, raw) => {
    const result = await decodeMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/[ぁ-んァ-ヶ一-龠].* \/ [A-Z]/);
      expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('a duplicate has the same Message-ID and content hash', async () => {
    const raw = BASIC_FIXTURES[1]!.raw;
    const [a, b] = await Promise.all([decodeOk(raw), decodeOk(Buffer.from(raw))]);
    expect([b.messageId, b.contentHash]).toEqual([a.messageId, a.contentHash]);
    const other = await decodeOk(BASIC_FIXTURES[2]!.raw);
    expect(other.contentHash).not.toBe(a.contentHash);
  });
});
