import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './helpers';

const SITE = 'https://entrepreneur-interet-general.etalab.gouv.fr';
const SEED = `${SITE}/blog/2018/09/24/retrospective-defis-eig2/`;

/** Parses XML with the browser's own parser and returns the values of the elements asked for. */
async function parseXml(page: Page, xml: string, selector: string): Promise<{ error: string | null; values: string[] }> {
  return page.evaluate(
    ([text, sel]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const values = [...doc.querySelectorAll(sel)].map((n) => n.getAttribute('href') ?? n.textContent ?? '');
      return { error, values };
    },
    [xml, selector] as const,
  );
}

test.describe('feeds', () => {
  test('RSS at the old address lists the posts with absolute links and full content', async ({ page, request }) => {
    const res = await request.get('feed.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    const links = await parseXml(page, xml, 'channel > item > link');
    expect(links.error).toBeNull();
    expect(links.values).toContain(SEED);
    const content = await parseXml(page, xml, 'channel > item > encoded');
    const seedContent = content.values.find((c) => c.includes('Rapport d'));
    expect(seedContent).toContain(`src="${SITE}/img/blog/win-fails-tableau.jpg"`);
    expect(seedContent).not.toMatch(/(src|href)="\//);
    const categories = await parseXml(page, xml, 'channel > item > category');
    expect(categories.values).toContain('évaluation');
  });

  test('Atom and JSON Feed 1.1 list the same posts', async ({ page, request }) => {
    const atom = await parseXml(page, await (await request.get('atom.xml')).text(), 'feed > entry > link');
    expect(atom.error).toBeNull();
    expect(atom.values).toContain(SEED);
    const json = (await (await request.get('feed.json')).json()) as { version: string; items: { url: string; content_html: string; authors: { name: string }[] }[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const seed = json.items.find((i) => i.url === SEED);
    expect(seed?.authors[0]?.name).toBe('Mathilde Bras');
    expect(seed?.content_html).toContain('<figure>');
  });

  test('a tag has its own feed, and every page announces the feeds', async ({ page, request }) => {
    const tagFeed = await parseXml(page, await (await request.get('tag/evaluation/feed.xml')).text(), 'channel > item > link');
    expect(tagFeed.error).toBeNull();
    expect(tagFeed.values).toEqual([SEED]);
    for (const url of Object.values(PAGES)) {
      await page.goto(url);
      const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]');
      await expect(rss.last()).toHaveAttribute('href', `${SITE}/feed.xml`);
    }
    // A tag page announces its own feed first, and links to it.
    await page.goto(PAGES.tag);
    const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(rss).toHaveCount(2);
    await expect(rss.first()).toHaveAttribute('href', `${SITE}/tag/evaluation/feed.xml`);
    const link = page.getByRole('link', { name: 'Suivre cette thématique (flux RSS)' });
    expect((await request.get(new URL((await link.getAttribute('href'))!, page.url()).href)).ok()).toBe(true);
  });

  test('every page links to the feeds in its footer', async ({ page, request }) => {
    await page.goto(PAGES.home);
    const footer = page.getByRole('contentinfo');
    for (const name of ['Flux RSS', 'Atom', 'JSON Feed']) {
      const href = await footer.getByRole('link', { name, exact: true }).getAttribute('href');
      const response = await request.get(new URL(href!, page.url()).href);
      expect(response.ok(), name).toBe(true);
    }
  });
});

test('the sitemap lists every page with its date, and robots.txt names it', async ({ page, request }) => {
  const xml = await (await request.get('sitemap.xml')).text();
  const locs = await parseXml(page, xml, 'url > loc');
  expect(locs.error).toBeNull();
  expect(locs.values).toEqual(expect.arrayContaining([`${SITE}/`, `${SITE}/blog/`, SEED, `${SITE}/tag/evaluation/`, `${SITE}/auteur/mathilde-bras/`]));
  const lastmods = await parseXml(page, xml, 'url > lastmod');
  expect(lastmods.values).toContain('2018-09-24');
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('a post carries absolute metadata for search engines and shared links', async ({ page }) => {
  await page.goto(PAGES.post);
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', SEED);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:image"]')).toBe(`${SITE}/img/blog/win-fails-tableau.jpg`);
  expect(await meta('meta[property="og:locale"]')).toBe('fr_FR');
  expect(await meta('meta[property="article:published_time"]')).toBe('2018-09-24T00:00:00.000Z');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  expect(await meta('meta[name="twitter:site"]')).toBe('@etalab');
  expect(await meta('meta[name="twitter:creator"]')).toBe('@Mathilde_Bras');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(ld).toMatchObject({ '@type': 'BlogPosting', url: SEED, datePublished: '2018-09-24T00:00:00.000Z' });
});

test.describe('old links', () => {
  test('the Jekyll address of the seed post leads to it', async ({ page }) => {
    await page.goto('blog/2018/09/24/retrospective-defis-eig2.html');
    await expect(page).toHaveURL(/\/blog\/2018\/09\/24\/retrospective-defis-eig2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rétrospective');
  });

  test('an address of the site-level redirects file leads to its page', async ({ page }) => {
    await page.goto('posts/2018/09/24/retrospective-defis-eig2/');
    await expect(page).toHaveURL(/\/blog\/2018\/09\/24\/retrospective-defis-eig2\/$/);
  });

  test('_redirects lists them as 301s', async ({ request }) => {
    const text = await (await request.get('_redirects')).text();
    expect(text).toContain('/blog/2018/09/24/retrospective-defis-eig2.html /blog/2018/09/24/retrospective-defis-eig2/ 301');
    expect(text).toContain('/posts/2018/09/24/retrospective-defis-eig2/ /blog/2018/09/24/retrospective-defis-eig2/ 301');
  });
});
