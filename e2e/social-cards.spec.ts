import { imageSize } from 'image-size';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PAGES } from './helpers';

/**
 * Social cards (issue 12): every post is shared with a picture, its cover or a 1200 × 630 card
 * drawn at build time; the home, tag and author pages with a card of their own.
 */

const SITE = 'https://entrepreneur-interet-general.etalab.gouv.fr';

/** The og:image and twitter:image of a page, as site paths of out/. */
async function sharedImages(page: Page, url: string): Promise<{ og?: string; twitter?: string }> {
  await page.goto(url);
  const content = async (selector: string) => {
    const value = await page.locator(selector).first().getAttribute('content');
    return value?.startsWith(`${SITE}/`) ? value.slice(SITE.length) : undefined;
  };
  return { og: await content('meta[property="og:image"]'), twitter: await content('meta[name="twitter:image"]') };
}

async function expectCard(request: APIRequestContext, path: string) {
  const response = await request.get(path.slice(1));
  expect(response.status(), path).toBe(200);
  expect(imageSize(await response.body()), path).toMatchObject({ type: 'png', width: 1200, height: 630 });
}

test('every post is shared with its cover, or else with a 1200 × 630 card that exists', async ({ page, request }) => {
  await page.goto('sitemap.xml');
  const locs = await page.locator('loc').allTextContents();
  const posts = locs.map((loc) => new URL(loc).pathname).filter((path) => /^\/blog\/\d{4}\/\d{2}\/\d{2}\//.test(path));
  expect(posts.length).toBeGreaterThan(1);
  let cards = 0;
  for (const post of posts) {
    const { og, twitter } = await sharedImages(page, post.slice(1));
    expect(og, post).toBeDefined();
    expect(twitter, post).toBe(og);
    if (og!.startsWith('/img/cartes/')) {
      cards++;
      await expectCard(request, og!);
    } else {
      expect((await request.get(og!.slice(1))).status(), `${post}: ${og}`).toBe(200);
    }
  }
  // The seed post has a cover; the blog's own posts for authors have none.
  expect(cards).toBeGreaterThan(0);
});

for (const [name, url] of Object.entries({ home: PAGES.home, tag: PAGES.tag, author: PAGES.author })) {
  test(`the ${name} page (${url}) has a card of its own`, async ({ page, request }) => {
    const { og, twitter } = await sharedImages(page, url);
    expect(og).toMatch(/^\/img\/cartes\/.+\.png$/);
    expect(twitter).toBe(og);
    await expectCard(request, og!);
  });
}
