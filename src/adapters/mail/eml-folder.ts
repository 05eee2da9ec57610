import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EmlFile {
  index: number;
  path: string;
  raw: Buffer;
}

/**
 * Yields every `.eml` file under a folder, recursively, in a stable order (names compared
 * by code unit at each level, so a re-run visits the same files in the same order).
 */
export async function* readEmlFolder(dir: string): AsyncGenerator<EmlFile> {
  let index = 0;
  for await (const path of walk(dir)) yield { index: index++, path, raw: await readFile(path) };
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && /\.eml$/i.test(entry.name)) yield path;
  }
}
