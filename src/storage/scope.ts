import type { Kysely } from 'kysely';
import type { Storage } from './engine.js';
import type { Database } from './schema.js';
import { requestScopeDb, userBoundDb } from './user-connection.js';

/**
 * The PostgreSQL role a user's requests run as. It holds no BYPASSRLS, so the row-level
 * security policies of migration 0003 apply to every statement it runs.
 */
export const APP_ROLE = 'renraku_app';

/** The setting the policies compare `user_id` with (`current_setting('renraku.user_id', true)`). */
export const USER_SETTING = 'renraku.user_id';

/** The user each scoped Storage belongs to, so a scope is never re-entered as someone else. */
const SCOPES = new WeakMap<Storage, string>();

/**
 * fn sees only userId's rows. PostgreSQL: one transaction with SET LOCAL ROLE renraku_app and
 * set_config('renraku.user_id', userId, true), so row-level security applies below every
 * query; SQLite: fn(storage) as is (the embedded database holds one person's data).
 *
 * The transaction begins at fn's first query, not before: a request that streams an upload to
 * disk or waits on a mail server holds no pooled connection until it touches the database.
 * It commits when fn resolves and rolls back when fn throws. Both settings are
 * transaction-local, so the connection returns to the pool as the owner with no user set.
 *
 * Work fn starts but does not await (a background import) outlives the transaction: once fn
 * has returned, `scoped.db` is a user-bound query layer instead (user-connection.ts), still
 * this user's scope, with its own connections and transactions.
 */
export async function withUserScope<T>(
  storage: Storage,
  userId: string,
  fn: (scoped: Storage) => Promise<T>,
): Promise<T> {
  if (storage.engine !== 'postgres') return fn(storage);
  if (!userId) throw new Error('withUserScope: 利用者 ID が空です / empty user id');
  const current = SCOPES.get(storage);
  if (current !== undefined) {
    if (current === userId) return fn(storage);
    throw new Error(
      "別の利用者のスコープの中では使えません / withUserScope cannot run inside another user's scope",
    );
  }
  if (storage.db.isTransaction) {
    // SET LOCAL would outlive fn and re-scope the rest of the caller's transaction; refusing
    // keeps one scope per transaction and makes the mistake visible at once.
    throw new Error(
      'withUserScope はトランザクションの中では使えません / withUserScope cannot run inside a transaction',
    );
  }
  const owner = storage.db;
  const scope = { userId, role: APP_ROLE, setting: USER_SETTING };
  const request = requestScopeDb(owner, scope);
  let open = true;
  let detached: Kysely<Database> | undefined;
  const scoped: Storage = {
    get db() {
      if (open) return request.db;
      detached ??= userBoundDb(owner, scope);
      return detached;
    },
    engine: storage.engine,
    location: storage.location,
    close: async () => {
      throw new Error('利用者スコープは閉じられません / a user scope cannot be closed');
    },
  };
  SCOPES.set(scoped, userId);
  let result: T;
  try {
    result = await fn(scoped);
  } catch (error) {
    open = false;
    await request.finish(false);
    throw error;
  }
  // Before COMMIT is sent: a query issued from now on goes to connections of its own.
  open = false;
  await request.finish(true);
  return result;
}

/** Runs fn in a transaction, reusing the one already open when db is a transaction (services call this instead of db.transaction()). */
export function inTransaction<T>(
  db: Kysely<Database>,
  fn: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
