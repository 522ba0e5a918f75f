import { expect, test } from '@playwright/test';
import { PAGES } from './helpers';

test.describe('the seed post', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PAGES.post);
  });

  test('shows its date in French, byline, reading time and tags', async ({ page }) => {
    const header = page.locator('article header');
    await expect(header.locator('time')).toHaveText('24 septembre 2018');
    await expect(header.locator('time')).toHaveAttribute('datetime', '2018-09-24');
    await expect(header.getByRole('link', { name: 'Mathilde Bras' })).toHaveAttribute('href', '/auteur/mathilde-bras/');
    await expect(header.getByRole('link', { name: '@Mathilde_Bras' })).toHaveAttribute('href', 'https://twitter.com/Mathilde_Bras');
    await expect(header).toContainText('4 min de lecture');
    await expect(header.getByRole('link', { name: 'évaluation' })).toHaveAttribute('href', '/tag/evaluation/');
  });

  test('renders its two captioned images as figures', async ({ page }) => {
    const figures = page.locator('article figure');
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(0).locator('img')).toHaveAttribute('src', '/img/blog/win-fails-tableau.jpg');
    await expect(figures.nth(0).locator('figcaption')).toHaveText("Restitutions de l'atelier Rétrospective EIG2");
    await expect(figures.nth(1).locator('figcaption')).toContainText('1er jour du séminaire hors les murs');
  });

  test('offers share links that need no script', async ({ page }) => {
    const share = page.getByRole('region', { name: 'Partager cet article' });
    const hrefs = await share.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(4);
    expect(hrefs.join(' ')).toContain(encodeURIComponent('https://entrepreneur-interet-general.etalab.gouv.fr/blog/2018/09/24/retrospective-defis-eig2/'));
    expect(hrefs.some((h) => h.startsWith('mailto:'))).toBe(true);
  });

  test('links to the next post', async ({ page }) => {
    await page.getByRole('link', { name: /Article suivant/ }).click();
    await expect(page).toHaveURL(/\/blog\/2026\/11\/02\/ecrire-un-article\/$/);
  });
});

test('an MDX post renders its components', async ({ page }) => {
  await page.goto(PAGES.mdxPost);
  await expect(page.locator('article figure figcaption').filter({ hasText: 'Premier jour du séminaire hors les murs' })).toBeVisible();
  await expect(page.locator('article aside')).toContainText('À retenir');
  // A tag named in the text links to its page when it has one, and is plain text otherwise.
  const prose = page.locator('article .prose');
  await expect(prose.getByRole('link', { name: 'évaluation' })).toHaveAttribute('href', '/tag/evaluation/');
  await expect(prose.getByText('pérennisation', { exact: true })).toBeVisible();
  await expect(prose.getByRole('link', { name: 'pérennisation' })).toHaveCount(0);
  await expect(page.locator('article header').getByRole('link', { name: 'Etalab' })).toHaveAttribute('href', '/auteur/etalab/');
});

test('pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGES.home);
  await page.getByRole('link', { name: /Rétrospective - les EIG2/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rétrospective');
  await expect(page.locator('article figure')).toHaveCount(2);
  await page.getByRole('link', { name: 'accompagnement' }).first().click();
  await expect(page).toHaveURL(/\/tag\/accompagnement\/$/);
  await context.close();
});
