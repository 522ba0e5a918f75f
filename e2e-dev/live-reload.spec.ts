import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEV_CONTENT_DIR } from '../playwright.dev.config';

const post = (name: string) => path.join(DEV_CONTENT_DIR, 'posts', name);
const FIRST = post('2021-01-15-article-01.md');
const SECOND = post('2021-02-15-article-02.md');

/** Rewrites a file as an editor saves it, and gives it back as it was after the test. */
function edit(file: string, change: (text: string) => string): () => void {
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, change(before));
  return () => writeFileSync(file, before);
}

/** Waits until the dev server has compiled the page and its live-reload poller is running. */
async function open(page: Page, url: string) {
  const polled = page.waitForResponse((r) => r.url().includes('/dev/content-version/'), { timeout: 120_000 });
  await page.goto(url, { timeout: 120_000 });
  await polled;
}

test('saving a post updates the open page, without a reload of the browser', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  // What the browser said and loaded, to tell why if the page was reloaded instead of updated.
  const events: string[] = [];
  page.on('console', (m) => events.push(`console ${m.type()}: ${m.text()}`));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) events.push(`navigated to ${f.url()}`);
  });
  await open(page, 'blog/2021/01/15/article-01/');
  // The preview shows the post's images from public/ (the build makes the responsive variants).
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  expect(failed).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article de test numéro 1');
  // A marker on the window proves the page was updated in place, not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  const saved = Date.now();
  const restore = edit(FIRST, (t) => t.replace('title: Article de test numéro 1', 'title: Titre modifié en direct'));
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre modifié en direct');
    test.info().annotations.push({ type: 'reload delay', description: `${Date.now() - saved} ms after saving` });
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker), events.join('\n')).toBe(1);
  } finally {
    restore();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article de test numéro 1');
});

/** The content-error banner (Next's route announcer is an alert too). */
const errorBanner = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /erreurs? de contenu/ }) });

