import { expect, test } from '@playwright/test';
import { expectImagesLoaded, expectNoSeriousAxeViolations, watchErrors } from '../helpers';

/**
 * The fixture site (e2e/fixtures/content: 10 posts) built with BASE_PATH=/sous-dossier and
 * served only under that sub-path, as GitHub Pages serves a project site.
 */
const SITE = 'https://entrepreneur-interet-general.etalab.gouv.fr/sous-dossier';

test('every page, asset and link stays under the sub-path', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The stylesheet loaded: the header is laid out as a flex row.
  expect(await page.locator('header > div').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(hrefs.filter((h) => !h.startsWith('/sous-dossier/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a reader pages through the blog and opens a post by clicking', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('blog/');
  await expect(page.getByRole('article')).toHaveCount(8);
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Suivante →' }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/blog\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles, page 2');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.locator('[aria-current="page"]')).toHaveText('Page 2');
  await page.getByRole('link', { name: 'Article de test numéro 1', exact: true }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/blog\/2021\/01\/15\/article-01\/$/);
  await expectImagesLoaded(page);
  await page.getByRole('link', { name: 'un lien vers la thématique' }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/tag\/evaluation\/$/);
  expect(errors).toEqual([]);
  await expectNoSeriousAxeViolations(page);
});

test("an author's posts are paginated like the blog", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('auteur/camille-martin/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('10 articles, page 1 sur 2');
  await expect(page.getByRole('article')).toHaveCount(8);
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/auteur\/camille-martin\/page\/2\/$/);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Article de test numéro 1', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: '← Précédente' }).click();
  await expect(page).toHaveURL(/\/sous-dossier\/auteur\/camille-martin\/$/);
  expect(errors).toEqual([]);
  await expectNoSeriousAxeViolations(page);
});

test('feeds, sitemap and redirects carry the sub-path', async ({ page, request }) => {
  const rss = await (await request.get('feed.xml')).text();
  expect(rss).toContain(`<link>${SITE}/blog/2021/10/15/article-10/</link>`);
  expect(rss).toContain(`src="${SITE}/img/blog/team-building.jpg"`);
  expect(await (await request.get('sitemap.xml')).text()).toContain(`<loc>${SITE}/blog/page/2/</loc>`);
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(await (await request.get('_redirects')).text()).toContain('/sous-dossier/blog/2021/01/15/article-01.html /sous-dossier/blog/2021/01/15/article-01/ 301');
  await page.goto('blog/2021/01/15/article-01.html');
  await expect(page).toHaveURL(/\/sous-dossier\/blog\/2021\/01\/15\/article-01\/$/);
  await page.goto('posts/2021/01/15/article-01/');
  await expect(page).toHaveURL(/\/sous-dossier\/blog\/2021\/01\/15\/article-01\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/blog/2021/01/15/article-01/`);
});

test('search works under the sub-path: the index, the script, the results and their links', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Rechercher dans le blog' }).first();
  await field.fill('developpeurs');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/sous-dossier\/recherche\/\?q=developpeurs$/);
  // An unaccented word finds « développeurs », in the body of one post alone.
  await expect(page.getByRole('status')).toHaveText('1 article correspond à « developpeurs ».');
  const result = page.locator('[data-search-results] > li');
  await expect(result.locator('mark')).toHaveText([/^développeurs[,.;:]?$/]);
  await expect(result.getByRole('link')).toHaveAttribute('href', '/sous-dossier/blog/2021/03/15/article-03/');
  await result.getByRole('link').click();
  await expect(page).toHaveURL(/\/sous-dossier\/blog\/2021\/03\/15\/article-03\/$/);
  expect(errors).toEqual([]);
});

test("a draft's words and a scheduled post's find nothing; a published post's words do", async ({ page }) => {
  for (const word of ['zygomorphe', 'xylographie', 'brouillon', 'programmé']) {
    await page.goto(`recherche/?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('status')).toHaveText(`Aucun article ne correspond à « ${word} ».`);
  }
  await page.goto('recherche/?q=usagers');
  await expect(page.getByRole('status')).toHaveText('1 article correspond à « usagers ».');
});

test('the 404 under the sub-path fills its field with the words of the address, without the sub-path', async ({ page }) => {
  await page.goto('blog/article-perdu/');
  await expect(page.getByRole('searchbox', { name: 'Chercher un article' })).toHaveValue('article perdu');
});
