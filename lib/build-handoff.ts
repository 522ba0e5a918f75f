import { existsSync } from 'node:fs';
import { isRunning, pauseThread } from './processes';

/**
 * `npm run build` starts `next build` while it still checks the content and renders the bodies
 * (scripts/build.ts): Next compiles meanwhile, and its workers wait for the two files the build hands
 * them (the content snapshot, the pages to render) before they read any content. This names the
 * build's process to them, so that they stop waiting when it has ended without writing them.
 */
export const BUILD_PID_ENV = 'BUILD_PID';

const POLL_MS = 25;
// Longer than any check and prerender measured (about a minute and a half at 5,000 posts, nothing cached).
const WAIT_MS = 30 * 60_000;

/**
 * Returns once `file` exists. Outside such a build (no BUILD_PID), at once. Throws when the
 * build's process ended without writing it (it stopped on an error, which its own report names)
 * or after half an hour. Blocks the thread: the routes that ask are synchronous, and nothing else
 * is there for this worker to do meanwhile.
 */
export function awaitBuildFile(file: string): void {
  const pid = Number(process.env[BUILD_PID_ENV]);
  if (!pid) return;
  const end = Date.now() + WAIT_MS;
  while (!existsSync(file)) {
    // Looked for once more: it may have been written just before the build ended.
    if (!isRunning(pid) && !existsSync(file)) throw new Error(`${file}: the build that was to write it has ended`);
    if (Date.now() > end) throw new Error(`${file}: not written after ${WAIT_MS / 60_000} minutes`);
    pauseThread(POLL_MS);
  }
}
