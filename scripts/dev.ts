/**
 * `npm run dev`: Next's dev server, with two things `next dev` alone does not do.
 *
 * - Stopped with Ctrl-C, it is given the time to write Turbopack's cache to .next/dev/cache/:
 *   `next dev` kills its server 100 ms after the signal (NEXT_EXIT_TIMEOUT_MS), before the cache
 *   is written, so that every start compiled every page again. Only Next's own (internal) switch
 *   __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN made the server write it every time here; a longer
 *   timeout alone did once in four. With the cache, a start compiles a post's route in 0.1 s
 *   instead of 3 s (55 posts, `npm run bench -- --dev`).
 * - Once the server listens, it asks for the home page, so that its compilation has started,
 *   or is done, by the time the author's browser asks for it.
 *
 * Arguments are passed on to `next dev` (`npm run dev -- --port 4000`).
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const portArg = args.findIndex((a) => a === '--port' || a === '-p');
const port = (portArg >= 0 ? args[portArg + 1] : args.find((a) => a.startsWith('--port='))?.slice('--port='.length)) ?? process.env.PORT ?? '3000';
const basePath = process.env.BASE_PATH ?? '';

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

/** Asks for the home page as soon as the server answers; whether it compiles is the server's to say. */
async function warmHomePage(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!stopping && Date.now() < deadline) {
    try {
      await fetch(`http://localhost:${port}${basePath}/`, { signal: AbortSignal.timeout(300_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
void warmHomePage();
