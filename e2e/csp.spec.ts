import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy } from '../lib/publish/csp';
import { PAGES } from './helpers';

/**
 * Every page of out/ carries the Content-Security-Policy of lib/publish/csp as a <meta>, and
 * nothing a page needs is refused by it: the browser reports no violation, whether as a console
 * message or as a `securitypolicyviolation` event.
 */

/** Violations the page reports, both ways, across the navigations of the page (a redirect's refresh). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.text().includes('Content Security Policy')) violations.push(`console: ${msg.text()}`);
  });
  // The listener is installed by Playwright, which the policy does not govern, and reports to the test through a binding.
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} in ${e.documentURI}`);
    });
  });
  return violations;
}

const policyOf = (page: Page) => page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

const REDIRECT = 'blog/2018/09/24/retrospective-defis-eig2.html';

for (const [name, url] of [
  ['a post', PAGES.post],
  ['a post in MDX, with a video', PAGES.mdxPost],
  ['a list page', PAGES.blog],
  ['an author page', PAGES.author],
  ['the authors page', PAGES.authors],
] as const) {
  test(`${name} carries the policy and breaks none of it`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    expect(await policyOf(page)).toBe(contentSecurityPolicy());
    await expect(page.locator('[style]')).toHaveCount(0);
    await expect(page.locator('style')).toHaveCount(0);
    // Lazy images and frames load only when scrolled to: bring each into view before judging.
    await page.locator('img, iframe').evaluateAll((els) => els.forEach((el) => el.scrollIntoView()));
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test("the search page carries its own policy, and a search, its WebAssembly and its index fetches break none of it", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('recherche/?q=evaluation');
  expect(await policyOf(page)).toBe(contentSecurityPolicy(undefined, 'search'));
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await page.getByLabel('Thématique').selectOption('accompagnement');
  await expect(page.getByRole('status')).toContainText('(filtres : accompagnement)');
  await expect(page.locator('[style]')).toHaveCount(0);
  await expect(page.locator('style')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test("the 404 carries its policy, which runs the site's script and nothing else, and breaks none of it", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('evaluation-perdue/');
  expect(await policyOf(page)).toBe(contentSecurityPolicy(undefined, 'notFound'));
  await expect(page.getByRole('searchbox', { name: 'Chercher un article' })).toHaveValue('evaluation perdue');
  await expect(page.locator('[style]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('a redirect page carries the policy, and the page it leads to breaks none of it', async ({ page, request }) => {
  const html = await (await request.get(REDIRECT)).text();
  expect(html).toMatch(/^<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  expect(html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1]).toBe(contentSecurityPolicy());
  const violations = await watchViolations(page);
  await page.goto(REDIRECT);
  await expect(page).toHaveURL(/\/blog\/2018\/09\/24\/retrospective-defis-eig2\/$/);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('the policy is in force: a script added to a page does not run, and is reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(PAGES.post);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.ran = "yes"';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return document.documentElement.dataset.ran ?? 'no';
  });
  expect(ran).toBe('no');
  await expect.poll(() => violations.filter((v) => v.startsWith('event: script-src')).length).toBe(1);
  await expect.poll(() => violations.filter((v) => v.startsWith('event: style-src')).length).toBe(1);
});
