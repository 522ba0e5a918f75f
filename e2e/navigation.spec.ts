import { expect, test } from '@playwright/test';
import { PAGES } from './helpers';

test('a reader goes from the home page to a post, a tag and an author by clicking', async ({ page }) => {
  await page.goto(PAGES.home);
  await page.getByRole('link', { name: /Rétrospective - les EIG2/ }).first().click();
  await expect(page).toHaveURL(/\/blog\/2018\/09\/24\/retrospective-defis-eig2\/$/);

  await page.locator('article header').getByRole('link', { name: 'évaluation' }).click();
  await expect(page).toHaveURL(/\/tag\/evaluation\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thématique « évaluation »');
  await expect(page.getByRole('article')).toHaveCount(1);

  await page.getByRole('link', { name: 'Mathilde Bras' }).first().click();
  await expect(page).toHaveURL(/\/auteur\/mathilde-bras\/$/);
  await expect(page.getByRole('img', { name: 'Photo de Mathilde Bras' })).toBeVisible();
  await expect(page.getByRole('link', { name: '@Mathilde_Bras sur X' })).toBeVisible();
});

test('the main navigation reaches every listing', async ({ page }) => {
  await page.goto(PAGES.home);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Thématiques' }).click();
  await expect(page).toHaveURL(/\/tag\/$/);
  await nav.getByRole('link', { name: 'Auteurs' }).click();
  await expect(page).toHaveURL(/\/auteur\/$/);
  await nav.getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(/\/blog\/$/);
  await expect(page.getByRole('article')).toHaveCount(4);
});

test('every internal link of the main pages answers 200', async ({ page, request, baseURL }) => {
  const seen = new Set<string>();
  for (const url of Object.values(PAGES)) {
    await page.goto(url);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const u = new URL(href);
      if (u.origin !== new URL(baseURL!).origin) continue;
      seen.add(u.origin + u.pathname);
    }
  }
  for (const href of seen) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
  }
  expect(seen.size).toBeGreaterThan(15);
});
