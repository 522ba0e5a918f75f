import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { treeRss } from './process-tree';

/**
 * What an author waits for in `npm run dev`, on a content folder: the server's start, the first
 * page and the first post (each compiled on first request), how long after saving a post its open
 * page shows the change (in a browser, as the live reload does it), and the peak memory of the
 * server's process tree. Measured, not asserted: the bench prints it beside the targets.
 */
export interface DevFigures {
  readySeconds: number;
  firstPageSeconds: number;
  firstPostSeconds: number;
  /** The median of three edits of the open post, saved one after the other. */
  editSeconds: number;
  peakBytes: number;
}

const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'];

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`dev bench: ${what} did not happen within ${timeoutMs / 1000} s`);
}

/** The newest post's file and address: `content/posts/2021-01-15-slug.md` is `/blog/2021/01/15/slug/`. */
function newestPost(contentDir: string): { file: string; address: string } {
  const name = readdirSync(path.join(contentDir, 'posts')).filter((f) => /^\d{4}-\d\d-\d\d-.+\.mdx?$/.test(f)).sort().at(-1)!;
  const [, y, m, d, slug] = /^(\d{4})-(\d\d)-(\d\d)-(.+)\.mdx?$/.exec(name)!;
  return { file: path.join(contentDir, 'posts', name), address: `/blog/${y}/${m}/${d}/${slug}/` };
}

export async function benchDev(contentDir: string, port: number): Promise<DevFigures> {
  const started = performance.now();
  const seconds = (from: number) => (performance.now() - from) / 1000;
  const server = spawn('node_modules/.bin/next', ['dev', '--port', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peakBytes = 0;
  const sampler = setInterval(() => server.pid && (peakBytes = Math.max(peakBytes, treeRss(server.pid))), 200);
  const base = `http://localhost:${port}`;
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  try {
    await until(async () => /Ready in/.test(log), 900_000, 'the server start');
    const readySeconds = seconds(started);
    // Generous timeouts: at thousands of posts a first page may take minutes, which is what is measured.
    const page = await browser.newPage();
    let from = performance.now();
    const home = await page.goto(`${base}/`, { waitUntil: 'load', timeout: 900_000 });
    if (!home?.ok()) throw new Error(`dev bench: / answered ${home?.status()}`);
    const firstPageSeconds = seconds(from);

    const post = newestPost(contentDir);
    from = performance.now();
    const response = await page.goto(`${base}${post.address}`, { waitUntil: 'load', timeout: 900_000 });
    if (!response?.ok()) throw new Error(`dev bench: ${post.address} answered ${response?.status()}`);
    const firstPostSeconds = seconds(from);
    // The live reload's first answer (the route is compiled on its first request) before any edit is timed.
    await page.waitForResponse((r) => r.url().includes('/dev/content-version/') && r.ok(), { timeout: 120_000 });
    const original = readFileSync(post.file, 'utf8');
    const edits: number[] = [];
    try {
      for (let edit = 1; edit <= 3; edit++) {
        const sentence = `Phrase ajoutée par le banc d’essai, modification ${edit}.`;
        from = performance.now();
        writeFileSync(post.file, `${original.trimEnd()}\n\n${sentence}\n`);
        // Checked at every frame: a locator's wait polls every 500 ms after the first second, which would be measured too.
        await page.waitForFunction((text) => document.body.innerText.includes(text), sentence, { polling: 'raf', timeout: 60_000 });
        edits.push(seconds(from));
      }
    } finally {
      writeFileSync(post.file, original);
    }
    // The middle of three: the first edit may still wait for a compilation.
    const editSeconds = [...edits].sort((a, b) => a - b)[1]!;
    return { readySeconds, firstPageSeconds, firstPostSeconds, editSeconds, peakBytes };
  } finally {
    clearInterval(sampler);
    await browser.close();
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}
