#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write(
    'renraku: ビルドされていません。先に `npm run build` を実行してください。\n' +
      'renraku: not built yet; run `npm run build` first.\n',
  );
  process.exit(1);
}
await import(main);
