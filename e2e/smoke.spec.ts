import { expect, test } from '@playwright/test';

test('the home page links to the seed post', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: /Rétrospective - les EIG2 font le bilan/ }).first().click();
  await expect(page).toHaveURL(/\/blog\/2018\/09\/24\/retrospective-defis-eig2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rétrospective');
});
