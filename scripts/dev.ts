/**
 * `npm run dev`: Next's dev server, given what `next dev` alone does not give it.
 *
 * - Stopped with Ctrl-C, it is given the time to write Turbopack's cache to .next/dev/cache/:
 *   `next dev` kills its server 100 ms after the signal (NEXT_EXIT_TIMEOUT_MS), before the cache
 *   is written, so that every start compiled every page again. Only Next's own (internal) switch
 *   __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN made the server write it every time here; a longer
 *   timeout alone did once in four. With the cache, a start compiles a post's route in 0.1 s
 *   instead of 3 s (55 posts, `npm run bench -- --dev`).
 * - Asking for the home page as soon as the server listened was tried: it gained nothing measurable,
 *   and the compilation it started while a test's first page was open was followed, once in about
 *   ten runs, by Next reloading that page several times.
 * - Stopped, it is given 30 s to do so, then killed with every process it started (scripts/stop-tree.ts).
 *
 * Arguments are passed on to `next dev` (`npm run dev -- --port 4000`).
 */
import { spawn } from 'node:child_process';
import { stopTree } from './stop-tree';

const args = process.argv.slice(2);

/**
 * How long `next dev` has to stop after Ctrl-C, its cache written. Twice in about ten runs of the dev
 * bench on 2 December 2026 it never stopped: its server had closed its port and waited, with a worker
 * that had died, for ten minutes. Turbopack's cache of that run is then lost, nothing else.
 */
const STOP_WAIT_MS = 30_000;

const server = spawn('node_modules/.bin/next', ['dev', ...args], {
  stdio: 'inherit',
  env: { NEXT_EXIT_TIMEOUT_MS: '60000', __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN: '1', ...process.env },
});

// Ctrl-C reaches the whole process group, `next dev` included, which stops its server and waits for
// it. A signal sent to this process alone (a test runner stopping it) is passed on. The wait running
// out kills `next dev` and every process it started. Only the first signal counts: tsx passes this
// process the terminal's Ctrl-C a second time.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stopTree(server, signal, STOP_WAIT_MS, () =>
      console.error(`npm run dev: next dev had not stopped ${STOP_WAIT_MS / 1000} s after ${signal}; stopped without waiting any longer`),
    );
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
