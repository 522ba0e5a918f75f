/**
 * `npm run lighthouse`: Lighthouse (mobile, its default) on the home, blog, post, tag, author and
 * accessibility-statement pages of out/, served as a static host serves them; prints the four scores of each page and
 * what keeps a score under 100. Run `npm run build` first.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), PORT (default 4205), OUT_DIR (default out).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { startServer } from './serve';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 4205);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`${path.relative(process.cwd(), outDir)}/index.html not found: run \`npm run build\` first`);
  process.exit(1);
}

/** The first page, in name order, `depth` folders below `dir` of out/. */
function firstPage(dir: string, depth: number): string {
  let current = dir;
  for (let i = 0; i < depth; i++) {
    const next = readdirSync(path.join(outDir, current), { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^[\w-]+$/.test(e.name) && e.name !== 'page')
      .map((e) => e.name)
      .sort()[0];
    if (!next) throw new Error(`no page under out/${current}`);
    current = path.posix.join(current, next);
  }
  return `/${current}/`;
}

const pages = {
  home: '/',
  blog: '/blog/',
  post: firstPage('blog', 4),
  tag: firstPage('tag', 1),
  author: firstPage('auteur', 1),
  // A static page of content/pages/: the accessibility statement every public site carries.
  page: '/accessibilite/',
  search: '/recherche/',
};

/** Chromium with a debugging port it picks itself; the port is read from the profile folder. */
async function launchChromium(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(chromePath, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
  const debugPort = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  return {
    port: debugPort,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const server = await startServer({ root: outDir, port });
const chromium = await launchChromium();
const rows: string[][] = [];
try {
  for (const [kind, pagePath] of Object.entries(pages)) {
    const url = `http://localhost:${port}${pagePath}`;
    process.stdout.write(`lighthouse ${kind} ${url} … `);
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`no result for ${url}`);
    const { lhr } = result;
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    console.log(scores.join(' '));
    rows.push([kind, pagePath, ...scores.map(String)]);
    for (const c of CATEGORIES) {
      const category = lhr.categories[c];
      if (!category || (category.score ?? 0) >= 1) continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        console.log(`  ${c}: ${audit.id} (${audit.displayValue ?? Math.round(audit.score * 100)}): ${audit.title}`);
        const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        for (const item of items.slice(0, 3)) console.log(`    ${JSON.stringify(item).slice(0, 200)}`);
      }
    }
  }
} finally {
  await chromium.close();
  server.close();
}

const header = ['page', 'path', ...CATEGORIES];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(['', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
