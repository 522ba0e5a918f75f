import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One page of each type of the real site (content/). */
export const PAGES = {
  home: './',
  blog: 'blog/',
  blogPage1: 'blog/page/1/',
  post: 'blog/2018/09/24/retrospective-defis-eig2/',
  mdxPost: 'blog/2026/11/09/images-legendes-et-videos/',
  tags: 'tag/',
  tag: 'tag/evaluation/',
  authors: 'auteur/',
  author: 'auteur/mathilde-bras/',
  staticPage: 'accessibilite/',
} as const;

/** Collects console errors and failed requests of a page, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // A load the browser cancels because the reader left the page (a click on the next link while
    // images still load) is no failure of the site; a missing file still shows as its HTTP status.
    const why = req.failure()?.errorText;
    if (why !== 'net::ERR_ABORTED') errors.push(`request failed (${why ?? 'unknown'}): ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && new URL(res.url()).hostname === 'localhost') errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}

/** Every image of the page has loaded, and every local one has its width and height. */
export async function expectImagesLoaded(page: Page) {
  const images = await page.locator('img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => {
      img.loading = 'eager';
      return { src: img.currentSrc || img.src, local: img.src.startsWith(location.origin), width: img.getAttribute('width'), height: img.getAttribute('height') };
    }),
  );
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 15_000 });
  const broken = await page.locator('img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((i) => i.naturalWidth === 0).map((i) => i.src));
  expect(broken).toEqual([]);
  for (const img of images.filter((i) => i.local)) {
    expect(img.width, `${img.src} has a width`).toMatch(/^\d+$/);
    expect(img.height, `${img.src} has a height`).toMatch(/^\d+$/);
  }
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
