import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { jekyllPageUrl, pageRedirectSources } from '../lib/import/pages';
import { errorsOf } from '../lib/problems';
import { markdownToHast } from '../lib/render/markdown';
import { importInto, writeSiteFile } from './import-into';

/** `--pages`: the old site's own pages (about.md, contact.html) become static pages of content/pages/. */
const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'import-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = path.join(dir, 'site');
const files: Record<string, string> = {
  '_config.yml': 'title: Le site\nurl: https://ancien.example.org\npermalink: pretty\n',
  '_posts/2020-01-01-a.md': '---\ntitle: A\nauthor: Léa\n---\nVoir [à propos](/about/) et [contact](/contact/).\n',
  'about.md': '---\nlayout: page\ntitle: About &amp; us\n---\nWe are **{{ site.title }}**.\n\n![logo](/img/logo.png)\n',
  'contact.html': '---\ntitle: Contact\n---\n<div class="box">\n  <p>Write to us.</p>\n\n    <p>Indented after a blank line.</p>\n</div>\n',
  'index.html': '---\nlayout: default\n---\n{% for post in site.posts %}<a href="{{ post.url }}">{{ post.title }}</a>{% endfor %}\n',
  'archives.html': '---\ntitle: Archives\n---\n<ul>{% for post in site.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>\n',
  'docs/guide.md': '---\ntitle: Guide\n---\nUn guide.\n',
};
for (const [rel, text] of Object.entries(files)) writeSiteFile(site, rel, text);
mkdirSync(path.join(site, 'img'));
copyFileSync(path.join(ROOT, 'test/fixtures/jekyll-site/img/blog/atelier.jpg'), path.join(site, 'img/logo.png'));

describe('jekyllPageUrl', () => {
  it('keeps by a redirect the old addresses the new one does not answer', () => {
    expect(pageRedirectSources({ oldUrl: '/contact', path: '/contact/' })).toEqual(['/contact.html']);
    expect(pageRedirectSources({ oldUrl: '/docs/guide.html', path: '/docs-guide/' })).toEqual(['/docs/guide.html']);
    expect(pageRedirectSources({ oldUrl: '/about/', path: '/about/' })).toEqual([]);
  });

  it('gives a page the address Jekyll gave it: its permalink, else its path with the ending of the site style', () => {
    expect(jekyllPageUrl('about.md', undefined, '/:categories/:year/:month/:day/:title/')).toBe('/about/');
    expect(jekyllPageUrl('docs/guide.md', undefined, '/:categories/:year/:month/:day/:title:output_ext')).toBe('/docs/guide.html');
    expect(jekyllPageUrl('docs/index.md', undefined, '/:title:output_ext')).toBe('/docs/');
    expect(jekyllPageUrl('a.md', '/qui-sommes-nous/', '/:title:output_ext')).toBe('/qui-sommes-nous/');
  });
});

describe('an import with --pages', () => {
  const out = path.join(dir, 'out');
  const report = importInto(site, out, { root: ROOT, pages: true });
  const page = (slug: string) => readFileSync(path.join(out, 'content/pages', `${slug}.md`), 'utf8');

  it('writes each page of the old site at its own address, title decoded and Liquid values filled in', () => {
    expect(page('about')).toBe('---\ntitle: About & us\ndescription: We are Le site.\n---\n\nWe are **Le site**.\n\n![logo](/img/logo.png)\n');
    expect(readFileSync(path.join(out, 'public/img/logo.png')).length).toBeGreaterThan(0);
    // A page outside the root keeps its old address through a redirect.
    expect(page('docs-guide')).toContain('Un guide.');
    expect(readFileSync(path.join(out, 'content/redirects.yml'), 'utf8')).toBe('# Depuis les pages du site Jekyll\n- from: /docs/guide/\n  to: /docs-guide/\n');
  });

  it('keeps an HTML page HTML: a blank line and indentation inside it do not make a code block', async () => {
    const body = page('contact').split('\n---\n')[1] ?? '';
    const html = toHtml(await markdownToHast(body));
    expect(html).toContain('<p>Indented after a blank line.</p>');
    expect(html).not.toContain('<pre>');
  });

  it('leaves out, and says why, the pages made by templates or that are the blog’s own', () => {
    const skipped = report.skipped.map((p) => `${path.basename(p.file)}: [${p.code}] ${p.message}`);
    expect(skipped).toContain('index.html: [W201] page non importée : son adresse / est celle d’une page du blog (accueil, listes, page d’erreur)');
    expect(skipped).toContain('archives.html: [W201] page non importée : son Liquid (1 balise, ligne 4) n’a pas d’équivalent ici : les gabarits de l’ancien site le produisaient');
  });

  it('leaves links of posts to those pages as they are: the blog answers them now', () => {
    expect(readFileSync(path.join(out, 'content/posts/2020-01-01-a.md'), 'utf8')).toContain('Voir [à propos](/about/) et [contact](/contact/).');
  });

  it('gives a site that passes the checks, and changes nothing when run again', () => {
    const check = checkContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(check.problems)).toEqual([]);
    const again = importInto(site, out, { root: ROOT, pages: true });
    expect(again.files.filter((f) => f.status !== 'unchanged').map((f) => f.target)).toEqual([]);
  });
});
