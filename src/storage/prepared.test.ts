import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from './engine.js';
import { prepared } from './prepared.js';
import { ensureUser } from './repos/users.js';
import { openSqlite } from './sqlite.js';

const NOW = '2026-11-20T18:00:00+09:00';

describe('prepared', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openSqlite(':memory:');
    await ensureUser(storage.db, 'u1', 'One', NOW);
    await ensureUser(storage.db, 'u2', 'Two', NOW);
  });
  afterAll(() => storage.close());

  const userName = prepared(['id'], (db, a) =>
    db.selectFrom('users').select('name').where('id', '=', a.id).limit(1),
  );

  it('runs the once-compiled query with each call’s values, keeping its constants', async () => {
    expect((await userName(storage.db, { id: 'u1' })).rows).toEqual([{ name: 'One' }]);
    expect((await userName(storage.db, { id: 'u2' })).rows).toEqual([{ name: 'Two' }]);
    expect((await userName(storage.db, { id: 'nobody' })).rows).toEqual([]);
    const inTx = await storage.db
      .transaction()
      .execute(async (tx) => (await userName(tx, { id: 'u2' })).rows);
    expect(inTx).toEqual([{ name: 'Two' }]);
  });

  it('refuses a build that drops an argument or uses one twice', async () => {
    const unused = prepared(['id', 'name'], (db, a) =>
      db.selectFrom('users').select('name').where('id', '=', a.id),
    );
    await expect(unused(storage.db, { id: 'u1', name: 'x' })).rejects.toThrow(/name is used 0/);
    const twice = prepared(['id'], (db, a) =>
      db.selectFrom('users').select('name').where('id', '=', a.id).where('name', '!=', a.id),
    );
    await expect(twice(storage.db, { id: 'u1' })).rejects.toThrow(/id is used 2/);
  });
});
