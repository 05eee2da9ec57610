import { openStorage } from '../../src/storage/open.js';
import { storageContract } from './storage.contract.js';

storageContract('SQLite (in memory)', () => openStorage({ dataDir: ':memory:' }));
