import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../src/storage/engine.js';
import {
  createApplication,
  listApplications,
  updateApplication,
} from '../../src/storage/repos/applications.js';
import {
  addContact,
  createCompany,
  findCompanyByName,
  listCompanies,
  updateCompany,
} from '../../src/storage/repos/companies.js';
import { appendEvent, listEvents } from '../../src/storage/repos/events.js';
import {
  findDuplicate,
  getMessage,
  getRawMessage,
  insertMessage,
  updateMessageLink,
} from '../../src/storage/repos/messages.js';
import { getProfile, saveProfile } from '../../src/storage/repos/profiles.js';
import { listPromises, savePromise } from '../../src/storage/repos/promises.js';
import { listApplicationRevisions } from '../../src/storage/repos/revisions.js';
import { ensureUser } from '../../src/storage/repos/users.js';
import { linkedMessage } from '../support/messages.js';

const NOW = '2026-11-20T18:00:00+09:00';

/**
 * The storage contract: every engine must hold and return the same data the same way.
 * Run by sqlite.test.ts and postgres.test.ts (drizzle's pg-common idea).
 */
export function storageContract(engineName: string, open: () => Promise<Storage>) {
  describe(`storage contract on ${engineName}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await open();
      await ensureUser(storage.db, 'u1', 'User One', NOW);
      await ensureUser(storage.db, 'u2', 'User Two', NOW);
    });
    afterAll(async () => {
      await storage?.close();
    });

    it('keeps a profile as JSON and updates it in place', async () => {
      const { db } = storage;
      expect(await getProfile(db, 'u1')).toBeNull();
      await saveProfile(db, 'u1', profile('山田 太郎'), NOW);
      await saveProfile(db, 'u1', profile('山田 花子'), NOW);
      expect((await getProfile(db, 'u1'))?.nameKanji).toBe('山田 花子');
      expect(await getProfile(db, 'u2')).toBeNull();
    });

    it('round-trips a company with its calendar and finds it by name, per user', async () => {
      const { db } = storage;
      const created = await createCompany(
        db,
        'u1',
        {
          name: '株式会社サンプル不動産',
          industry: '不動産',
          sizeClass: 'sme',
          calendar: { closedWeekdays: [3], closedDates: ['2026-12-01'], obon: true, yearEnd: true },
        },
        NOW,
      );
      expect(created.calendar.closedWeekdays).toEqual([3]);
      expect(created.hours).toEqual({ open: '09:00', close: '18:00' });
      expect((await findCompanyByName(db, 'u1', ' 株式会社サンプル不動産 '))?.id).toBe(created.id);
      expect(await findCompanyByName(db, 'u2', '株式会社サンプル不動産')).toBeNull();
      const updated = await updateCompany(db, 'u1', created.id, {
        name: '株式会社サンプル',
        route: 'agent',
      });
      expect(updated).toMatchObject({ name: '株式会社サンプル', route: 'agent' });
      expect(updated?.calendar.obon).toBe(true);
      expect(await updateCompany(db, 'u2', created.id, { name: '乗っ取り' })).toBeNull();
      await addContact(
        db,
        'u1',
        { companyId: created.id, name: '佐藤 一郎', department: '人事部' },
        NOW,
      );
    });

    it('orders the timeline by when things happened, then by recording order', async () => {
      const { db } = storage;
      const company = await createCompany(db, 'u1', { name: '順序テスト株式会社' }, NOW);
      const app = await createApplication(
        db,
        'u1',
        { companyId: company.id, route: 'direct', priority: 'first' },
        NOW,
      );
      const later = await appendEvent(
        db,
        'u1',
        {
          applicationId: app.id,
          type: 'note',
          occurredAt: '2026-11-21T09:00:00+09:00',
          data: { text: 'B' },
        },
        NOW,
      );
      const first = await appendEvent(
        db,
        'u1',
        {
          applicationId: app.id,
          type: 'interview',
          occurredAt: '2026-11-20T14:00:00+09:00',
          data: { stage: 'final', at: '2026-11-20T14:00:00+09:00' },
        },
        NOW,
      );
      const tie = await appendEvent(
        db,
        'u1',
        {
          applicationId: app.id,
          type: 'promise',
          occurredAt: '2026-11-20T14:00:00+09:00',
          data: { text: '1週間以内にご連絡します', t0: '2026-11-20' },
        },
        NOW,
      );
      const events = await listEvents(db, 'u1', [app.id]);
      expect(events.map((e) => e.id)).toEqual([first.id, tie.id, later.id]);
      expect(events[0]).toMatchObject({ type: 'interview', data: { stage: 'final' } });
      expect(await listEvents(db, 'u2', [app.id])).toEqual([]);

      await savePromise(
        db,
        'u1',
        {
          applicationId: app.id,
          eventId: tie.id,
          text: '1週間以内',
          t0: '2026-11-20',
          parsed: { kind: 'weeks', n: 1 },
        },
        NOW,
      );
      const promises = await listPromises(db, 'u1', [app.id]);
      expect(promises).toHaveLength(1);
      expect(promises[0]?.parsed).toEqual({ kind: 'weeks', n: 1 });
    });

    it('stores raw mail bytes exactly and refuses the same bytes twice for one user', async () => {
      const { db } = storage;
      const raw = Buffer.from([
        0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x00, 0xff, 0x0d, 0x0a,
      ]);
      const row = (id: string, user: string) => ({
        id,
        user_id: user,
        application_id: null,
        message_id: '<a@example.co.jp>',
        content_hash: 'hash-1',
        raw,
        source: 'eml',
        subject: '選考結果のご連絡',
        from_address: 'saiyo@example.co.jp',
        received_at: NOW,
        text: '本文',
        html: null,
        category: 'rejection',
        user_category: null,
        confidence: 0.93,
        extracted: '{}',
        unreadable: 0,
        problem: null,
        created_at: NOW,
      });
      await db.insertInto('messages').values(row('m1', 'u1')).execute();
      await expect(db.insertInto('messages').values(row('m2', 'u1')).execute()).rejects.toThrow();
      await db.insertInto('messages').values(row('m3', 'u2')).execute();
      const back = await db
        .selectFrom('messages')
        .selectAll()
        .where('id', '=', 'm1')
        .executeTakeFirstOrThrow();
      expect(Buffer.from(back.raw).equals(raw)).toBe(true);
      expect(back.confidence).toBeCloseTo(0.93);
    });

    it('finds a stored message again by its bytes or its Message-ID, per user, inside a transaction too', async () => {
      const { db } = storage;
      const raw = new Uint8Array([0x1b, 0x24, 0x42, 0x00, 0xff]);
      const stored = await insertMessage(
        db,
        'u1',
        linkedMessage('dup-1', null, { raw, subject: null, confidence: null }),
        NOW,
      );
      expect(await findDuplicate(db, 'u1', 'hash-dup-1', null)).toBe(stored.id);
      expect(await findDuplicate(db, 'u1', 'other-hash', '<dup-1@example.jp>')).toBe(stored.id);
      expect(await findDuplicate(db, 'u1', 'other-hash', '<nobody@example.jp>')).toBeNull();
      expect(await findDuplicate(db, 'u2', 'hash-dup-1', '<dup-1@example.jp>')).toBeNull();
      const second = await db.transaction().execute(async (tx) => {
        const m = await insertMessage(tx, 'u2', linkedMessage('dup-2', null), NOW);
        expect(await findDuplicate(tx, 'u2', 'hash-dup-2', null)).toBe(m.id);
        return m;
      });
      const back = await getMessage(db, 'u2', second.id);
      expect(back?.subject).toBe('選考について');
      expect(back?.userCategory).toBeNull();
      const rawBack = await getRawMessage(db, 'u1', stored.id);
      expect(rawBack && Buffer.from(rawBack).equals(Buffer.from(raw))).toBe(true);
      const first = await getMessage(db, 'u1', stored.id);
      expect(first?.subject).toBeNull();
      expect(first?.confidence).toBeNull();
      expect(first?.createdAt).toBe(NOW);
    });

    it('moves an application’s revision on every write the follow-up policy reads, and only its own', async () => {
      const { db } = storage;
      const company = await createCompany(db, 'u1', { name: '改訂テスト株式会社' }, NOW);
      const other = await createCompany(db, 'u1', { name: '無関係株式会社' }, NOW);
      const app = await createApplication(
        db,
        'u1',
        { companyId: company.id, route: 'direct', priority: 'normal' },
        NOW,
      );
      const second = await createApplication(
        db,
        'u1',
        { companyId: company.id, route: 'agent', priority: 'normal' },
        NOW,
      );
      const bystander = await createApplication(
        db,
        'u1',
        { companyId: other.id, route: 'direct', priority: 'normal' },
        NOW,
      );
      const ids = [app.id, second.id, bystander.id];
      const revisions = async () => {
        const all = await listApplicationRevisions(db, 'u1');
        return ids.map((id) => all.get(id));
      };
      const moved = async (write: () => Promise<unknown>) => {
        const before = await revisions();
        await write();
        const after = await revisions();
        return ids.filter((_, i) => after[i] !== before[i]).map((id) => ids.indexOf(id));
      };
      expect((await revisions()).every((r) => typeof r === 'number')).toBe(true);
      const note = { applicationId: app.id, type: 'note', occurredAt: NOW, data: { text: 'x' } };
      const event = await appendEvent(db, 'u1', note as never, NOW);
      expect(await moved(() => appendEvent(db, 'u1', note as never, NOW))).toEqual([0]);
      expect(
        await moved(() =>
          savePromise(
            db,
            'u1',
            {
              applicationId: second.id,
              eventId: event.id,
              text: '後日',
              t0: '2026-11-20',
              parsed: {},
            },
            NOW,
          ),
        ),
      ).toEqual([1]);
      expect(
        await moved(() => updateApplication(db, 'u1', bystander.id, { priority: 'first' })),
      ).toEqual([2]);
      // A company change moves each of its applications.
      expect(
        await moved(() => updateCompany(db, 'u1', company.id, { name: '改訂後株式会社' })),
      ).toEqual([0, 1]);
      // A message linked to the bystander and named by an event of the first application:
      // linking it moves the bystander; relinking it moves both (the event reads its date).
      const message = await insertMessage(
        db,
        'u1',
        linkedMessage('rev', bystander.id, { extracted: { dates: ['2026-12-02'] } }),
        NOW,
      );
      await appendEvent(
        db,
        'u1',
        { ...note, type: 'message', data: { messageId: message.id } } as never,
        NOW,
      );
      expect(
        await moved(() => updateMessageLink(db, 'u1', message.id, { applicationId: second.id })),
      ).toEqual([0, 1, 2]);
      // Another user's writes move nothing of u1's.
      await ensureUser(db, 'u3', 'User Three', NOW);
      const theirs = await createCompany(db, 'u3', { name: '他人の改訂' }, NOW);
      expect(
        await moved(() =>
          createApplication(
            db,
            'u3',
            { companyId: theirs.id, route: 'direct', priority: 'normal' },
            NOW,
          ),
        ),
      ).toEqual([]);
      expect((await listApplicationRevisions(db, 'u3')).size).toBe(1);
    });

    it('lists only the signed-in user’s companies and applications', async () => {
      const { db } = storage;
      const other = await createCompany(db, 'u2', { name: '他人の会社' }, NOW);
      await createApplication(
        db,
        'u2',
        { companyId: other.id, route: 'direct', priority: 'normal' },
        NOW,
      );
      const mine = await listCompanies(db, 'u1');
      expect(mine.some((c) => c.id === other.id)).toBe(false);
      const apps = await listApplications(db, 'u1');
      expect(apps.every((a) => a.companyId !== other.id)).toBe(true);
      expect(await listApplications(db, 'u2')).toHaveLength(1);
    });
  });
}

function profile(nameKanji: string) {
  return {
    kind: 'shukatsu' as const,
    nameKanji,
    nameKana: 'やまだ',
    email: 'taro@example.com',
    phone: '090-0000-0000',
    university: 'サンプル大学',
    faculty: '経済学部',
    year: '4年',
  };
}
