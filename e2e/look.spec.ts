import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, PAGES } from './helpers';

/**
 * The State's look and reading comfort (issue 12): the DSFR identity (Marianne, the mandatory
 * footer links, the current section marked), a measure of 60 to 80 characters, titles that fit a
 * phone, the dark theme, and no sideways scrolling on any page type at any width.
 */

const MANDATORY = [
  { name: 'Mentions légales', path: '/mentions-legales/' },
  { name: 'Données personnelles', path: '/donnees-personnelles/' },
  { name: 'Accessibilité : partiellement conforme', path: '/accessibilite/' },
];

test("the footer links to the three pages every public site must have, and they exist", async ({ page, request }) => {
  await page.goto(PAGES.home);
  const footer = page.getByRole('contentinfo');
  await expect(footer.locator('.fr-logo')).toContainText('République');
  for (const { name, path } of MANDATORY) {
    const link = footer.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', path);
    expect((await request.get(path.slice(1))).status(), path).toBe(200);
  }
  await page.goto('accessibilite/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Déclaration d'accessibilité");
  await expect(page.getByRole('main')).toContainText('partiellement conforme');
});

test('the header carries the "République française" block and the programme\'s name', async ({ page }) => {
  await page.goto(PAGES.post);
  const header = page.getByRole('banner');
  await expect(header.locator('p.fr-logo')).toHaveText(/République\s*Française/i);
  await expect(header.getByRole('link', { name: "Entrepreneurs d'intérêt général" })).toHaveAttribute('href', '/');
});

test('the header marks the current section with aria-current', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const current = () => nav.locator('[aria-current]');
  for (const [url, section, value] of [
    [PAGES.blog, 'Articles', 'page'],
    [PAGES.post, 'Articles', 'true'],
    [PAGES.tags, 'Thématiques', 'page'],
    [PAGES.tag, 'Thématiques', 'true'],
    [PAGES.authors, 'Auteurs', 'page'],
    [PAGES.author, 'Auteurs', 'true'],
    ['a-propos/', 'À propos', 'page'],
  ] as const) {
    await page.goto(url);
    await expect(current(), url).toHaveCount(1);
    await expect(current(), url).toHaveText(section);
    await expect(current(), url).toHaveAttribute('aria-current', value);
  }
  await page.goto(PAGES.home);
  await expect(current()).toHaveCount(0);
});

/** Characters on each full line of the paragraph (its last line left out), read from where the browser laid out each one. */
function lineLengths(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluate((p) => {
    const tops = new Map<number, number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        const top = Math.round(rect.top);
        tops.set(top, (tops.get(top) ?? 0) + 1);
      }
    }
    return [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count).slice(0, -1);
  });
}

test("at 1280 px a post's lines hold 60 to 80 characters", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGES.post);
  await page.evaluate(() => document.fonts.ready);
  // The longest paragraph of the body: several full lines to measure.
  const index = await page.locator('.prose > p').evaluateAll((ps) => {
    const lengths = ps.map((p) => p.textContent?.length ?? 0);
    return lengths.indexOf(Math.max(...lengths));
  });
  const lines = await lineLengths(page, `.prose > p >> nth=${index}`);
  expect(lines.length).toBeGreaterThanOrEqual(3);
  // The measure is the mean of full lines: one line is shorter when a long word moves to the next.
  const mean = lines.reduce((a, b) => a + b, 0) / lines.length;
  expect(mean, `characters per line: ${lines.join(', ')}`).toBeGreaterThanOrEqual(60);
  expect(mean, `characters per line: ${lines.join(', ')}`).toBeLessThanOrEqual(80);
  expect(Math.max(...lines), `characters per line: ${lines.join(', ')}`).toBeLessThanOrEqual(85);
});

test("on a 360 px phone the seed post's long title keeps to four lines", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGES.post);
  await page.evaluate(() => document.fonts.ready);
  const lines = await page.getByRole('heading', { level: 1 }).evaluate((h) => {
    const style = getComputedStyle(h);
    return Math.round(h.getBoundingClientRect().height / parseFloat(style.lineHeight));
  });
  expect(lines).toBeLessThanOrEqual(4);
});

test('Marianne is the font in use, self-hosted', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'font') fonts.push(`${res.status()} ${new URL(res.url()).origin === new URL(page.url() || res.url()).origin}`);
  });
  await page.goto(PAGES.post);
  const used = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.style}`);
    const family = getComputedStyle(document.body).fontFamily;
    return { loaded, family, check: document.fonts.check(`16px ${family.split(',')[0]}`) };
  });
  expect(used.family).toMatch(/^"?marianne/i);
  expect(used.check).toBe(true);
  expect(used.loaded).toEqual(expect.arrayContaining([expect.stringMatching(/^marianne 400 normal$/i), expect.stringMatching(/^marianne 700 normal$/i)]));
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((f) => f === '200 true')).toBe(true);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting: the background darkens', async ({ browser }) => {
    const background = async (scheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme: scheme });
      const p = await context.newPage();
      await p.goto(new URL(PAGES.post, test.info().project.use.baseURL).href);
      const color = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return color;
    };
    expect(await background('light')).toBe('rgb(255, 255, 255)');
    expect(await background('dark')).toBe('rgb(22, 22, 22)');
  });

  for (const [name, url] of Object.entries(PAGES)) {
    test(`${name} page (${url}) has no serious accessibility violation in the dark`, async ({ page }) => {
      await page.goto(url);
      await expectNoSeriousAxeViolations(page);
    });
  }
});

for (const width of [320, 360, 1280]) {
  test(`no page type scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const url of [...Object.values(PAGES), 'mentions-legales/', 'page-qui-n-existe-pas/']) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
}

