import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/** What `next build` keeps of .next/ (Next 16's `cleanDistDir`); the rest it deletes before it starts. */
const NEXT_KEEPS = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);

let batches = 0;

/** Moves `paths` (those that exist) into a folder of its own under `trash`, at once; resolves once that folder is deleted. */
function setAside(trash: string, paths: readonly string[]): Promise<void> {
  const here = path.join(trash, `${process.pid}-${batches++}`);
  mkdirSync(here, { recursive: true });
  paths.filter((from) => existsSync(from)).forEach((from, i) => renameSync(from, path.join(here, `${i}-${path.basename(from)}`)));
  return rm(here, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * The last build's output, which Next deletes file by file before it compiles (.next/ but its caches)
 * and before it exports (out/): about 20,000 files after a build of 1,000 posts. Each call moves
 * what it names into .cache/trash/, which takes no time, and deletes it there while the build runs;
 * the first also deletes what an interrupted build left there. Resolves once that is gone.
 */
export function setAsideLastOutput(which: 'next' | 'out', root = '.'): Promise<void> {
  const trash = path.join(root, '.cache', 'trash');
  const left = batches === 0 && existsSync(trash) ? readdirSync(trash).map((name) => rm(path.join(trash, name), { recursive: true, force: true, maxRetries: 3 })) : [];
  const next = path.join(root, '.next');
  const paths =
    which === 'out'
      ? [path.join(root, 'out')]
      : existsSync(next)
        ? readdirSync(next)
            .filter((name) => !NEXT_KEEPS.has(name))
            .map((name) => path.join(next, name))
        : [];
  return Promise.all([...left, setAside(trash, paths)]).then(() => undefined);
}
