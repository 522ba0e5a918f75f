import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, watchErrors } from '../helpers';

/**
 * The fixture's English posts under the sub-path: en/2021-03-15-article-03.md translates the French
 * article 3 (one `lang-ref`), en/2021-12-01-english-only.md has no French version, and the other
 * French posts have no English one.
 */
const SITE = 'https://entrepreneur-interet-general.etalab.gouv.fr/sous-dossier';

test('the switch leads between the two versions and back, under the sub-path', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('blog/2021/03/15/article-03/');
  await page.getByRole('link', { name: 'Read this post in English' }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/en\/blog\/2021\/03\/15\/article-03\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test post number 3');
  const hreflang = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => `${el.getAttribute('hreflang')} ${el.getAttribute('href')}`));
  expect(hreflang.sort()).toEqual([`en ${SITE}/en/blog/2021/03/15/article-03/`, `fr ${SITE}/blog/2021/03/15/article-03/`]);
  await page.getByRole('link', { name: 'Lire cet article en français' }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/blog\/2021\/03\/15\/article-03\/$/);
  expect(errors).toEqual([]);
});

test('a post in one language only has no switch', async ({ page }) => {
  await page.goto('en/blog/2021/12/01/english-only/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A post in English only');
  await expect(page.locator('[data-language-switch]')).toHaveCount(0);
  await page.goto('blog/2021/01/15/article-01/');
  await expect(page.locator('[data-language-switch]')).toHaveCount(0);
});

test('the English blog lists the two English posts, every link under the sub-path', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('en/blog/');
  await expect(page.getByRole('article')).toHaveCount(2);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !h.startsWith('/sous-dossier/'))).toEqual([]);
  // The cards lead to English pages: the posts, their tags and their authors.
  const cards = await page.getByRole('article').locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(cards.filter((h) => !h.startsWith('/sous-dossier/en/'))).toEqual([]);
  await expectNoSeriousAxeViolations(page);
  expect(errors).toEqual([]);
});

test('the English feed holds the English posts only, with the sub-path; the old English address redirects', async ({ page, request }) => {
  const xml = await (await request.get('en/feed.xml')).text();
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => m[1]).sort();
  expect(links).toEqual([`${SITE}/en/blog/2021/03/15/article-03/`, `${SITE}/en/blog/2021/12/01/english-only/`]);
  await page.goto('en/blog/2021/03/15/article-03.html');
  await expect(page).toHaveURL(/\/sous-dossier\/en\/blog\/2021\/03\/15\/article-03\/$/);
});

test('a tag with posts in both languages has its page in each, tied by hreflang', async ({ page }) => {
  await page.goto('en/tag/partenariat/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic “partenariat”');
  await expect(page.getByRole('article')).toHaveCount(1);
  expect(await page.locator('head link[rel="alternate"][hreflang="fr"]').getAttribute('href')).toBe(`${SITE}/tag/partenariat/`);
});