test('posts, tags and authors show where they stand, with a way back to their listing', async ({ page }) => {
  for (const [url, parent, href] of [
    [PAGES.post, 'Articles', '/blog/'],
    [PAGES.tag, 'Thématiques', '/tag/'],
    [PAGES.author, 'Auteurs et autrices', '/auteur/'],
  ] as const) {
    await page.goto(url);
    const crumbs = page.getByRole('navigation', { name: "Fil d'Ariane" });
    await expect(crumbs.getByRole('link', { name: 'Accueil' })).toHaveAttribute('href', '/');
    await expect(crumbs.getByRole('link', { name: parent })).toHaveAttribute('href', href);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(await page.getByRole('heading', { level: 1 }).innerText().then((t) => t.replace(/^Thématique\s«\s(.*)\s»$/, '$1')));
  }
});

test('a list of one page shows no pagination and no "page 1 of 1"', async ({ page }) => {
  for (const url of [PAGES.blog, PAGES.tag, PAGES.author]) {
    await page.goto(url);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText(/page 1 sur 1/i);
  }
});

test('Markdown captions and <Figure> captions look the same', async ({ page }) => {
  await page.goto(PAGES.mdxPost);
  const styles = await page.locator('.prose figcaption').evaluateAll((captions) =>
    captions.map((c) => {
      const s = getComputedStyle(c);
      return [s.fontSize, s.fontStyle, s.color, s.textAlign, s.marginTop].join(' ');
    }),
  );
  expect(styles.length).toBeGreaterThanOrEqual(2);
  expect(new Set(styles).size).toBe(1);
});

test('cards of a row align: a card without a picture keeps the frame of one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGES.blog);
  const frames = await page.locator('main article').evaluateAll((cards) =>
    cards.map((c) => ({ top: Math.round(c.getBoundingClientRect().top), height: Math.round(c.getBoundingClientRect().height), frame: Math.round(c.firstElementChild!.getBoundingClientRect().height) })),
  );
  expect(new Set(frames.map((f) => f.frame)).size).toBe(1);
  for (const { top } of frames) {
    const row = frames.filter((f) => f.top === top);
    expect(new Set(row.map((f) => f.height)).size, `cards at ${top} px`).toBe(1);
  }
});

test("an old address's redirect page is sized for a phone and styled as the site", async ({ request }) => {
  const html = await (await request.get('blog/2018/09/24/retrospective-defis-eig2.html')).text();
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  const stylesheet = /<link rel="stylesheet" href="\/([^"]+\.css)">/.exec(html)?.[1];
  expect(stylesheet).toBeDefined();
  expect((await request.get(stylesheet!)).status()).toBe(200);
  expect(html).toContain('<p class="fr-logo">');
});

test('French punctuation holds to its word: narrow no-break spaces in titles and bodies', async ({ page }) => {
  await page.goto(PAGES.tag);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thématique «\u202févaluation\u202f»');
  await page.goto('blog/2026/11/02/ecrire-un-article/');
  expect(await page.locator('.prose').first().textContent()).toContain('fichier donne la date et l\'adresse de l\'article\u202f:');
  expect(await page.locator('.prose pre').first().textContent()).not.toContain('\u202f');
});

test.describe('code blocks', () => {
  const CODE_POST = 'blog/2026/11/02/ecrire-un-article/';
  test.use({ viewport: { width: 360, height: 800 } });

  for (const scheme of ['light', 'dark'] as const) {
    test(`are highlighted at build time, with classes only, in the ${scheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL(CODE_POST, test.info().project.use.baseURL).href);
      const block = page.locator('.prose pre:has(code.language-yaml)').first();
      const colours = await block.evaluate((pre) => ({
        text: getComputedStyle(pre).color,
        background: getComputedStyle(pre).backgroundColor,
        keyword: getComputedStyle(pre.querySelector('.hl-keyword')!).color,
        string: getComputedStyle(pre.querySelector('.hl-string-expression')!).color,
        styled: document.querySelectorAll('.prose [style]').length,
      }));
      await context.close();
      expect(colours.styled).toBe(0);
      expect(new Set([colours.text, colours.keyword, colours.string]).size).toBe(3);
      expect(colours.background).toBe(scheme === 'light' ? 'rgb(246, 246, 246)' : 'rgb(30, 30, 30)');
    });
  }

  test('wider than a phone scroll sideways, inside the block, from the keyboard too', async ({ page }) => {
    await page.goto(CODE_POST);
    const block = page.locator('.prose pre:has(code.language-yaml)').first();
    const box = () => block.evaluate((pre) => ({ scroll: pre.scrollWidth, client: pre.clientWidth, left: pre.scrollLeft, overflow: getComputedStyle(pre).overflowX }));
    const before = await box();
    expect(before.scroll).toBeGreaterThan(before.client);
    expect(before.overflow).toBe('auto');
    await block.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await box()).left).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
