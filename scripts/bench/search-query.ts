import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../serve';

export interface SearchQueryBytes {
  query: string;
  results: number;
  /** Gzipped bytes and requests of the search page itself: HTML, CSS, fonts and its script. */
  page: { bytes: number; requests: number };
  /** What the first query adds: the page's script, Pagefind's script, WebAssembly, entry, metadata, index and filter chunks, and the first results' fragments. */
  search: { bytes: number; requests: number };
}

// Text is counted gzipped, as a host serves it; Pagefind's own files (.pf_*, WebAssembly) are gzipped already.
const TEXT = /^(text\/|application\/(json|javascript|xml))/;

/**
 * Opens `/recherche/?q=<query>` of `outDir` in Chromium (Debian's when Playwright has none), served
 * as a static host serves it, waits for the first results, and sums what was transferred: the page,
 * then everything the search fetched (under /pagefind/ and the page's script).
 */
export async function searchQueryBytes(outDir: string, query: string, port = 4399): Promise<SearchQueryBytes> {
  const server = await startServer({ root: path.resolve(outDir), port });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const sizes: { url: string; bytes: Promise<number> }[] = [];
    page.on('response', (res) => {
      const type = res.headers()['content-type'] ?? '';
      sizes.push({ url: new URL(res.url()).pathname, bytes: res.body().then((b) => (TEXT.test(type) ? gzipSync(b).length : b.length)) });
    });
    await page.goto(`http://localhost:${port}/recherche/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] > li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-search-results] > li').count();
    const all = await Promise.all(sizes.map(async (s) => ({ url: s.url, bytes: await s.bytes })));
    const isQuery = (url: string) => url.startsWith('/pagefind/') || url === '/recherche/recherche.js';
    const sum = (list: typeof all) => ({ bytes: list.reduce((t, s) => t + s.bytes, 0), requests: list.length });
    return { query, results, page: sum(all.filter((s) => !isQuery(s.url))), search: sum(all.filter((s) => isQuery(s.url))) };
  } finally {
    await browser.close();
    server.close();
  }
}
