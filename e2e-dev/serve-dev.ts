/**
 * Starts `next dev` on a scratch copy of the e2e fixture site, which the live-reload tests
 * edit as an author would. The copy is made fresh on every start.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const contentDir = process.env.CONTENT_DIR;
const port = process.env.PORT;
if (!contentDir || !port) throw new Error('CONTENT_DIR and PORT are required');

rmSync(contentDir, { recursive: true, force: true });
cpSync('e2e/fixtures/content', contentDir, { recursive: true });

// What `npm run dev` runs, so that the tests see what authors see.
const server = spawn('node_modules/.bin/tsx', ['scripts/dev.ts', '--port', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
