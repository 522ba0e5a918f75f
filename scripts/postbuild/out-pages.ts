import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The HTML files under `dir` (out/, or a copy of it), by path from it with `/`, sorted; none in its _next/ (the framework's), none when it does not exist. */
export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (relPath !== '_next') walk(path.join(at, e.name), relPath);
      } else if (e.isFile() && e.name.endsWith('.html')) files.push(relPath);
    }
  };
  walk(dir, '');
  return files.sort();
}
