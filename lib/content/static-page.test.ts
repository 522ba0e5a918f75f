import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_SEGMENTS } from '../urls';
import { loadContent } from './index';
import { sitePages } from './pages';
import { parseStaticPage } from './static-page';

const PAGE = '---\ntitle: À propos\ndescription: Le programme.\n---\n\nTexte de la page.\n';

/** A content folder with one post, the given pages and files, loaded as the build loads it. */
function load(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'static-pages-'));
  const all = { 'content/posts/2024-01-02-bilan.md': '---\ntitle: Bilan\ndescription: Le bilan\nauthor: Camille\n---\nTexte.\n', ...files };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return loadContent({ root: dir, contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public'), now: new Date('2026-01-01T00:00:00Z'), bodies: 'report' });
}

const messages = (content: ReturnType<typeof load>) => content.problems.map((p) => `${p.file}: [${p.code}] ${p.message} (${p.fix ?? ''})`);

describe('parseStaticPage', () => {
  it('reads a page: its address is its file name', () => {
    const { page, problems } = parseStaticPage('content/pages/a-propos.md', PAGE);
    expect(problems).toEqual([]);
    expect(page).toMatchObject({ slug: 'a-propos', path: '/a-propos/', title: 'À propos', description: 'Le programme.', format: 'md', bodyLine: 5 });
  });

  it('names every missing key, with the line and the fix', () => {
    const { page, problems } = parseStaticPage('content/pages/a-propos.md', '---\nlayout: page\n---\nTexte.\n');
    expect(page).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['`title` manque', '`description` manque']);
    expect(problems[0]?.fix).toBe('ajoutez `title:`, une ligne de texte, par exemple `title: "Mon article"`');
  });

  it('refuses a file name that is not a lowercase ASCII address, and says which would be', () => {
    const { page, problems } = parseStaticPage('content/pages/Accessibilité.md', PAGE);
    expect(page).toBeUndefined();
    expect(problems[0]).toMatchObject({
      code: 'E090',
      message: 'le nom de fichier Accessibilité.md ne donne pas d’adresse utilisable à la page',
      fix: 'renommez-le accessibilite.md : lettres ASCII minuscules, chiffres et tirets (le nom est l’adresse de la page)',
    });
  });
});

describe('static pages in the site', () => {
  it('are listed by the loader and in the sitemap', () => {
    const content = load({ 'content/pages/a-propos.md': PAGE });
    expect(messages(content)).toEqual([]);
    expect(content.pages.map((p) => p.path)).toEqual(['/a-propos/']);
    expect(sitePages(content).map((p) => p.path)).toContain('/a-propos/');
  });

  it("may not take the address of the blog's own routes, nor of public/", () => {
    const content = load({
      'content/pages/blog.md': PAGE,
      'content/pages/recherche.md': PAGE,
      'content/pages/img.md': PAGE,
      'public/img/x.txt': 'x',
    });
    expect(messages(content)).toEqual([
      'content/pages/blog.md: [E091] l’adresse /blog/ est celle d’une page du blog lui-même (renommez content/pages/blog.md (son nom est son adresse), par exemple blog-infos.md)',
      'content/pages/img.md: [E092] l’adresse /img/ est déjà prise par le dossier public/img/ (renommez content/pages/img.md (son nom est son adresse), par exemple img-infos.md)',
      'content/pages/recherche.md: [E091] l’adresse /recherche/ est celle d’une page du blog lui-même (renommez content/pages/recherche.md (son nom est son adresse), par exemple recherche-infos.md)',
    ]);
    expect(content.pages).toEqual([]);
  });

  it('may not be replaced by a redirect: the error names the page file', () => {
    const content = load({ 'content/pages/a-propos.md': PAGE, 'content/redirects.yml': '- from: /a-propos/\n  to: /blog/\n' });
    expect(messages(content)).toEqual([
      'content/redirects.yml: [E122] la redirection depuis /a-propos/ remplacerait la page /a-propos/ de content/pages/a-propos.md (retirez cette redirection, ou renommez content/pages/a-propos.md (son nom est son adresse))',
    ]);
  });

  it("has its body checked as a post's: what the sanitiser removes, links that lead nowhere", () => {
    const content = load({ 'content/pages/a-propos.md': `${PAGE}\n<script>alert(1)</script>\n\n[Le blog](/blgo/)\n` });
    const found = messages(content);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^content\/pages\/a-propos\.md: \[W010\] <script> retiré/);
    expect(found[1]).toMatch(/^content\/pages\/a-propos\.md: \[W032\] lien vers \/blgo\/ : rien sur ce site ne répond/);
  });

  it('refuses what is not a .md file in content/pages/', () => {
    const content = load({ 'content/pages/a-propos.html': '<p>x</p>' });
    expect(messages(content)).toEqual([
      'content/pages/a-propos.html: [E075] pas une page : les pages sont des fichiers .md (renommez-le a-propos.md, ou sortez-le de content/pages/ (les images vont dans public/img/))',
    ]);
  });
});

it('ROUTE_SEGMENTS names every route folder of app/, route groups and private folders looked through', () => {
  const app = path.join(process.cwd(), 'app');
  const entries = readdirSync(app, { withFileTypes: true }).filter((e) => e.isDirectory());
  // `(fr)` adds nothing to addresses: its folders are the site's first segments; `_routes` is no route.
  const groups = entries.filter((e) => e.name.startsWith('('));
  const folders = [...entries, ...groups.flatMap((g) => readdirSync(path.join(app, g.name), { withFileTypes: true }).filter((e) => e.isDirectory()))]
    .filter((e) => !e.name.startsWith('[') && !e.name.startsWith('(') && !e.name.startsWith('_'))
    .map((e) => e.name);
  expect(folders).toContain('blog');
  expect(ROUTE_SEGMENTS).toEqual(expect.arrayContaining(folders));
});