test('a content error shows in the page with its file and fix, and the preview goes on', async ({ page }) => {
  await open(page, './');
  await expect(errorBanner(page)).toHaveCount(0);

  const restore = edit(SECOND, (t) => t.replace('tags: [', 'tags: [evalution, '));
  try {
    const alert = errorBanner(page);
    await expect(alert).toContainText('2021-02-15-article-02.md');
    await expect(alert).toContainText('[E027] tags[0] : « evalution » n’est pas une étiquette autorisée');
    await expect(alert).toContainText('vouliez-vous dire « évaluation » ?');
    // The broken post is left out; the eleven others (a draft and a scheduled post among them) are still previewable.
    await expect(page.getByRole('link', { name: 'Tous les articles (11)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Article de test numéro 10', exact: true })).toBeVisible();
  } finally {
    restore();
  }
  await expect(errorBanner(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tous les articles (12)' })).toBeVisible();
});

test('an MDX mistake shows in the page with its line, and the post appears once it is fixed', async ({ page }) => {
  const file = post('2021-12-01-encadre.mdx');
  const text = (callout: string) =>
    `---\ntitle: Un encadré en MDX\ndescription: Un article pour le test des erreurs MDX.\nauthor: Camille Martin\n---\n\nIntro.\n\n${callout}\n`;
  writeFileSync(file, text('<Callout title="À retenir">\nLe texte sans fin de balise.'));
  try {
    await open(page, './');
    const alert = errorBanner(page);
    // The <Callout> left open is on the file's line 9 (front matter included), in the message too.
    await expect(alert).toContainText('2021-12-01-encadre.mdx:9');
    await expect(alert).toContainText('[E030] erreur de syntaxe MDX : Expected a closing tag for `<Callout>` (9:1-');
    await expect(page.getByRole('link', { name: 'Tous les articles (12)' })).toBeVisible();

    writeFileSync(file, text('<Callout title="À retenir">\nLe texte.\n</Callout>'));
    await expect(errorBanner(page)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Tous les articles (13)' })).toBeVisible();
    await page.goto('blog/2021/12/01/encadre/', { timeout: 120_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un encadré en MDX');
    await expect(page.getByText('Le texte.')).toBeVisible();
  } finally {
    rmSync(file);
  }
});

test('drafts and scheduled posts appear in the preview, marked as such', async ({ page }) => {
  const draft = post('2021-11-01-brouillon-en-cours.md');
  const scheduled = post('2099-01-01-article-programme.md');
  const frontMatter = (title: string, extra: string) =>
    `---\ntitle: ${title}\ndescription: Un article pour le test de prévisualisation.\nauthor: Camille Martin\n${extra}---\n\nTexte.\n`;
  writeFileSync(draft, frontMatter('Un brouillon en cours', 'draft: true\n'));
  writeFileSync(scheduled, frontMatter('Une annonce programmée', ''));
  try {
    await open(page, 'blog/');
    const draftCard = page.getByRole('article').filter({ hasText: 'Un brouillon en cours' });
    await expect(draftCard).toContainText('Brouillon');
    const scheduledCard = page.getByRole('article').filter({ hasText: 'Une annonce programmée' });
    await expect(scheduledCard).toContainText('Programmé');
  } finally {
    rmSync(draft);
    rmSync(scheduled);
  }
  await expect(page.getByText('Un brouillon en cours')).toHaveCount(0);
});

/** Next's own error overlay (in a shadow root, which Playwright's locators pierce). */
const nextErrorOverlay = (page: Page) => page.locator('[data-nextjs-dialog], [data-nextjs-dialog-overlay]');

test('a post with an error shows the banner, open or reloaded, never Next’s overlay, and comes back once fixed', async ({ page }) => {
  await open(page, 'blog/2021/01/15/article-01/');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker);

  const restore = edit(FIRST, (t) => t.replace('tags: [', 'tags: [evalution, '));
  try {
    // Open: the page updates in place to the banner, at the post's own address.
    await expect(errorBanner(page)).toContainText('2021-01-15-article-01.md');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article non affiché');
    expect(await marker()).toBe(1);
    await expect(nextErrorOverlay(page)).toHaveCount(0);

    // Loaded afresh: the same banner, not Next's "missing param … generateStaticParams()".
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    await expect(errorBanner(page)).toContainText('2021-01-15-article-01.md');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article non affiché');
    await expect(page.getByText('generateStaticParams')).toHaveCount(0);
    await expect(nextErrorOverlay(page)).toHaveCount(0);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 2));
  } finally {
    restore();
  }
  // Fixed: the post is back in place, without a reload.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article de test numéro 1');
  await expect(errorBanner(page)).toHaveCount(0);
  expect(await marker()).toBe(2);
});

test('a post renamed while open says it is gone, never Next’s overlay, and its new address shows it', async ({ page }) => {
  await open(page, 'blog/2021/01/15/article-01/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article de test numéro 1');
  const renamed = post('2021-01-15-article-renomme.md');
  renameSync(FIRST, renamed);
  try {
    // In place: the page of a missing address, and so it stays (its retries ask the server again).
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await page.waitForTimeout(4_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(nextErrorOverlay(page)).toHaveCount(0);
    await expect(page.getByText('generateStaticParams')).toHaveCount(0);
    // Loaded afresh: the same page, with a 404.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(nextErrorOverlay(page)).toHaveCount(0);
    await page.goto('blog/2021/01/15/article-renomme/', { timeout: 120_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article de test numéro 1');
  } finally {
    renameSync(renamed, FIRST);
  }
});

test('the error banner fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const restore = edit(SECOND, (t) =>
    t.replace('tags: [', 'tags: [une-etiquette-tres-longue-sans-espace-qui-ne-tient-pas-sur-une-ligne-de-telephone, '),
  );
  try {
    await open(page, 'blog/2021/02/15/article-02/');
    const banner = errorBanner(page);
    await expect(banner).toContainText('2021-02-15-article-02.md');
    const box = await banner.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(360);
    // Nothing in the page is wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  } finally {
    restore();
  }
});

test('the search page says that search needs a build, and still lists the posts, draft and scheduled included', async ({ page }) => {
  await open(page, 'recherche/');
  await expect(page.getByText('la recherche n’a pas d’index : elle ne fonctionne que sur le site construit (npm run build puis npm start)')).toBeVisible();
  // The newest year is open: in the preview, the scheduled post's.
  await expect(page.getByRole('link', { name: 'Un article programmé de la série de test', exact: true })).toBeVisible();
  await page.getByText('2021 (11 articles)').click();
  await expect(page.getByRole('link', { name: 'Article de test numéro 10', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Un brouillon de la série de test', exact: true })).toBeVisible();
  // No script of the built site's search runs in the preview, which has no index for it.
  await expect(page.locator('script[data-site-script]')).toHaveCount(0);
});
