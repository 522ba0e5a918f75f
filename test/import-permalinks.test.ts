import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { parseFrontMatter } from '../lib/content/front-matter';
import { errorsOf } from '../lib/problems';
import { importInto, writeSiteFile } from './import-into';

/**
 * Old addresses as Jekyll 4 computed them from _config.yml: the posts collection's permalink,
 * `timezone:`, `defaults:`, categories holding spaces, `collections_dir:`; each becomes a redirect
 * of the imported post, and the imported site passes the checks.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'import-permalinks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(dir, 'site-'));
  for (const [rel, text] of Object.entries(files)) writeSiteFile(root, rel, text);
  return root;
}

const post = (front: string) => `---\ntitle: Un billet\ndescription: Un billet.\n${front}\n---\nTexte.\n`;

function imported(files: Record<string, string>) {
  const target = mkdtempSync(path.join(dir, 'out-'));
  const report = importInto(site(files), target, { root: ROOT });
  const front = (name: string) => {
    const parsed = parseFrontMatter(readFileSync(path.join(target, 'content/posts', name), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.file.data;
  };
  const check = checkContent({ root: target, contentDir: path.join(target, 'content'), publicDir: path.join(target, 'public'), now: new Date('2026-01-01T00:00:00Z') });
  return { report, front, errors: errorsOf(check.problems) };
}

describe('old addresses computed as Jekyll 4 computes them', () => {
  it('uses the posts collection permalink over the site one, and the site time zone for the day', () => {
    const { front, report, errors } = imported({
      '_config.yml': [
        'permalink: pretty',
        'timezone: America/New_York',
        'collections:',
        '  posts:',
        '    permalink: /news/:year/:month/:day/:title/',
      ].join('\n'),
      // 03:30 UTC on the 2nd is 22:30 on the 1st in New York: Jekyll dated it the 1st.
      '_posts/2020-01-02-tard.md': post('author: Léa\ndate: 2020-01-02 03:30:00 +0000'),
      // Without an offset, the time is New York's already: the day stays.
      '_posts/2020-01-03-sans-zone.md': post('author: Léa\ndate: 2020-01-03 23:30:00'),
    });
    expect(front('2020-01-02-tard.md')).toMatchObject({ date: '2020-01-01 22:30:00 -0500', redirect_from: ['/news/2020/01/01/tard/'] });
    expect(front('2020-01-03-sans-zone.md')).toMatchObject({ redirect_from: ['/news/2020/01/03/sans-zone/'] });
    expect(report.fixes.map((f) => `[${f.code ?? ''}] ${f.message}`)).toContain(
      '[W223] la date « 2020-01-02 03:30:00 +0000 » tombait le 2020-01-01 dans le fuseau du site (America/New_York), le jour que Jekyll lui donnait : écrite 2020-01-01 22:30:00 -0500',
    );
    expect(errors).toEqual([]);
  });

  it('reads categories as Jekyll does: a list item keeps its spaces, a text is split, folders come first', () => {
    const { front, errors } = imported({
      '_config.yml': 'permalink: /:categories/:title/\n',
      '_posts/2020-03-04-liste.md': post('author: Léa\ncategories: [Edge Case, foo]'),
      '_posts/2020-03-05-texte.md': post('author: Léa\ncategories: edge case'),
      'notes/_posts/2020-03-06-dossier.md': post('author: Léa\ncategory: Une Catégorie'),
    });
    expect(front('2020-03-04-liste.md').redirect_from).toEqual(['/edge%20case/foo/liste/']);
    expect(front('2020-03-05-texte.md').redirect_from).toEqual(['/edge/case/texte/']);
    expect(front('2020-03-06-dossier.md').redirect_from).toEqual(['/notes/une%20cat%C3%A9gorie/dossier/']);
    expect(errors).toEqual([]);
  });

  it('applies defaults: of _config.yml to posts, the more specific scope winning, the front matter over both', () => {
    const { front, report } = imported({
      '_config.yml': [
        'defaults:',
        '  - scope: { path: "" }',
        '    values: { author: Rédaction, layout: post, comments: true }',
        '  - scope: { path: "_posts/2021", type: posts }',
        '    values: { author: Équipe 2021, permalink: "/archives/:title.html" }',
        '  - scope: { path: "", type: pages }',
        '    values: { author: Pages }',
      ].join('\n'),
      '_posts/2020-05-01-ancien.md': post(''),
      '_posts/2021-05-01-recent.md': post(''),
      '_posts/2021-05-02-signe.md': post('author: Sam'),
    });
    expect(front('2020-05-01-ancien.md')).toMatchObject({ author: 'Rédaction' });
    expect(front('2020-05-01-ancien.md')).not.toHaveProperty('layout');
    expect(front('2021-05-01-recent.md')).toMatchObject({ author: 'Équipe 2021', redirect_from: ['/archives/recent.html'] });
    expect(front('2021-05-02-signe.md')).toMatchObject({ author: 'Sam', redirect_from: ['/archives/signe.html'] });
    expect(report.fixes.map((f) => `${path.basename(f.file)}: [${f.code ?? ''}] ${f.message}`)).toContain(
      '2021-05-01-recent.md: [W221] author, permalink : valeurs de defaults: de _config.yml écrites dans son en-tête',
    );
  });

  it('reads a post’s own permalink as a template, never as a style name, and keeps case and accents as Jekyll did', () => {
    const { front } = imported({
      '_config.yml': 'permalink: date\n',
      '_posts/2020-03-06-style.md': post('author: Léa\npermalink: pretty'),
      '_posts/2021-02-03-Été à Paris.md': post('author: Léa'),
    });
    expect(front('2020-03-06-style.md').redirect_from).toEqual(['/pretty']);
    // The blog already answers /blog/…; the date style's address is the root one.
    expect(front('2021-02-03-Été à Paris.md').redirect_from).toEqual(['/2021/02/03/%C3%89t%C3%A9-%C3%A0-Paris.html']);
  });

  it('does not count collections_dir: as a category', () => {
    const { front } = imported({
      '_config.yml': 'collections_dir: contenu\npermalink: /:categories/:title/\n',
      'contenu/_posts/2020-03-06-range.md': post('author: Léa\ncategories: [a]'),
    });
    expect(front('2020-03-06-range.md').redirect_from).toEqual(['/a/range/']);
  });
});

describe('baseurl', () => {
  it('keeps old addresses with it, as readers knew them, and without it, as Jekyll’s page.url, for a blog under BASE_PATH', () => {
    const { front, report } = imported({
      '_config.yml': 'baseurl: /blog-v1/\npermalink: /:year/:title/\n',
      '_posts/2020-03-06-sous-chemin.md': post('author: Léa'),
    });
    expect(front('2020-03-06-sous-chemin.md').redirect_from).toEqual(['/2020/sous-chemin/', '/blog-v1/2020/sous-chemin/']);
    expect(report.problems.find((p) => p.file.endsWith('/_config.yml'))).toMatchObject({
      code: 'W216',
      message: 'l’ancien site était servi sous baseurl /blog-v1 : chaque ancienne adresse est gardée avec et sans',
      fix: 'publiez le blog avec BASE_PATH=/blog-v1 pour le servir là où était l’ancien, ou à la racine',
    });
  });
});
