import { afterAll } from 'vitest';
import { openStorage } from '../../src/storage/open.js';
import { createTestDatabase } from '../support/postgres.js';
import { storageContract } from './storage.contract.js';

let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await drop?.();
});

storageContract('PostgreSQL server', async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  return openStorage({ databaseUrl: database.url });
});
