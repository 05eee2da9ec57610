import pg from 'pg';

/**
 * The PostgreSQL server the server-mode tests run against: TEST_DATABASE_URL, else the one this
 * kind of machine runs on 127.0.0.1:5432. Tests never skip when it is missing: they fail and
 * say what to start (CI sets TEST_DATABASE_URL).
 */
export const ADMIN_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database for one test file, dropped afterwards. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `renraku_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL に接続できません (${ADMIN_URL})。サーバーを起動するか TEST_DATABASE_URL を設定してください。\n` +
        `Cannot reach PostgreSQL at ${ADMIN_URL}: start it or set TEST_DATABASE_URL. (${String(error)})`,
    );
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        // A pool that was just closed may still be leaving: wait for it rather than killing
        // it (a forced drop makes the leaving client raise an unhandled FATAL).
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name}`);
            return;
          } catch (error) {
            const inUse = (error as { code?: string }).code === '55006';
            if (!inUse || attempt >= 50) throw error;
            await new Promise((done) => setTimeout(done, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}
