/**
 * `npm start`: builds when out/ is missing or older than any source, then serves it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serveFromEnv } from './serve';

const SOURCES = ['app', 'components', 'lib', 'public', 'content', process.env.CONTENT_DIR ?? '', process.env.PUBLIC_DIR ?? '', 'site.config.ts', 'next.config.js', 'package.json'];

function newest(p: string): number {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((e) => newest(path.join(p, e))));
}

const built = newest('out/index.html');
const sources = Math.max(...SOURCES.filter(Boolean).map(newest));
if (!built || sources > built) {
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await serveFromEnv();
