import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.js';

/** A query builder, ready to compile. */
interface Compilable<R> {
  compile(): CompiledQuery<R>;
}

interface Compiled<A extends string, R> {
  query: CompiledQuery<R>;
  /** For each parameter of the query: the argument that fills it, or null for a constant. */
  slots: (A | null)[];
}

/**
 * A query built and compiled once per database, then run with new values. Kysely builds,
 * freezes and compiles a query tree on every call; on the import path (a duplicate lookup and
 * an insert per message) that cost more than SQLite running the statements did.
 *
 * `build` receives a placeholder for each argument and must pass each one to the query as a
 * value, exactly once; this is checked when the query is first compiled. Each call then puts
 * its own values in the placeholders' places. The compiled form is kept per dialect adapter,
 * which a database and its transactions share.
 */
export function prepared<A extends string, R>(
  names: readonly A[],
  build: (db: Kysely<Database>, args: Record<A, never>) => Compilable<R>,
): (db: Kysely<Database>, args: Record<A, unknown>) => Promise<QueryResult<R>> {
  const byAdapter = new WeakMap<object, Compiled<A, R>>();
  return async (db, args) => {
    const adapter = db.getExecutor().adapter;
    let compiled = byAdapter.get(adapter);
    if (!compiled) {
      compiled = compileWithPlaceholders(db, names, build);
      byAdapter.set(adapter, compiled);
    }
    const { query, slots } = compiled;
    const parameters = slots.map((slot, i) =>
      slot === null ? query.parameters[i] : (args[slot] ?? null),
    );
    return db.executeQuery({ ...query, parameters });
  };
}

function compileWithPlaceholders<A extends string, R>(
  db: Kysely<Database>,
  names: readonly A[],
  build: (db: Kysely<Database>, args: Record<A, never>) => Compilable<R>,
): Compiled<A, R> {
  const placeholders = new Map<unknown, A>(names.map((name) => [`\u0000prepared:${name}`, name]));
  const args = Object.fromEntries([...placeholders].map(([p, name]) => [name, p])) as Record<
    A,
    never
  >;
  const query = build(db, args).compile();
  const slots = query.parameters.map((p) => placeholders.get(p) ?? null);
  for (const name of names) {
    const uses = slots.filter((slot) => slot === name).length;
    if (uses !== 1)
      throw new Error(`prepared query: argument ${name} is used ${uses} times, not once`);
  }
  return { query, slots };
}
