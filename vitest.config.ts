import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Long crash-safety runs have their own command (npm run test:stress), run by CI too.
    exclude: ['test/stress/**', 'node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser and PostgreSQL suites start real servers; keep files isolated.
    pool: 'forks',
  },
});
