import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import { apiClient } from '../support/api.js';
import { ODD_STRINGS, oddString } from './fuzz-strings.js';

/**
 * Every API body, fuzzed: the routes come from the Hono app itself, so a route added later is
 * fuzzed without anyone listing it. Bodies are arbitrary JSON, mutations of a valid body (wrong
 * types, huge strings, deep nesting, Unicode edge cases) and text that is not JSON. Whatever
 * comes in: never a 500, a refusal says why in both languages, and a refused request leaves
 * the database exactly as it was. Seeded: a failure prints the seed and path that reproduce it
 * (FUZZ_SEED=… to replay).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS_PER_ROUTE = 40;
const HOST = '127.0.0.1:4870';

let runtime: Runtime;
const app = createApp({
  context: () => runtime.context,
  allowedHosts: [HOST],
  mail: createMailPorts(),
});
const call = apiClient(app, HOST);
const ids: Record<string, string> = {};
let refusals = 0;

/** Valid bodies to mutate, by route; a route missing here is still fuzzed from `{}`. */
const VALID: Record<string, Record<string, unknown>> = {
  'PUT /api/profile': {
    kind: 'tenshoku',
    nameKanji: '山田 花子',
    nameKana: 'やまだ はなこ',
    email: 'hanako@example.jp',
    phone: '090-0000-0000',
  },
  'POST /api/companies': { name: '株式会社ファズ', industry: 'IT', route: 'direct' },
  'PUT /api/companies/:id': { name: '株式会社ファズ', calendar: { closedWeekdays: [3] } },
  'POST /api/companies/:id/contacts': { name: '採用 太郎', email: 'saiyo@example.jp' },
  'POST /api/interviews': {
    companyName: '株式会社ファズ',
    stage: 'interview_1',
    at: '2026-11-20T10:00',
    said: '1週間以内にご連絡します',
  },
  'PATCH /api/applications/:id': { position: '営業', priority: 'high' },
  'POST /api/applications/:id/status': { stage: 'interview_2', reason: '通過の連絡' },
  'POST /api/applications/:id/notes': { text: '逆質問を準備する' },
  'POST /api/applications/:id/actions': { action: 'thank_you', medium: 'email' },
  'POST /api/applications/:id/drafts': {
    template: 'thank_you',
    subject: '本日の面接のお礼',
    body: '本日はありがとうございました。',
  },
  'POST /api/drafts/lint': { text: '本日はありがとうございました。', medium: 'email' },
  'POST /api/drafts/:id/send': { override: false },
  'PUT /api/settings/smtp': {
    host: 'smtp.example.jp',
    port: 587,
    secure: false,
    user: 'u',
    pass: 'p',
  },
  'POST /api/promises/preview': { text: '3営業日以内にご連絡します', from: '2026-11-20' },
  'POST /api/messages/paste': { subject: '選考結果', from: 'saiyo@example.jp', body: '合格です' },
  'POST /api/messages/:id/apply': { category: 'rejection' },
  'PUT /api/reviews/applications/:id/signs': { signs: [] },
  'PUT /api/reviews/applications/:id/reflection': { reflection: { questions: ['志望動機'] } },
  'POST /api/reviews/applications/:id/statements': { topic: 'motivation', text: '御社を志望' },
  'PUT /api/reviews/applications/:id/offer-checklist': { items: [] },
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const bodyRoutes = [
  ...new Set(
    app.routes
      .filter((r) => BODY_METHODS.has(r.method) && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path}`),
  ),
].sort();

/** Fills `:id` with a real id of the resource the path names, or an unknown one. */
function concrete(path: string, real: boolean): string {
  const kind = path.startsWith('/api/companies')
    ? 'company'
    : path.startsWith('/api/drafts')
      ? 'draft'
      : path.startsWith('/api/messages')
        ? 'message'
        : 'application';
  return path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, () =>
    real ? (ids[kind] ?? 'none') : 'no-such-id',
  );
}

/** Every row of every table (bytes as hex), to prove a refused request changed nothing. */
async function snapshot(): Promise<string> {
  const db = runtime.storage.db;
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    out[name] = (await sql`SELECT * FROM ${sql.table(name)} ORDER BY rowid`.execute(db)).rows;
  }
  return JSON.stringify(out, (_k, v) =>
    v && typeof v === 'object' && v.type === 'Buffer' ? Buffer.from(v.data).toString('hex') : v,
  );
}

/** A JSON value nested `depth` deep, as text (building it as an object would only test the test). */
const deep = fc
  .tuple(fc.integer({ min: 50, max: 5000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
  .map(([depth, [open, close]]) => `${open.repeat(depth)}1${close.repeat(depth)}`);
/** A wrong value for a field, as JSON text. */
const wrongValue: fc.Arbitrary<string> = fc.oneof(
  oddString.map((v) => JSON.stringify(v)),
  fc
    .constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [null], '')
    .map((v) => JSON.stringify(v)),
  fc.integer().map(String),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  deep,
);
/** `valid` with `key` set to the JSON text `value`. */
const withField = (valid: Record<string, unknown>, key: string, value: string) => {
  const { [key]: _old, ...rest } = valid;
  const head = JSON.stringify(rest).slice(0, -1);
  return `${head}${head.length > 1 ? ',' : ''}${JSON.stringify(key)}:${value}}`;
};
const mutated = (valid: Record<string, unknown>) =>
  fc.oneof(
    // One field gets a wrong value (existing field or a new one).
    fc
      .tuple(
        fc.constantFrom(...Object.keys(valid), '__proto__', 'constructor', 'extra'),
        wrongValue,
      )
      .map(([key, value]) => withField(valid, key, value)),
    // Every string field becomes an odd string.
    fc
      .array(oddString, { minLength: 8, maxLength: 8 })
      .map((odd) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(valid).map(([k, v], i) => [k, typeof v === 'string' ? odd[i % 8] : v]),
          ),
        ),
      ),
    // A field is dropped.
    fc.constantFrom(...Object.keys(valid), 'none').map((drop) => {
      const { [drop]: _gone, ...rest } = valid;
      return JSON.stringify(rest);
    }),
    // The whole body is something other than an object.
    wrongValue,
  );
const notJson = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'NaN',
    'undefined',
    '[1,]',
    "{'a':1}",
    '\u0000',
    '{"a":"\ud800"',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const body = (valid: Record<string, unknown> | undefined) =>
  fc.oneof(
    { arbitrary: mutated(valid ?? {}), weight: valid ? 5 : 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), weight: 2 },
    { arbitrary: notJson, weight: 1 },
  );

/** No 500; a refusal is bilingual with a code and leaves every row as it was. */
async function expectSafe(method: string, path: string, text: string) {
  const before = await snapshot();
  const answer = await call(method, path, text);
  expect(
    answer.status,
    `${method} ${path} ${text.slice(0, 200)} → ${JSON.stringify(answer.body)}`,
  ).toBeLessThan(500);
  if (answer.status >= 400) {
    refusals++;
    const error = answer.body as { error?: unknown; errorEn?: unknown; code?: unknown };
    expect(error.error).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(typeof error.errorEn).toBe('string');
    expect(String(error.errorEn).length).toBeGreaterThan(0);
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(await snapshot()).toBe(before);
  }
}

beforeAll(async () => {
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-22T09:00:00+09:00'));
  const interview = await call('POST', '/api/interviews', VALID['POST /api/interviews']);
  const recorded = interview.body as { application: { id: string }; company: { id: string } };
  ids.application = recorded.application.id;
  ids.company = recorded.company.id;
  const draft = await call(
    'POST',
    `/api/applications/${ids.application}/drafts`,
    VALID['POST /api/applications/:id/drafts'],
  );
  ids.draft = (draft.body as { draft: { id: string } }).draft.id;
  const pasted = await call('POST', '/api/messages/paste', VALID['POST /api/messages/paste']);
  ids.message = (pasted.body as { message: { id: string } }).message.id;
  expect(Object.values(ids).every(Boolean)).toBe(true);
});
afterAll(() => runtime.close());

describe('every API body, fuzzed', () => {
  it('finds the body routes in the app', () => {
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(20);
    expect(bodyRoutes).toContain('POST /api/interviews');
  });

  it.each(bodyRoutes)('%s: no 500, a bilingual refusal, nothing stored half-way', async (route) => {
    const [method = 'POST', path = ''] = route.split(' ');
    await fc.assert(
      fc.asyncProperty(body(VALID[route]), fc.boolean(), async (text, realId) => {
        await expectSafe(method, concrete(path, realId), text);
      }),
      { seed: SEED, numRuns: RUNS_PER_ROUTE, timeout: 5000 },
    );
  });

  // The same checks over a fixed corpus: every odd string in every text field of a valid body.
  it.each(Object.keys(VALID).filter((r) => bodyRoutes.includes(r)))(
    '%s: every odd string in every text field',
    async (route) => {
      const [method = 'POST', path = ''] = route.split(' ');
      const valid = VALID[route] ?? {};
      for (const odd of ODD_STRINGS) {
        const text = JSON.stringify(
          Object.fromEntries(
            Object.entries(valid).map(([k, v]) => [k, typeof v === 'string' ? odd : v]),
          ),
        );
        await expectSafe(method, concrete(path, true), text);
      }
    },
  );

  it('the fuzzer reached the refusals it is about', () => {
    // Most generated bodies are wrong; if nearly none were refused, the routes were not reached.
    expect(refusals).toBeGreaterThan(bodyRoutes.length * RUNS_PER_ROUTE * 0.5);
  });
});
