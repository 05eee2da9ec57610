import { type Kysely, sql } from 'kysely';
import type { Engine } from '../engine.js';
import { APP_ROLE, USER_SETTING } from '../scope.js';

/**
 * A revision per application that moves whenever anything the follow-up policy reads about it
 * changes: the application row, its events and promises, a message linked to it or named by one
 * of its events, its company (calendar, hours, name). Kept by triggers, so every writer (the
 * app, the CLI in another process, a restore) moves it without knowing it exists. The today
 * list uses it to read again only the applications that changed (services/today.ts).
 *
 * Derived data: not in backups (a restore's inserts rebuild it), no foreign key (a deleted
 * application's row is removed by its own trigger).
 */
export function applicationRevisions(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('application_revisions')
        .addColumn('application_id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('application_revisions_user')
        .on('application_revisions')
        .column('user_id')
        .execute();
      await sql`insert into application_revisions (application_id, user_id, revision)
        select id, user_id, 1 from applications`.execute(db);
      if (engine === 'postgres') await postgresTriggers(db);
      else await sqliteTriggers(db);
    },
  };
}

const bump = (app: string) =>
  `update application_revisions set revision = revision + 1 where application_id = ${app};`;

/** The events of the message's user that name it (the policy reads its reply date through them). */
const namingEvents = (message: 'new' | 'old', json: (col: string) => string) =>
  `update application_revisions set revision = revision + 1 where application_id in (
     select application_id from events where user_id = ${message}.user_id and ${json('data')} = ${message}.id);`;

async function sqliteTriggers(db: Kysely<unknown>) {
  const json = (col: string) => `json_extract(${col}, '$.messageId')`;
  const statements = [
    `create trigger revision_application_insert after insert on applications begin
       insert into application_revisions (application_id, user_id, revision) values (new.id, new.user_id, 1)
       on conflict (application_id) do update set revision = revision + 1; end`,
    `create trigger revision_application_update after update on applications begin ${bump('new.id')} end`,
    `create trigger revision_application_delete after delete on applications begin
       delete from application_revisions where application_id = old.id; end`,
    `create trigger revision_company_update after update on companies begin
       update application_revisions set revision = revision + 1
       where application_id in (select id from applications where company_id = new.id); end`,
  ];
  for (const table of ['events', 'promises']) {
    statements.push(
      `create trigger revision_${table}_insert after insert on ${table} begin ${bump('new.application_id')} end`,
      `create trigger revision_${table}_update after update on ${table} begin ${bump('old.application_id')} ${bump('new.application_id')} end`,
      `create trigger revision_${table}_delete after delete on ${table} begin ${bump('old.application_id')} end`,
    );
  }
  statements.push(
    // A new message has a new id: no event names it yet (and an import inserts thousands).
    `create trigger revision_messages_insert after insert on messages begin ${bump('new.application_id')} end`,
    `create trigger revision_messages_update after update on messages begin ${bump('old.application_id')} ${bump('new.application_id')} ${namingEvents('new', json)} end`,
    `create trigger revision_messages_delete after delete on messages begin ${bump('old.application_id')} ${namingEvents('old', json)} end`,
  );
  for (const s of statements) await sql.raw(s).execute(db);
}

async function postgresTriggers(db: Kysely<unknown>) {
  const json = (col: string) => `(${col}::jsonb ->> 'messageId')`;
  const role = sql.id(APP_ROLE);
  const own = sql`current_setting(${sql.lit(USER_SETTING)}, true)`;
  // Triggers run as the writer: a request's role writes its own user's revisions.
  await sql`grant select, insert, update, delete on application_revisions to ${role}`.execute(db);
  await sql`alter table application_revisions enable row level security`.execute(db);
  await sql`create policy renraku_own_rows on application_revisions
    using (user_id = ${own}) with check (user_id = ${own})`.execute(db);
  const fn = (name: string, body: string) =>
    `create or replace function ${name}() returns trigger language plpgsql as $$
     begin ${body} return null; end $$`;
  const statements = [
    fn(
      'renraku_revision_application',
      `if tg_op = 'INSERT' then
         insert into application_revisions (application_id, user_id, revision) values (new.id, new.user_id, 1)
         on conflict (application_id) do update set revision = application_revisions.revision + 1;
       elsif tg_op = 'UPDATE' then ${bump('new.id')}
       else delete from application_revisions where application_id = old.id; end if;`,
    ),
    fn(
      'renraku_revision_company',
      `update application_revisions set revision = revision + 1
       where application_id in (select id from applications where company_id = new.id);`,
    ),
    fn(
      'renraku_revision_child',
      `if tg_op <> 'INSERT' then ${bump('old.application_id')} end if;
       if tg_op <> 'DELETE' then ${bump('new.application_id')} end if;`,
    ),
    fn(
      'renraku_revision_message',
      // An update keeps the message's id (its primary key), so the events naming old name new.
      `if tg_op <> 'INSERT' then ${bump('old.application_id')} ${namingEvents('old', json)} end if;
       if tg_op <> 'DELETE' then ${bump('new.application_id')} end if;`,
    ),
    `create trigger revision_application after insert or update or delete on applications
       for each row execute function renraku_revision_application()`,
    `create trigger revision_company after update on companies
       for each row execute function renraku_revision_company()`,
    `create trigger revision_events after insert or update or delete on events
       for each row execute function renraku_revision_child()`,
    `create trigger revision_promises after insert or update or delete on promises
       for each row execute function renraku_revision_child()`,
    `create trigger revision_messages after insert or update or delete on messages
       for each row execute function renraku_revision_message()`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
