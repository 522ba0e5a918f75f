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
 *
 * Arguments are passed on to `next dev` (`npm run dev -- --port 4000`).
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);

const server = spawn('node_modules/.bin/next', ['dev', ...args], {
  stdio: 'inherit',
  env: { NEXT_EXIT_TIMEOUT_MS: '60000', __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN: '1', ...process.env },
});

// Ctrl-C reaches the whole process group, `next dev` included, which stops its server and waits
// for it: this process only waits for `next dev`. A signal sent to this process alone (a test
// runner stopping it) is passed on.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
