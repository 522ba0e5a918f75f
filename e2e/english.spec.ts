import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, watchErrors } from './helpers';

/**
 * The English pages of the real site (content/): content/posts/en/2026-11-02-writing-a-post.md is
 * the translation of the French 2026-11-02-ecrire-un-article.md (one `lang-ref`); the other French
 * posts have no English version.
 */
const SITE = 'https://entrepreneur-interet-general.etalab.gouv.fr';
const FR_POST = 'blog/2026/11/02/ecrire-un-article/';
const EN_POST = 'en/blog/2026/11/02/writing-a-post/';

/** One English page of each type. */
const ENGLISH_PAGES = {
  home: 'en/',
  blog: 'en/blog/',
  post: EN_POST,
  tags: 'en/tag/',
  tag: 'en/tag/methode/',
  authors: 'en/auteur/',
  author: 'en/auteur/equipe-eig/',
  search: 'en/recherche/',
} as const;

/**
 * Words of the French interface, none of which may remain on an English page (outside what is
 * marked as French: the « République française » block, the programme's name, the link to the
 * French version of a post).
 */
const FRENCH_WORDS = [
  'Accueil',
  'Articles',
  'Article précédent',
  'Article suivant',
  'Thématiques?',
  'Auteurs',
  'autrices',
  'Lire',
  'Partager',
  'Précédente',
  'Suivante',
  'Rechercher',
  'Chercher',
  'Tous les articles',
  'min de lecture',
  'Par',
  'Aller au contenu',
  "Fil d'Ariane",
  'Navigation principale',
  'Mentions légales',
  'Données personnelles',
  'Accessibilité',
  'À propos',
  'Flux RSS',
  'Suivre',
  'Sauf mention contraire',
  'Derniers articles',
  'Brouillon',
  'Programmé',
  'Page introuvable',
  'sur X',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
];

/** The page's interface text: what is shown and what assistive technologies read, without what is marked as another language. */
async function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('[lang]:not([lang="en"]), script, style, noscript')) el.remove();
    const attributes = [...body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, body.textContent ?? '', ...attributes].join('\n');
  });
}

