import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** What each layer may import (STYLE.md, dependency rules); checked on the source text. */
const RULES: { layer: string; forbidden: [RegExp, string][] }[] = [
  {
    layer: 'src/core',
    forbidden: [
      [/from ['"]node:/, 'a node:* module (the core runs in the browser too)'],
      [
        /from ['"](pg|better-sqlite3|kysely|hono|mailparser|imapflow|nodemailer)['"]/,
        'an I/O library',
      ],
      [/from ['"]\.\.\/(\.\.\/)*(storage|server|cli|adapters|services|app)\//, 'an outer layer'],
      [/\bprocess\./, 'process (environment)'],
      [/\bDate\.now\(/, 'the clock (Date.now)'],
      [/new Date\(\)/, 'the clock (new Date())'],
    ],
  },
  {
    layer: 'src/storage',
    forbidden: [[/from ['"]\.\.\/(\.\.\/)*(server|cli|services|app)\//, 'an outer layer']],
  },
  {
    layer: 'src/services',
    forbidden: [[/from ['"]\.\.\/(\.\.\/)*(server|cli)\//, 'the HTTP server or the CLI']],
  },
];

describe('layer boundaries', () => {
  for (const { layer, forbidden } of RULES) {
    it(`${layer} imports only what its layer may`, () => {
      const violations: string[] = [];
      for (const file of sources(layer)) {
        const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          for (const [pattern, what] of forbidden) {
            if (pattern.test(line))
              violations.push(`${file}:${i + 1} uses ${what}: ${line.trim()}`);
          }
        });
      }
      expect(violations).toEqual([]);
    });
  }
});
