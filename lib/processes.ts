/**
 * Waiting on another process from synchronous code (a page, `generateStaticParams`): the dev server's
 * processes wait for one that reads content/ (lib/content/dev-share.ts), `next build`'s workers for the
 * build that hands them the content (lib/build-handoff.ts).
 */

/** Whether process `pid` is still running. EPERM means it is, under another user. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Blocks this thread for `ms`: synchronous code has nothing else to do while it waits. */
export const pauseThread = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};
