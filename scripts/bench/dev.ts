import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { treeRss } from './process-tree';

/**
 * What an author waits for in `npm run dev`, on a content folder: the server's start, the first
 * page and the first post (each compiled on first request), how long after saving a post its open
 * page shows the change (in a browser, as the live reload does it), and the peak memory of the
 * server's process tree. Measured, not asserted: the bench prints it beside the targets.
 *
 * Two starts: the first as on a fresh clone (no .next/dev/), stopped with Ctrl-C as an author
 * does, which leaves Turbopack's cache; the second from that cache, as every later start.
 */
export interface DevStart {
  readySeconds: number;
  firstPageSeconds: number;
  firstPostSeconds: number;
}

export interface DevFigures {
  fresh: DevStart;
  cached: DevStart;
  /** The median of three edits of the open post, saved one after the other (second start). */
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

interface Started {
  stop: () => Promise<void>;
  log: () => string;
  peakBytes: () => number;
}

/** `npm run dev` as an author runs it; stopped with SIGINT to its process group, as Ctrl-C does. */
function startDev(contentDir: string, port: number): Started {
  const server = spawn('node_modules/.bin/tsx', ['scripts/dev.ts', '--port', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peak = 0;
  const sampler = setInterval(() => server.pid && (peak = Math.max(peak, treeRss(server.pid))), 200);
  return {
    log: () => log,
    peakBytes: () => peak,
    stop: async () => {
      clearInterval(sampler);
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid!, 'SIGINT');
      await exited;
    },
  };
}

async function timeStart(browser: Browser, contentDir: string, port: number, then?: (page: Page) => Promise<number>) {
  const started = performance.now();
  const seconds = (from: number) => (performance.now() - from) / 1000;
  const dev = startDev(contentDir, port);
  try {
    await until(async () => /Ready in/.test(dev.log()), 900_000, 'the server start');
    const readySeconds = seconds(started);
    // Generous timeouts: at thousands of posts a first page may take minutes, which is what is measured.
    const page = await browser.newPage();
    let from = performance.now();
    const home = await page.goto(`http://localhost:${port}/`, { waitUntil: 'load', timeout: 900_000 });
    if (!home?.ok()) throw new Error(`dev bench: / answered ${home?.status()}`);
    const firstPageSeconds = seconds(from);
    const post = newestPost(contentDir);
    from = performance.now();
    const response = await page.goto(`http://localhost:${port}${post.address}`, { waitUntil: 'load', timeout: 900_000 });
    if (!response?.ok()) throw new Error(`dev bench: ${post.address} answered ${response?.status()}`);
    const firstPostSeconds = seconds(from);
    const edit = then ? await then(page) : undefined;
    await page.close();
    return { start: { readySeconds, firstPageSeconds, firstPostSeconds }, edit, peakBytes: dev.peakBytes() };
  } finally {
    await dev.stop();
  }
}

/** The median of three saves of the open post in a row: how long each took to show in the page. */
async function timeEdits(page: Page, contentDir: string): Promise<number> {
  const post = newestPost(contentDir);
  // The live reload's first answer (the route is compiled on its first request) before any edit is timed.
  await page.waitForResponse((r) => r.url().includes('/dev/content-version/') && r.ok(), { timeout: 120_000 });
  const original = readFileSync(post.file, 'utf8');
  const edits: number[] = [];
  try {
    for (let edit = 1; edit <= 3; edit++) {
      const sentence = `Phrase ajoutée par le banc d’essai, modification ${edit}.`;
      const from = performance.now();
      writeFileSync(post.file, `${original.trimEnd()}\n\n${sentence}\n`);
      // Checked at every frame: a locator's wait polls every 500 ms after the first second, which would be measured too.
      await page.waitForFunction((text) => document.body.innerText.includes(text), sentence, { polling: 'raf', timeout: 60_000 });
      edits.push((performance.now() - from) / 1000);
    }
  } finally {
    writeFileSync(post.file, original);
  }
  // The middle of three: the first edit may still wait for a compilation.
  return [...edits].sort((a, b) => a - b)[1]!;
}

export async function benchDev(contentDir: string, port: number): Promise<DevFigures> {
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  try {
    rmSync(path.join('.next', 'dev'), { recursive: true, force: true });
    const fresh = await timeStart(browser, contentDir, port);
    const cached = await timeStart(browser, contentDir, port, (page) => timeEdits(page, contentDir));
    return { fresh: fresh.start, cached: cached.start, editSeconds: cached.edit!, peakBytes: Math.max(fresh.peakBytes, cached.peakBytes) };
  } finally {
    await browser.close();
  }
}