/** `hreflang` → absolute address, from the page's `<link rel="alternate">`. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? '']));
  return Object.fromEntries(links);
}

test('the language switch leads from a French post to its English version and back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(FR_POST);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: 'Read this post in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/${EN_POST}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Writing a post for the blog, step by step');
  await page.getByRole('link', { name: 'Lire cet article en français' }).click();
  await expect(page).toHaveURL(new RegExp(`/${FR_POST}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Écrire un article');
  expect(errors).toEqual([]);
});

test('every page leads to the other language’s home from its header', async ({ page }) => {
  await page.goto('tag/');
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const french = page.getByRole('banner').getByRole('link', { name: 'Français' });
  await expect(french).toHaveAttribute('lang', 'fr');
  await french.click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a French post with no English version has no switch, and no hreflang', async ({ page }) => {
  await page.goto('blog/2018/09/24/retrospective-defis-eig2/');
  await expect(page.locator('[data-language-switch]')).toHaveCount(0);
  expect(await alternates(page)).toEqual({});
});

test('hreflang pairs are symmetric, with Open Graph locales to match', async ({ page }) => {
  const pairs: [string, string][] = [
    [FR_POST, EN_POST],
    ['./', 'en/'],
    ['blog/', 'en/blog/'],
    ['tag/methode/', 'en/tag/methode/'],
    ['auteur/equipe-eig/', 'en/auteur/equipe-eig/'],
  ];
  for (const [fr, en] of pairs) {
    const expected = { fr: `${SITE}/${fr.replace(/^\.\//, '')}`, en: `${SITE}/${en}` };
    await page.goto(fr);
    expect(await alternates(page), fr).toEqual(expected);
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('fr_FR');
    expect(await page.locator('meta[property="og:locale:alternate"]').getAttribute('content')).toBe('en_GB');
    await page.goto(en);
    expect(await alternates(page), en).toEqual(expected);
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_GB');
    expect(await page.locator('meta[property="og:locale:alternate"]').getAttribute('content')).toBe('fr_FR');
  }
});

test('the English blog lists the English posts only, and the French one the French posts only', async ({ page }) => {
  await page.goto('en/blog/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article').getByRole('heading')).toHaveText('Writing a post for the blog, step by step');
  await page.goto('blog/');
  await expect(page.getByRole('link', { name: /Writing a post/ })).toHaveCount(0);
});

for (const [name, path] of Object.entries(ENGLISH_PAGES)) {
  test.describe(`English ${name} page (${path})`, () => {
    test('is in English, with no French interface word, and no error', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const text = await englishText(page);
      const found = FRENCH_WORDS.filter((w) => new RegExp(`(^|[^\\p{L}])(${w})(?![\\p{L}])`, 'u').test(text));
      expect(found, text).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('has no serious accessibility violation', async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
    });
  });
}

test('an English post reads its date in English, without French spacing', async ({ page }) => {
  await page.goto(EN_POST);
  await expect(page.locator('header time').first()).toHaveText('2 November 2026');
  await expect(page.getByText('min read')).toBeVisible();
  // French typography puts a narrow no-break space before a colon; English does not.
  expect(await page.locator('.prose').textContent()).not.toContain('\u202f:');
  expect(await page.locator('.prose').textContent()).toContain('Note: a');
});

test('the English feed holds only the English posts, the French feed none of them', async ({ request }) => {
  const en = await (await request.get('en/feed.xml')).text();
  const enLinks = [...en.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => m[1]);
  expect(enLinks).toEqual([`${SITE}/${EN_POST}`]);
  expect(en).toContain('<language>en</language>');
  const fr = await (await request.get('feed.xml')).text();
  expect(fr).not.toContain(`${SITE}/en/`);
  const json = (await (await request.get('en/feed.json')).json()) as { language: string; items: { url: string }[] };
  expect(json.language).toBe('en');
  expect(json.items.map((i) => i.url)).toEqual([`${SITE}/${EN_POST}`]);
});

test('the old English address of a post leads to it', async ({ page, request }) => {
  await page.goto('en/blog/2026/11/02/writing-a-post.html');
  await expect(page).toHaveURL(new RegExp(`/${EN_POST}$`));
  expect(await (await request.get('_redirects')).text()).toContain(`/en/blog/2026/11/02/writing-a-post.html /${EN_POST} 301`);
});

test('the sitemap lists each version of a translated page with its alternates', async ({ request }) => {
  const xml = await (await request.get('sitemap.xml')).text();
  const entry = xml.split('<url>').find((u) => u.includes(`<loc>${SITE}/${EN_POST}</loc>`)) ?? '';
  expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${SITE}/${FR_POST}"/>`);
  expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/${EN_POST}"/>`);
});

test('the English search page searches the English posts, and says so in English', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('en/recherche/?q=translation');
  const results = page.locator('[data-search-results] > li');
  await expect(results).toHaveCount(1);
  await expect(results.first().getByRole('heading')).toHaveText('Writing a post for the blog, step by step');
  await expect(page.locator('[data-search-status]')).toHaveText('1 post matches “translation”.');
  // A word of the French posts only finds nothing here.
  await page.goto('en/recherche/?q=rétrospective');
  await expect(page.locator('[data-search-status]')).toHaveText('No post matches “rétrospective”.');
  expect(errors).toEqual([]);
});

test('a missing English address gets the 404, with its words in English too', async ({ page }) => {
  const response = await page.goto('en/blog/2026/11/02/absent/');
  expect(response?.status()).toBe(404);
  const english = page.locator('section[lang="en"]');
  await expect(english.getByRole('heading', { level: 2 })).toHaveText('Page not found');
  await english.getByRole('link', { name: 'All posts' }).click();
  await expect(page).toHaveURL(/\/en\/blog\/$/);
});
