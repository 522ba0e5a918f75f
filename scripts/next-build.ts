import { spawn } from 'node:child_process';

export interface NextBuild {
  /** Its exit status. */
  done: Promise<number>;
  /** Prints what it has written so far, then the rest as it comes. */
  showOutput(): void;
  /** Stops it and every worker it started; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * `next build`, started in a process group of its own so that the build can stop it and its workers
 * together when the checks fail. Its output is held until `showOutput`: a report of errors is not
 * interleaved with Next's banner, and a build that stops on them shows the report alone. Ctrl-C and
 * a signal sent to the build reach it too.
 */
export function startNextBuild(): NextBuild {
  const child = spawn('node_modules/.bin/next', ['build'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env, detached: true });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let showing = false;
  child.stdout.on('data', (chunk: Buffer) => (showing ? process.stdout.write(chunk) : held.push([process.stdout, chunk])));
  child.stderr.on('data', (chunk: Buffer) => (showing ? process.stderr.write(chunk) : held.push([process.stderr, chunk])));
  const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      kill(signal);
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
  return {
    done,
    showOutput() {
      showing = true;
      for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
    },
    async stop() {
      kill('SIGTERM');
      await done;
    },
  };
}
