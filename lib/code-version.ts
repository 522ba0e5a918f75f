import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A fingerprint of the code a cache of .cache/ depends on: every source file under `dirs`
 * (tests excluded; with `every`, its other files too: styles, fonts, icons) and each of `files`,
 * with the lock file always, so that an edit of that code or an upgrade of any package drops
 * what older code made.
 */
export function codeVersion(dirs: readonly string[], files: readonly string[] = [], every = false): string {
  const hash = createHash('sha1');
  const sources = dirs.flatMap((dir) => sourcesUnder(dir, every)).sort();
  for (const file of [...sources, ...files, 'package-lock.json']) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function sourcesUnder(dir: string, every: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourcesUnder(full, every);
    return (every || /\.(ts|tsx|mjs|js|json)$/.test(entry.name)) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
