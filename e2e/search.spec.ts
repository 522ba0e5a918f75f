import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, PAGES, watchErrors } from './helpers';

/**
 * Search (issue 14) on the real content, served from out/ as a static host serves it: Pagefind's
 * index built after the export, the search page's script, the header's form and the 404's field.
 */
const SEED_TITLE = /^Rétrospective - les EIG2 font le bilan/;

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.getByRole('status');

test('a word found only in the body of a post finds it, from the address, with the word marked', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('recherche/?q=mentors');
  await expect(status(page)).toHaveText('1 article correspond à « mentors ».');
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Rechercher dans le blog' })).toHaveValue('mentors');
  await expect(results(page)).toHaveCount(1);
  const result = results(page).first();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE);
  await expect(result.getByRole('link')).toHaveAttribute('href', `/${PAGES.post}`);
  // Pagefind's mark takes the punctuation that sticks to the word.
  await expect(result.locator('mark')).toHaveText([/^mentors[,.;:]?$/]);
  await expect(result).toContainText('24 septembre 2018');
  await expect(result).toContainText('Par Mathilde Bras');
  await expect(result).toContainText('accompagnement');
  expect(errors).toEqual([]);
});

test('a word without its accents finds the accented text, ignoring case', async ({ page }) => {
  await page.goto('recherche/?q=EVALUATION');
  await expect(status(page)).toHaveText(/^\d+ articles? correspondent? à « EVALUATION »\.$/);
  await expect(results(page).first()).toBeVisible();
  const marked = await page.locator('[data-search-results] mark').allTextContents();
  expect(marked.filter((word) => /^évaluation/i.test(word)).length).toBeGreaterThan(0);
});

test('a title match ranks first', async ({ page }) => {
  // "thématiques" is in the title of one post and in the text of others.
  await page.goto('recherche/?q=thematiques');
  await expect(results(page).first().getByRole('heading')).toHaveText(/Thématiques/);
  expect(await results(page).count()).toBeGreaterThan(1);
});

test('a filter narrows the results, and goes into the address', async ({ page }) => {
  await page.goto('recherche/?q=evaluation');
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();
  await page.getByLabel('Thématique').selectOption('accompagnement');
  await expect(page).toHaveURL(/[?&]thematique=accompagnement(&|$)/);
  await expect(status(page)).toContainText('(filtres : accompagnement)');
  const narrowed = await results(page).count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const item of await results(page).all()) await expect(item.getByRole('listitem')).toContainText(['accompagnement']);
  // Back to the search without the filter.
  await page.goBack();
  await expect(page).toHaveURL(/\/recherche\/\?q=evaluation$/);
  await expect(results(page)).toHaveCount(all);
  await expect(page.getByLabel('Thématique')).toHaveValue('');
});

test("the header's field of any page leads to the search, and the back button returns to the previous search", async ({ page }) => {
  await page.goto(PAGES.tag);
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Rechercher dans le blog' }).first();
  await field.fill('mentors');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=mentors$/);
  await expect(results(page)).toHaveCount(1);
  const own = page.locator('#recherche-mots');
  await own.fill('evaluation');
  await own.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=evaluation$/);
  await expect(status(page)).toContainText('« evaluation »');
  await page.goBack();
  await expect(page).toHaveURL(/\/recherche\/\?q=mentors$/);
  await expect(own).toHaveValue('mentors');
  await expect(status(page)).toHaveText('1 article correspond à « mentors ».');
});

test('nothing found: a message, then tags and the latest posts to try', async ({ page }) => {
  await page.goto('recherche/?q=qwzxv');
  await expect(status(page)).toHaveText('Aucun article ne correspond à « qwzxv ».');
  await expect(results(page)).toHaveCount(0);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: /évaluation/ })).toHaveAttribute('href', '/tag/evaluation/');
  await expect(empty.getByRole('link', { name: SEED_TITLE })).toBeVisible();
});

test('the keyboard alone searches, filters and opens a result; axe finds nothing serious on the results', async ({ page }) => {
  await page.goto('recherche/');
  const field = page.locator('#recherche-mots');
  await field.focus();
  await page.keyboard.type('evaluation');
  await page.keyboard.press('Enter');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Tab'); // the button
  await page.keyboard.press('Tab'); // the first filter
  await expect(page.getByLabel('Thématique')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Auteur')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Année')).toBeFocused();
  await page.keyboard.press('Tab');
  const first = results(page).first().getByRole('link');
  await expect(first).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('without JavaScript the search page lists the tags, the authors and the posts by year', async ({ browser, request }) => {
  // Said in a <noscript>, which browsers show with JavaScript off; Playwright's switch leaves it unparsed, so it is read in the HTML.
  const html = await (await request.get('recherche/')).text();
  expect(html).toContain('<noscript><p class="mb-6 max-w-3xl border-l-4 border-action bg-alt-blue p-4">La recherche dans le texte des articles demande JavaScript');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('recherche/?q=mentors');
  await expect(results(page)).toHaveCount(0);
  const browse = page.getByRole('region', { name: 'Parcourir le blog' });
  await expect(browse.getByRole('link', { name: /accompagnement/ })).toHaveAttribute('href', '/tag/accompagnement/');
  await expect(browse.getByRole('link', { name: 'Mathilde Bras' })).toHaveAttribute('href', '/auteur/mathilde-bras/');
  await expect(browse.getByText(/^2018 \(1 article\)$/)).toBeVisible();
  await browse.getByText(/^2018 \(1 article\)$/).click();
  await expect(browse.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', `/${PAGES.post}`);
  // The filters need the script: hidden without it.
  await expect(page.getByLabel('Thématique')).toBeHidden();
  // axe runs as a script in the page: it cannot run here; it checks the same lists in the keyboard test.
  await context.close();
});

test("the 404 offers the search, filled with the words of the missing address", async ({ page }) => {
  const errors = watchErrors(page).filter((e) => !e.includes('HTTP 404'));
  await page.goto('blog/2018/09/24/retrospective-defis.html');
  const field = page.getByRole('searchbox', { name: 'Chercher un article' });
  await expect(field).toHaveValue('retrospective defis');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=retrospective\+defis$/);
  await expect(results(page).first().getByRole('heading')).toHaveText(SEED_TITLE);
  expect(errors).toEqual([]);
});

test('only the search page and the 404 load a script: every other page stays free of JavaScript', async ({ page, request }) => {
  const scriptsOf = async (url: string) => {
    const html = await (await request.get(url)).text();
    return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
  };
  for (const url of Object.values(PAGES)) expect(await scriptsOf(url), url).toEqual([]);
  expect(await scriptsOf('recherche/')).toEqual(['<script type="module" src="/recherche/recherche.js" data-site-script="">']);
  expect(await scriptsOf('404.html')).toEqual(['<script type="module" src="/recherche/adresse.js" data-site-script="">']);
  // And what the search page loads is the site's own: its script, Pagefind's, its index.
  const loaded: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script' || req.resourceType() === 'fetch') loaded.push(new URL(req.url()).pathname);
  });
  await page.goto('recherche/?q=mentors');
  await expect(results(page)).toHaveCount(1);
  expect(loaded.filter((p) => !p.startsWith('/pagefind/') && p !== '/recherche/recherche.js')).toEqual([]);
});
