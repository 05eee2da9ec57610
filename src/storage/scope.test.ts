import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from './engine.js';
import { openStorage } from './open.js';
import { inTransaction, withUserScope } from './scope.js';

/** The embedded engine: one person's data, so a user scope changes nothing. */
describe('scope on SQLite', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({ dataDir: ':memory:' });
  });
  afterAll(() => storage.close());

  it('withUserScope hands over the storage itself', async () => {
    expect(await withUserScope(storage, 'local', async (scoped) => scoped)).toBe(storage);
  });

  it('inTransaction opens one when none is open, and reuses the open one', async () => {
    await inTransaction(storage.db, async (tx) => {
      expect(tx.isTransaction).toBe(true);
      expect(tx).not.toBe(storage.db);
      await inTransaction(tx, async (inner) => {
        expect(inner).toBe(tx);
      });
    });
  });

  it('a failure inside rolls back the whole transaction, inner part included', async () => {
    const failure = new Error('fails');
    await expect(
      inTransaction(storage.db, async (tx) => {
        await tx.insertInto('users').values({ id: 'gone', name: 'g', created_at: 'x' }).execute();
        await inTransaction(tx, async () => {
          throw failure;
        });
      }),
    ).rejects.toBe(failure);
    const left = await storage.db
      .selectFrom('users')
      .where('id', '=', 'gone')
      .selectAll()
      .execute();
    expect(left).toEqual([]);
  });
});
