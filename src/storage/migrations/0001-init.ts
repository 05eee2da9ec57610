import { type Kysely, sql } from 'kysely';
import type { Engine } from '../engine.js';

/** The first schema. Types are the portable subset both engines read the same way. */
export function init(engine: Engine) {
  const bytes = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('profiles')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('companies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('industry', 'text')
        .addColumn('size_class', 'text')
        .addColumn('route', 'text')
        .addColumn('domains', 'text', (c) => c.notNull())
        .addColumn('calendar', 'text', (c) => c.notNull())
        .addColumn('hours', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('companies_user')
        .on('companies')
        .columns(['user_id', 'name'])
        .execute();
      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('department', 'text')
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('applications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
        .addColumn('position', 'text')
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('applications_user')
        .on('applications')
        .column('user_id')
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('events_application')
        .on('events')
        .columns(['user_id', 'application_id'])
        .execute();
      await db.schema
        .createTable('promises')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('t0', 'text', (c) => c.notNull())
        .addColumn('parsed', 'text', (c) => c.notNull())
        .addColumn('explanation', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('promises_application')
        .on('promises')
        .columns(['user_id', 'application_id'])
        .execute();
      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('application_id', 'text', (c) => c.references('applications.id'))
        .addColumn('message_id', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('raw', sql.raw(bytes), (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('from_address', 'text')
        .addColumn('received_at', 'text')
        .addColumn('text', 'text')
        .addColumn('html', 'text')
        .addColumn('category', 'text')
        .addColumn('user_category', 'text')
        .addColumn('confidence', 'real')
        .addColumn('extracted', 'text', (c) => c.notNull())
        .addColumn('unreadable', 'integer', (c) => c.notNull())
        .addColumn('problem', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('messages_user_hash', ['user_id', 'content_hash'])
        .execute();
      await db.schema
        .createIndex('messages_message_id')
        .on('messages')
        .columns(['user_id', 'message_id'])
        .execute();
      await db.schema
        .createTable('drafts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('scheduled_at', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('event_id', 'text', (c) => c.references('events.id'))
        .addColumn('signs', 'text', (c) => c.notNull())
        .addColumn('reflection', 'text')
        .addColumn('statements', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('settings_pk', ['user_id', 'key'])
        .execute();
    },
  };
}
