import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { ownHosts } from '../../src/server/guard.js';
import { type RunningServer, listen } from '../../src/server/serve.js';
import { tempDir } from '../support/cli.js';

/**
 * Attacks on the local server over a real socket, so that request paths reach the app exactly
 * as an attacker writes them (fetch and `new URL` would normalise `..` away first).
 * Static files: no path escapes the web root. Downloads: ids never name a file. Form posts
 * from another site: refused before any route runs.
 */
const SECRET = 'SECRET-OUTSIDE-WEB-ROOT-7f3a';
let runtime: Runtime;
let server: RunningServer;
let host: string;

beforeAll(async () => {
  // A web root with a secret next to it and one level up, where a traversal would land.
  const top = tempDir();
  const webRoot = join(top, 'site', 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg/>');
  writeFileSync(join(top, 'site', 'secret.txt'), SECRET);
  writeFileSync(join(top, 'secret.txt'), SECRET);
  writeFileSync(join(webRoot, '..', 'package.json'), `{"name":"${SECRET}"}`);
  runtime = await openRuntime({ dataDir: tempDir() });
  server = await listen(
    { context: () => runtime.context, mail: createMailPorts(), webRoot },
    (port) => ownHosts('127.0.0.1', port),
    '127.0.0.1',
    0,
  );
  host = new URL(server.url).host;
});
afterAll(async () => {
  await server?.close();
  await runtime?.close();
});

/** One raw HTTP/1.1 request; the target goes on the wire byte for byte. */
function raw(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const all = {
      host,
      connection: 'close',
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    };
    const head = Object.entries(all)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`${method} ${target} HTTP/1.1\r\n${head}\r\n${body}`);
    let data = '';
    socket.on('data', (d: Buffer) => {
      data += d.toString('utf8');
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, text: data });
    });
  });
}

describe('path traversal', () => {
  it('serves the web root itself (the probe reaches real files)', async () => {
    const asset = await raw('GET', '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toContain('console.log(1)');
  });

  it.each([
    '/assets/../secret.txt',
    '/assets/../../secret.txt',
    '/assets/../../../secret.txt',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2E%2E/package.json',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%2F..%2F..%2Fsecret.txt',
    '/assets/%252e%252e/%252e%252e/secret.txt',
    '/assets/..\\..\\secret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%5c..%5c..%5csecret.txt',
    '/assets/....//....//secret.txt',
    '/assets/..;/..;/secret.txt',
    '/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt',
    '/assets/app.js%00/../../secret.txt',
    '/assets//..//..//secret.txt',
    '/favicon.svg/../../secret.txt',
    '/../secret.txt',
    '/%2e%2e/%2e%2e/secret.txt',
  ])('%s does not leave the web root', async (target) => {
    const answer = await raw('GET', target);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain(SECRET);
  });

  it.each([
    '/api/drafts/..%2f..%2f..%2fpackage.json/eml',
    '/api/drafts/%2e%2e%2f%2e%2e%2fsecret.txt/eml',
    '/api/drafts/..\\..\\secret.txt/eml',
    '/api/messages/..%2f..%2fsecret.txt/raw',
    '/api/messages/%2e%2e/%2e%2e/secret.txt/raw',
    '/api/messages/..%5c..%5csecret.txt/raw',
    '/api/calendar/..%2f..%2fsecret.ics',
  ])('%s: an id is never a path', async (target) => {
    const answer = await raw('GET', target);
    expect(answer.text).not.toContain(SECRET);
    // Refused (404 or a 400 for a path the HTTP parser rejects), or — when the decoded dots
    // take the path out of /api — the app shell; never a file.
    if (answer.status === 200) {
      expect(answer.text).toContain('<title>shell</title>');
      return;
    }
    expect([400, 404]).toContain(answer.status);
    if (answer.status === 404) {
      const json = answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4);
      expect(json).toMatch(/"error":"[^"]*[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(json).toContain('"errorEn"');
    }
  });

  it('an unknown draft id answers 404, never an attachment', async () => {
    const answer = await raw('GET', '/api/drafts/no-such-draft/eml');
    expect(answer.status).toBe(404);
    expect(answer.text).not.toMatch(/content-disposition/i);
  });
});

describe('cross-site form posts', () => {
  const interview = {
    companyName: 'フォーム攻撃株式会社',
    stage: 'interview_1',
    at: '2026-11-20T10:00',
  };
  const form = new URLSearchParams(interview).toString();
  const plain = JSON.stringify(interview);

  const stored = async () =>
    (await runtime.context.storage.db.selectFrom('companies').select('name').execute()).filter(
      (c) => c.name === interview.companyName,
    ).length;

  it.each([
    [
      'urlencoded, foreign Origin',
      'application/x-www-form-urlencoded',
      form,
      { origin: 'http://evil.example' },
    ],
    ['text/plain JSON, foreign Origin', 'text/plain', plain, { origin: 'http://evil.example' }],
    [
      'multipart, foreign Origin',
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--`,
      { origin: 'https://evil.example' },
    ],
    [
      'urlencoded, Origin null (sandboxed frame, file:)',
      'application/x-www-form-urlencoded',
      form,
      { origin: 'null' },
    ],
    [
      'text/plain, cross-site without Origin',
      'text/plain',
      plain,
      { 'sec-fetch-site': 'cross-site' },
    ],
    [
      'urlencoded, same-site subdomain',
      'application/x-www-form-urlencoded',
      form,
      { 'sec-fetch-site': 'same-site' },
    ],
    [
      'text/plain, Origin on another port of localhost',
      'text/plain',
      plain,
      { origin: 'http://127.0.0.1:1' },
    ],
  ])('%s: refused 403', async (_name, type, body, headers) => {
    const answer = await raw('POST', '/api/interviews', { 'content-type': type, ...headers }, body);
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('FORBIDDEN_ORIGIN');
    expect(await stored()).toBe(0);
  });

  it.each([
    ['application/x-www-form-urlencoded', form],
    ['text/plain', plain],
  ])('a %s body is not taken as JSON even from a tool with no Origin', async (type, body) => {
    const answer = await raw('POST', '/api/interviews', { 'content-type': type }, body);
    expect(answer.status).toBe(400);
    expect(await stored()).toBe(0);
  });

  it('the same body as JSON from the app itself is accepted (the refusals are not blanket)', async () => {
    const answer = await raw(
      'POST',
      '/api/interviews',
      { 'content-type': 'application/json', origin: server.url },
      plain,
    );
    expect(answer.status).toBe(201);
    expect(await stored()).toBe(1);
  });
});
