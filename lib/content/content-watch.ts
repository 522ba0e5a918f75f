import { watch, type FSWatcher } from 'node:fs';

/**
 * Resolves at the first change the system reports in one of `folders` (a file of it saved, added,
 * deleted or renamed), after `ms` at the latest, or once `signal` aborts. The dev server's live
 * reload waits on it, instead of taking the fingerprint of content/ (a stat per file) four times a
 * second for every open page.
 */
export function folderChange(folders: readonly string[], ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const watchers: FSWatcher[] = [];
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      for (const watcher of watchers) watcher.close();
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (signal.aborted) return done();
    signal.addEventListener('abort', done);
    for (const folder of folders) {
      try {
        watchers.push(watch(folder, { persistent: false }, done).on('error', done));
      } catch {
        // A folder that does not exist yet (no pages/) reports nothing; its parent reports its creation.
      }
    }
  });
}
