import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Server mode accounts: sign-in columns on users, sessions (only the SHA-256 of the cookie
 * token), invitations (only the SHA-256 of the link token) and failed logins per client address.
 * The embedded app keeps its one 'local' user with no email and no password.
 */
export function accounts(_engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // SQLite cannot add a UNIQUE column: the uniqueness is a separate index on both engines
      // (several NULLs are allowed by both, so any number of password-less users can exist).
      const users = () => db.schema.alterTable('users');
      await users().addColumn('email', 'text').execute();
      await users().addColumn('password_hash', 'text').execute();
      await users()
        .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
        .execute();
      await users()
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await users().addColumn('locked_until', 'text').execute();
      await users().addColumn('disabled_at', 'text').execute();
      await db.schema.createIndex('users_email').unique().on('users').column('email').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('user_agent', 'text')
        .addColumn('ip', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('email', 'text')
        .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('used_by', 'text', (c) => c.references('users.id'))
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('login_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('attempted_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('login_attempts_ip')
        .on('login_attempts')
        .columns(['ip', 'attempted_at'])
        .execute();
      await db.schema
        .createIndex('login_attempts_at')
        .on('login_attempts')
        .column('attempted_at')
        .execute();
    },
  };
}
