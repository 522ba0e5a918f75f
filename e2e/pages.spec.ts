import { expect, test } from '@playwright/test';
import { expectImagesLoaded, expectNoSeriousAxeViolations, PAGES, watchErrors } from './helpers';

for (const [name, url] of Object.entries(PAGES)) {
  test.describe(`${name} page (${url})`, () => {
    test('renders in French with one h1, loads every image, logs no error', async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
      await expectImagesLoaded(page);
      expect(errors).toEqual([]);
    });

    test('runs no framework JavaScript', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.push(req.url());
      });
      await page.goto(url);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(scripts).toEqual([]);
    });

    test('has no serious accessibility violation', async ({ page }) => {
      await page.goto(url);
      await expectNoSeriousAxeViolations(page);
    });

    test('does not scroll sideways on a 360 px phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('an unknown address answers 404 with the French page', async ({ page }) => {
  const response = await page.goto('nulle-part/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.getByRole('link', { name: 'Tous les articles' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the skip link leads to the content', async ({ page }) => {
  await page.goto(PAGES.post);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);
});
