import { defineConfig } from 'vitest/config';

// Long reliability runs (crash safety): `npm run test:stress`, run by CI after `npm test`.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
