import type { Kysely, Selectable } from 'kysely';
import type { Application, Priority, Route } from '../../core/domain/entities.js';
import { newId } from '../ids.js';
import type { ApplicationsTable, Database } from '../schema.js';

export function toApplication(row: Selectable<ApplicationsTable>): Application {
  return {
    id: row.id,
    companyId: row.company_id,
    ...(row.position ? { position: row.position } : {}),
    route: row.route as Route,
    priority: row.priority as Priority,
    createdAt: row.created_at,
  };
}

export async function createApplication(
  db: Kysely<Database>,
  userId: string,
  input: Omit<Application, 'id' | 'createdAt'>,
  now: string,
): Promise<Application> {
  const id = newId();
  await db
    .insertInto('applications')
    .values({
      id,
      user_id: userId,
      company_id: input.companyId,
      position: input.position ?? null,
      route: input.route,
      priority: input.priority,
      created_at: now,
    })
    .execute();
  return { ...input, id, createdAt: now };
}

export async function getApplication(db: Kysely<Database>, userId: string, id: string) {
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toApplication(row) : null;
}

export async function listApplications(db: Kysely<Database>, userId: string, companyId?: string) {
  let query = db.selectFrom('applications').selectAll().where('user_id', '=', userId);
  if (companyId) query = query.where('company_id', '=', companyId);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toApplication);
}

export async function updateApplication(
  db: Kysely<Database>,
  userId: string,
  id: string,
  patch: Partial<Pick<Application, 'position' | 'priority' | 'route'>>,
): Promise<Application | null> {
  const changes = {
    ...(patch.position !== undefined ? { position: patch.position || null } : {}),
    ...(patch.priority ? { priority: patch.priority } : {}),
    ...(patch.route ? { route: patch.route } : {}),
  };
  // An empty patch changes nothing; an UPDATE with no SET list is not SQL.
  if (Object.keys(changes).length === 0) return getApplication(db, userId, id);
  const result = await db
    .updateTable('applications')
    .set(changes)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? getApplication(db, userId, id) : null;
}
