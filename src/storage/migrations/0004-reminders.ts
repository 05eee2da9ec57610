import { type Kysely, sql } from 'kysely';
import type { Engine } from '../engine.js';
import { APP_ROLE, USER_SETTING } from '../scope.js';

/**
 * One row per daily reminder mail: the primary key (user, Tokyo date) is what makes the mail go
 * out once per day however many server processes look for due reminders at the same moment
 * (the first INSERT wins; the others find the row and move on).
 */
export function reminders(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('reminders_sent')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reminders_sent_pk', ['user_id', 'date'])
        .execute();
      if (engine !== 'postgres') return;
      // Like every table with user data (0003): a user's own scope sees only its own rows.
      // The jobs claim rows through the owner connection, which the policy does not restrict.
      const own = sql`current_setting(${sql.lit(USER_SETTING)}, true)`;
      await sql`grant select on reminders_sent to ${sql.id(APP_ROLE)}`.execute(db);
      await sql`alter table reminders_sent enable row level security`.execute(db);
      await sql`create policy renraku_own_rows on reminders_sent
        using (user_id = ${own}) with check (user_id = ${own})`.execute(db);
    },
  };
}
