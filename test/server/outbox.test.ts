import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../src/app/outbox-worker.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import { apiClient } from '../support/api.js';
import { sendDueDrafts } from '../../src/services/outbox.js';

const HOST = '127.0.0.1:4870';
const received: { from: string; to: string[]; raw: Buffer }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let call: ReturnType<typeof apiClient>;

beforeAll(async () => {
  // A real SMTP server on loopback that keeps what it receives.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;

  // Wed 2026-12-02 20:30: after business hours, so the send waits for Thu 12/03 10:00.
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-12-02T20:30:00+09:00'));
  app = createApp({ context: () => runtime.context, allowedHosts: [HOST] });
  call = apiClient(app, HOST);
  await call('PUT', '/api/profile', {
    kind: 'shukatsu',
    nameKanji: '山田 太郎',
    nameKana: 'やまだ たろう',
    email: 'taro@example.com',
    phone: '090-1111-2222',
    university: 'みなみ大学',
    faculty: '経済学部',
    year: '4年',
  });
});
afterAll(async () => {
  await runtime?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('drafts: from template to a mail that arrives', () => {
  it('fills an inquiry, schedules it for the next business-hour slot, and sends it through SMTP', async () => {
    const created = await call('POST', '/api/interviews', {
      companyName: '株式会社髙橋製作所',
      stage: 'final',
      at: '2026-11-20T14:00',
      said: '1週間以内にご連絡します',
    });
    const { application, company } = created.body as {
      application: { id: string };
      company: { id: string };
    };
    await call('POST', `/api/companies/${company.id}/contacts`, {
      name: '佐藤 花子',
      department: '人事部',
      email: 'saiyo@takahashi.example',
    });

    const prepared = await call('GET', `/api/applications/${application.id}/drafts/inquiry_result`);
    expect(prepared.status).toBe(200);
    const { draft, findings } = prepared.body as {
      draft: { subject: string; body: string };
      findings: { severity: string }[];
    };
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(draft.body).toContain('11月20日（金）');
    expect(draft.body).toContain('佐藤');

    const saved = await call('POST', `/api/applications/${application.id}/drafts`, {
      template: 'inquiry_result',
      ...draft,
    });
    const draftId = (saved.body as { draft: { id: string } }).draft.id;

    const noSmtp = await call('POST', `/api/drafts/${draftId}/send`, {});
    expect(noSmtp.status).toBe(400);
    await call('PUT', '/api/settings/smtp', {
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      user: '',
      pass: '',
    });
    const scheduled = await call('POST', `/api/drafts/${draftId}/send`, {});
    expect(scheduled.body).toEqual({ scheduledAt: '2026-12-03T10:00:00+09:00' });

    // Not yet: it is still the evening before.
    expect(await sendDueDrafts(runtime.context, smtpTransport)).toEqual([]);
    runtime.setClock(new Date('2026-12-03T10:00:30+09:00'));
    expect(await sendDueDrafts(runtime.context, smtpTransport)).toEqual([draftId]);
    expect(await sendDueDrafts(runtime.context, smtpTransport)).toEqual([]);

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.from).toBe('taro@example.com');
    expect(mail.to).toEqual(['saiyo@takahashi.example']);
    const head = mail.raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    expect(head).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(head).toMatch(/Content-Transfer-Encoding: base64/i);
    expect(head).toMatch(/Subject: =\?UTF-8\?B\?/i);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.text?.trim()).toBe(draft.body.trim());
    expect(parsed.text).toContain('髙橋製作所'); // outside JIS X 0208: why UTF-8 was chosen

    const view = await call('GET', `/api/applications/${application.id}`);
    const events = (view.body as { events: { type: string; data: { draftId?: string } }[] }).events;
    expect(events.at(-1)).toMatchObject({ type: 'email_sent', data: { draftId } });
  });

  it('downloads a saved draft as an .eml file under a fixed name', async () => {
    const apps = (await call('GET', '/api/applications')).body as {
      applications: { application: { id: string } }[];
    };
    const id = apps.applications[0]!.application.id;
    const saved = await call('POST', `/api/applications/${id}/drafts`, {
      template: 'thanks_after_interview',
      subject: '本日の面接のお礼（山田 太郎）',
      body: '株式会社髙橋製作所\n人事部 佐藤様\n\nお世話になっております。',
    });
    const draftId = (saved.body as { draft: { id: string } }).draft.id;
    const response = await app.request(`http://${HOST}/api/drafts/${draftId}/eml`, {
      headers: { host: HOST },
    });
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="renraku-draft.eml"',
    );
    const parsed = await simpleParser(Buffer.from(await response.arrayBuffer()));
    expect(parsed.subject).toBe('本日の面接のお礼（山田 太郎）');
    const traversal = await app.request(`http://${HOST}/api/drafts/..%2F..%2Fetc%2Fpasswd/eml`, {
      headers: { host: HOST },
    });
    expect(traversal.status).toBe(404);
  });

  it('holds back a draft with error-level findings until the user confirms', async () => {
    const apps = (await call('GET', '/api/applications')).body as {
      applications: { application: { id: string } }[];
    };
    const id = apps.applications[0]!.application.id;
    const saved = await call('POST', `/api/applications/${id}/drafts`, {
      template: 'inquiry_result',
      subject: '結果はまだですか',
      body: '至急、結果を教えてください。',
    });
    const draftId = (saved.body as { draft: { id: string } }).draft.id;
    const refused = await call('POST', `/api/drafts/${draftId}/send`, {});
    expect(refused.status).toBe(409);
    expect((refused.body as { error: string }).error).toContain('修正が必要な指摘');
    const forced = await call('POST', `/api/drafts/${draftId}/send`, { override: true });
    expect(forced.status).toBe(200);
  });

  it('never sends a draft with a blank left to fill, even with an override', async () => {
    const apps = (await call('GET', '/api/applications')).body as {
      applications: { application: { id: string } }[];
    };
    const id = apps.applications[0]!.application.id;
    const saved = await call('POST', `/api/applications/${id}/drafts`, {
      template: 'thanks_after_interview',
      subject: '本日の面接のお礼（山田 太郎）',
      body: '株式会社髙橋製作所\n人事部 佐藤様\n\nお世話になっております。\n【面接で印象に残ったことを記入】',
    });
    const draftId = (saved.body as { draft: { id: string } }).draft.id;
    const refused = await call('POST', `/api/drafts/${draftId}/send`, { override: true });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: string }).error).toContain('未記入');
  });

  it('writes the offer-meeting questions from the checklist the user filled', async () => {
    const created = await call('POST', '/api/interviews', {
      companyName: '株式会社ひかり電機',
      stage: 'offer_meeting',
      at: '2026-12-10T15:00',
    });
    const id = (created.body as { application: { id: string } }).application.id;
    const put = await call('PUT', `/api/reviews/applications/${id}/offer-checklist`, {
      items: [
        {
          id: 'salary_raises',
          question: '昇給の時期と評価の仕組みを伺えますか',
          answer: '',
          done: false,
        },
        { id: 'start_date', question: '入社日は4月以外も可能でしょうか', answer: '', done: false },
      ],
    });
    expect(put.status).toBe(200);
    const prepared = await call('GET', `/api/applications/${id}/drafts/offer_meeting_questions`);
    const { draft } = prepared.body as { draft: { body: string } };
    expect(draft.body).toContain('昇給の時期と評価の仕組みを伺えますか');
    expect(draft.body).toContain('入社日は4月以外も可能でしょうか');
  });
});
