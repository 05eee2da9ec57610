import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type TransactionSettings,
} from 'kysely';
import type { Database } from './schema.js';

/**
 * A query layer on the owner's connection pool in which every connection is one user's scope:
 * on taking a connection it switches to `role` and sets `setting` to userId for the session;
 * before giving it back it resets both, and only then does the pool hand it to anyone else.
 *
 * For work that outlives a request (an .mbox import, an IMAP sync): the request's own scope is
 * one transaction that ends with the answer, while this one lasts as long as it is used, with
 * its own transactions. Destroying it closes nothing: the pool belongs to the owner.
 */
export function userBoundDb(
  owner: Kysely<Database>,
  userId: string,
  role: string,
  setting: string,
): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new UserBoundDriver(owner, userId, role, setting),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

class UserBoundDriver implements Driver {
  readonly #held = new Map<DatabaseConnection, () => void>();

  constructor(
    private readonly owner: Kysely<Database>,
    private readonly userId: string,
    private readonly role: string,
    private readonly setting: string,
  ) {}

  async init(): Promise<void> {}

  /**
   * Borrows a connection from the owner for as long as Kysely holds it: the owner's executor
   * lends it to a callback, which waits here until releaseConnection and then cleans up.
   */
  acquireConnection(): Promise<DatabaseConnection> {
    return new Promise((resolve, reject) => {
      let lent = false;
      this.owner
        .getExecutor()
        .provideConnection(async (connection) => {
          try {
            await connection.executeQuery(
              CompiledQuery.raw(`select set_config('role', $1, false), set_config($2, $3, false)`, [
                this.role,
                this.setting,
                this.userId,
              ]),
            );
          } catch (error) {
            await this.reset(connection).catch(() => undefined);
            throw error;
          }
          const returned = new Promise<void>((release) => this.#held.set(connection, release));
          lent = true;
          resolve(connection);
          await returned;
          await this.reset(connection);
        })
        .catch((error: unknown) => {
          // Before lending: the borrower gets the error. After: the reset failed, the
          // connection is broken; a connection left in the user's role could only see less.
          if (!lent) reject(error);
        });
    });
  }

  private async reset(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('reset role'));
    await connection.executeQuery(
      CompiledQuery.raw('select set_config($1, $2, false)', [this.setting, '']),
    );
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    let statement = 'begin';
    if (settings.isolationLevel || settings.accessMode) {
      statement = 'start transaction';
      if (settings.isolationLevel) statement += ` isolation level ${settings.isolationLevel}`;
      if (settings.accessMode) statement += ` ${settings.accessMode}`;
    }
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#held.get(connection);
    this.#held.delete(connection);
    release?.();
  }

  async destroy(): Promise<void> {}
}
