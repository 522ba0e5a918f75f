import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { loadContent } from '../lib/content';
import { parseFrontMatter } from '../lib/content/front-matter';
import { errorsOf } from '../lib/problems';
import { importInto, writeSiteFile } from './import-into';

/**
 * A small Jekyll site shaped as the old EIG site is (its _config.yml's permalink and its `en`
 * defaults, an English post in en/_posts/ with `permalink: /en/blog/…` and a `lang-ref` shared
 * with its French original, under the same file name), written here rather than copied.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'import-languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONFIG = `title: Un site
url: "https://example.gouv.fr"
permalink: /blog/:year/:month/:day/:title.html
defaults:
  -
    scope:
      path: ""
    values:
      locale: "fr"
  -
    scope:
      path: "en"
    values:
      locale: "en"
`;

const post = (title: string, front: string, body: string) => `---\ntitle: ${title}\ndescription: ${title}.\nauthor: Camille Martin\n${front}\n---\n${body}\n`;

function importSite() {
  const site = mkdtempSync(path.join(dir, 'site-'));
  const files: Record<string, string> = {
    '_config.yml': CONFIG,
    '_posts/18-05-23-facteurs-de-reussite.md': post('Les facteurs de réussite', 'lang-ref: facteurs-reussite', 'Un texte en français.'),
    '_posts/18-06-01-seulement-en-francais.md': post('Seulement en français', '', 'Rien en anglais.'),
    'en/_posts/18-05-23-facteurs-de-reussite.md': post(
      'The key factors of success',
      'permalink: /en/blog/:year/:month/:day/:title.html\nlang-ref: facteurs-reussite',
      'An English text: with a colon.',
    ),
    'en/_posts/18-07-01-english-only.md': post('Only in English', 'permalink: /en/blog/:year/:month/:day/:title.html', 'No French version.'),
  };
  for (const [rel, text] of Object.entries(files)) writeSiteFile(site, rel, text);
  const target = mkdtempSync(path.join(dir, 'out-'));
  const report = importInto(site, target, { root: ROOT });
  const options = { root: target, contentDir: path.join(target, 'content'), publicDir: path.join(target, 'public'), now: new Date('2026-01-01T00:00:00Z') };
  return { report, site, target, options };
}

describe('importing the posts of <lang>/_posts/', () => {
  const { report, site, target, options } = importSite();
  const front = (rel: string) => {
    const parsed = parseFrontMatter(readFileSync(path.join(target, 'content/posts', rel), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.file.data;
  };

  it('writes en/_posts/ into content/posts/en/, beside their French originals of the same name', () => {
    expect(report.skipped).toEqual([]);
    expect(report.imported.posts).toBe(4);
    expect(existsSync(path.join(target, 'content/posts/18-05-23-facteurs-de-reussite.md'))).toBe(true);
    expect(existsSync(path.join(target, 'content/posts/en/18-05-23-facteurs-de-reussite.md'))).toBe(true);
    expect(front('en/18-05-23-facteurs-de-reussite.md')).toMatchObject({ 'lang-ref': 'facteurs-reussite', title: 'The key factors of success' });
  });

  it('keeps their old addresses: /en/blog/…html is the Jekyll address of an English post, no redirect_from needed', () => {
    expect(front('en/18-05-23-facteurs-de-reussite.md').redirect_from).toBeUndefined();
    const content = loadContent(options);
    const english = content.published.find((p) => p.file.endsWith('en/18-05-23-facteurs-de-reussite.md'))!;
    expect(english).toMatchObject({ lang: 'en', path: '/en/blog/2018/05/23/facteurs-de-reussite/' });
    expect(content.redirects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: '/en/blog/2018/05/23/facteurs-de-reussite.html', to: '/en/blog/2018/05/23/facteurs-de-reussite/' }),
        expect.objectContaining({ from: '/blog/2018/05/23/facteurs-de-reussite.html', to: '/blog/2018/05/23/facteurs-de-reussite/' }),
        expect.objectContaining({ from: '/en/blog/2018/07/01/english-only.html', to: '/en/blog/2018/07/01/english-only/' }),
      ]),
    );
  });

  it('ties the translations by lang-ref, and the imported site passes the checks', () => {
    const content = loadContent(options);
    const french = content.published.find((p) => p.path === '/blog/2018/05/23/facteurs-de-reussite/')!;
    expect(french.translations).toEqual([{ lang: 'en', path: '/en/blog/2018/05/23/facteurs-de-reussite/', title: 'The key factors of success' }]);
    expect(content.byLang.en!.posts.map((p) => p.slug)).toEqual(['english-only', 'facteurs-de-reussite']);
    expect(content.posts.map((p) => p.slug)).toEqual(['seulement-en-francais', 'facteurs-de-reussite']);
    expect(errorsOf(checkContent(options).problems)).toEqual([]);
  });

  it('imports again onto the same files: an English post is not taken for its French original', () => {
    const again = importInto(site, target, { root: ROOT, dryRun: true });
    expect(again.skipped).toEqual([]);
    expect(again.imported.posts).toBe(4);
  });
});
