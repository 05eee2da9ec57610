import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type TransactionSettings,
} from 'kysely';
import type { Database } from './schema.js';

/** Who a connection acts for: row-level security reads `setting` while `role` is in force. */
export interface UserScope {
  userId: string;
  role: string;
  setting: string;
}

/**
 * A request's scope on the owner's pool: nothing is taken from the pool until the first query;
 * that query opens one transaction (BEGIN, then role and user as transaction-local settings),
 * and every later query of the request runs in it. `finish` commits or rolls back and gives
 * the connection back, with nothing of the user left on it.
 *
 * Its `isTransaction` is true, like a Kysely transaction's: inTransaction reuses it, and
 * `transaction()` on it is refused (one request, one transaction).
 */
export function requestScopeDb(owner: Kysely<Database>, scope: UserScope) {
  const driver = new RequestScopeDriver(owner, scope);
  const db = new ScopeDb({ dialect: postgresDialect(() => driver) });
  return { db: db as Kysely<Database>, finish: (commit: boolean) => driver.finish(commit) };
}

/**
 * A query layer on the owner's pool in which every connection is one user's scope: on taking
 * a connection it switches role and user for the session; before giving it back it resets
 * both, and only then does the pool hand it to anyone else.
 *
 * For work that outlives a request (an .mbox import, an IMAP sync): the request's own scope
 * ends with the answer, while this one lasts as long as it is used, with its own transactions.
 * Destroying it closes nothing: the pool belongs to the owner.
 */
export function userBoundDb(owner: Kysely<Database>, scope: UserScope): Kysely<Database> {
  const driver = new UserBoundDriver(owner, scope);
  return new Kysely<Database>({ dialect: postgresDialect(() => driver) });
}

class ScopeDb extends Kysely<Database> {
  override get isTransaction(): true {
    return true;
  }
}

function postgresDialect(createDriver: () => Driver): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver,
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

interface Borrowed {
  connection: DatabaseConnection;
  /** Hands the connection back to the owner's pool; resolves once the pool has it. */
  giveBack(): Promise<void>;
}

/**
 * Takes a connection from the owner's pool and keeps it until giveBack: the owner's executor
 * lends it to a callback, which waits here. What the borrower leaves on it is its to undo.
 */
function borrow(owner: Kysely<Database>): Promise<Borrowed> {
  return new Promise((resolve, reject) => {
    let lent = false;
    let done!: () => void;
    const held = new Promise<void>((release) => {
      done = release;
    });
    const returned = owner.getExecutor().provideConnection(async (connection) => {
      lent = true;
      resolve({
        connection,
        giveBack: async () => {
          done();
          await returned;
        },
      });
      await held;
    });
    returned.catch((error: unknown) => {
      if (!lent) reject(error);
    });
  });
}

const run = (connection: DatabaseConnection, statement: string, parameters: unknown[] = []) =>
  connection.executeQuery(CompiledQuery.raw(statement, parameters));

/** Role and user in one round trip (set_config on 'role' checks membership as SET ROLE does). */
const enter = (connection: DatabaseConnection, scope: UserScope, local: boolean) =>
  run(connection, 'select set_config($1, $2, $5), set_config($3, $4, $5)', [
    'role',
    scope.role,
    scope.setting,
    scope.userId,
    local,
  ]);

const refuseNested = () =>
  Promise.reject(
    new Error(
      'リクエストのトランザクションの中です。inTransaction を使ってください / already in the request transaction: use inTransaction',
    ),
  );

class RequestScopeDriver implements Driver {
  #open: Promise<Borrowed> | undefined;
  #finished = false;

  constructor(
    private readonly owner: Kysely<Database>,
    private readonly scope: UserScope,
  ) {}

  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    if (this.#finished) {
      return Promise.reject(new Error('Transaction is already committed or rolled back'));
    }
    this.#open ??= this.#begin();
    return this.#open.then((borrowed) => borrowed.connection);
  }

  async #begin(): Promise<Borrowed> {
    const borrowed = await borrow(this.owner);
    try {
      await run(borrowed.connection, 'begin');
      await enter(borrowed.connection, this.scope, true);
    } catch (error) {
      await run(borrowed.connection, 'rollback').catch(() => undefined);
      await borrowed.giveBack();
      throw error;
    }
    return borrowed;
  }

  /** Ends the request: COMMIT or ROLLBACK if a query ever ran, then back to the pool. */
  async finish(commit: boolean): Promise<void> {
    this.#finished = true;
    const open = this.#open;
    if (!open) return;
    const borrowed = await open.catch(() => undefined);
    if (!borrowed) return; // BEGIN failed and gave the connection back already
    try {
      await run(borrowed.connection, commit ? 'commit' : 'rollback');
    } finally {
      await borrowed.giveBack();
    }
  }

  async releaseConnection(): Promise<void> {}
  beginTransaction = refuseNested;
  commitTransaction = refuseNested;
  rollbackTransaction = refuseNested;
  async destroy(): Promise<void> {}
}

class UserBoundDriver implements Driver {
  readonly #held = new Map<DatabaseConnection, Borrowed>();

  constructor(
    private readonly owner: Kysely<Database>,
    private readonly scope: UserScope,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const borrowed = await borrow(this.owner);
    try {
      await enter(borrowed.connection, this.scope, false);
    } catch (error) {
      await reset(borrowed.connection, this.scope.setting).catch(() => undefined);
      await borrowed.giveBack();
      throw error;
    }
    this.#held.set(borrowed.connection, borrowed);
    return borrowed.connection;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const borrowed = this.#held.get(connection);
    this.#held.delete(connection);
    if (!borrowed) return;
    try {
      await reset(connection, this.scope.setting);
    } finally {
      // Even when the reset failed (a broken connection): a connection still in the user's
      // role could only see less, never another user's rows (every scope sets its own user).
      await borrowed.giveBack();
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    let statement = 'begin';
    if (settings.isolationLevel || settings.accessMode) {
      statement = 'start transaction';
      if (settings.isolationLevel) statement += ` isolation level ${settings.isolationLevel}`;
      if (settings.accessMode) statement += ` ${settings.accessMode}`;
    }
    await run(connection, statement);
  }

  async commitTransaction(connection: DatabaseConnection) {
    await run(connection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    await run(connection, 'rollback');
  }

  async destroy(): Promise<void> {}
}

async function reset(connection: DatabaseConnection, setting: string): Promise<void> {
  await run(connection, 'reset role');
  await run(connection, `select set_config($1, '', false)`, [setting]);
}
