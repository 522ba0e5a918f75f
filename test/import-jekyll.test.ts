import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { loadContent } from '../lib/content';
import type { ImportReport } from '../lib/import';
import { walk } from '../lib/import/read-site';
import { formatReport } from '../lib/import/report';
import { errorsOf } from '../lib/problems';
import { markdownToHast } from '../lib/render/markdown';
import { importInto, writeSiteFile } from './import-into';
import { translateJekyll } from '../lib/markdown/jekyll';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = path.join(ROOT, 'test/fixtures/jekyll-site');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempTarget(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-jekyll-'));
  temps.push(dir);
  return dir;
}

function run(target: string, dryRun = false): ImportReport {
  return importInto(SITE, target, { root: ROOT, dryRun });
}

/** Every file under a folder with its bytes, to compare two states of it. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(walk(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

const target = tempTarget();
const report = run(target);
const read = (rel: string) => readFileSync(path.join(target, rel), 'utf8');
const post = (name: string) => read(`content/posts/${name}`);
const load = () =>
  loadContent({ root: target, contentDir: path.join(target, 'content'), publicDir: path.join(target, 'public'), now: new Date('2026-01-01T00:00:00Z'), showUnpublished: true });

describe('import of the fixture Jekyll site', () => {
  it('writes every post, drafts included, with .markdown as .md', () => {
    expect(walk(path.join(target, 'content/posts'))).toEqual([
      '18-09-24-retrospective-atelier.md',
      '2019-03-12-code-et-liquid.md',
      '2019-06-01-html-brut.md',
      '2019-09-15-sans-titre.md',
      '2020-01-20-brouillon.md',
      '2020-05-05-trop-de-tags.md',
      '2020-07-01-ancien-permalien.md',
      '_2020-02-10-brouillon-cache.md',
      '_2020-09-01-idee-en-cours.md',
    ]);
    expect(report.imported).toEqual({ posts: 9, drafts: 3 });
  });

  it('copies every local file a post uses into public/ at the same path, accented names included', () => {
    expect(walk(path.join(target, 'public'))).toEqual([
      'docs/rapport-2019.pdf',
      'img/blog/atelier.jpg',
      'img/blog/couverture.jpg',
      'img/blog/été-2019.jpg',
      'img/equipe/pierre.jpg',
    ]);
  });

  it('passes the site checks with no error, and shows known missing files as warnings', () => {
    const result = checkContent({ root: target, contentDir: path.join(target, 'content'), publicDir: path.join(target, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.posts).toBe(9);
    expect(result.problems.map((p) => p.message).sort()).toEqual([
      '/docs/rapport-2018.pdf introuvable : manquant connu depuis l’import',
      '/img/blog/perdue.png introuvable : manquant connu depuis l’import',
      // A page of the old site that this blog does not serve (issue 10: the importer should make it absolute).
      // The old site's covers had no text alternative: the author writes one (W001).
      'la couverture /img/blog/atelier.jpg n’a pas de texte alternatif (`image_alt`)',
      'la couverture /img/blog/couverture.jpg n’a pas de texte alternatif (`image_alt`)',
      'lien vers /programme/ : rien sur ce site ne répond à cette adresse',
      'style retiré de <img> : un article ne porte pas de styles à lui : le site le met en page',
    ]);
  });

  it('keeps every old address leading to its post', () => {
    const content = load();
    const to = (from: string) => content.redirects.find((r) => r.from === from)?.to;
    expect(to('/blog/2018/09/24/retrospective-atelier.html')).toBe('/blog/2018/09/24/retrospective-atelier/');
    expect(to('/blog/2019/03/12/code-et-liquid.html')).toBe('/blog/2019/03/12/code-et-liquid/');
    expect(to('/2019/06/01/html-brut/')).toBe('/blog/2019/06/01/html-brut/');
    expect(to('/ancien/chemin/permalien.html')).toBe('/blog/2020/07/01/ancien-permalien/');
    // Every published post's Jekyll address.
    for (const p of content.allPosts) expect(p.redirectFrom[0]).toMatch(/^\/blog\/\d{4}\/\d{2}\/\d{2}\/[\w-]+\.html$/);
  });

  it('reads two-digit years, dates with time and zone, published: false and _ names as drafts', () => {
    const bySlug = new Map(load().allPosts.map((p) => [p.slug, p]));
    expect(bySlug.get('retrospective-atelier')?.path).toBe('/blog/2018/09/24/retrospective-atelier/');
    expect(bySlug.get('code-et-liquid')?.publishAt.toISOString()).toBe('2019-03-12T09:30:00.000Z');
    expect(bySlug.get('sans-titre')?.draft).toBe(false);
    expect(['brouillon', 'brouillon-cache', 'idee-en-cours'].map((s) => bySlug.get(s)?.draft)).toEqual([true, true, true]);
    expect(post('2019-09-15-sans-titre.md')).toMatch(/^published: true$/m);
    expect(post('2019-09-15-sans-titre.md')).toMatch(/^lang: fr$/m);
  });

  it('writes clean Markdown: no Liquid, no kramdown attribute lists, outside code', async () => {
    const liquid = post('2019-03-12-code-et-liquid.md');
    expect(liquid).toContain('```python\ndef nettoie(ligne):\n    return ligne.strip()\n```');
    // Code keeps the braces readers saw there: nothing reads code as Liquid.
    expect(liquid).toContain('En Liquid, on écrit `{{ page.title }}` pour le titre.');
    expect(liquid).toContain('<!-- Jekyll : include video.html id="abc" (non importé) -->');
    expect(liquid).toContain('![Schéma](/img/blog/couverture.jpg)');
    const retro = post('18-09-24-retrospective-atelier.md');
    expect(retro).toContain('[l\'Hermitage](https://www.hermitagelelab.com/), les EIG');
    expect(retro).toContain('[le programme](/programme/).');
    for (const name of walk(path.join(target, 'content/posts'))) {
      const text = post(name);
      expect(translateJekyll(text).findings, name).toEqual([]);
      const html = toHtml(await markdownToHast(translateJekyll(text.split('\n---\n')[1]!).text));
      expect(html.replace(/<code[^>]*>[^<]*<\/code>/g, ''), name).not.toMatch(/\{:|\{\{|\{%/);
    }
  });

  it('fixes the case of references and reports it', () => {
    const retro = post('18-09-24-retrospective-atelier.md');
    expect(retro).toContain('image: /img/blog/atelier.jpg');
    expect(retro).toContain('![Le tableau des réussites](/img/blog/atelier.jpg)');
    expect(report.fixes).toContainEqual(
      expect.objectContaining({ file: 'test/fixtures/jekyll-site/_posts/18-09-24-retrospective-atelier.md', line: 14, message: expect.stringContaining('/img/blog/atelier.JPG → /img/blog/atelier.jpg') }),
    );
  });

  it('writes URL-encoded references to accented files with the file name, one spelling per file', () => {
    expect(post('2019-06-01-html-brut.md')).toContain('![Encodée](/img/blog/été-2019.jpg)');
  });

  it('lists files that exist nowhere in known_missing and reports them as problems left', () => {
    expect(post('2019-06-01-html-brut.md')).toContain('known_missing:\n  - /docs/rapport-2018.pdf\n  - /img/blog/perdue.png\n');
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: 'test/fixtures/jekyll-site/_posts/2019-06-01-html-brut.md', line: 25, code: 'W207', message: expect.stringContaining('/img/blog/perdue.png n’existe nulle part dans le site Jekyll : listé dans known_missing') }),
    );
  });

  it('keeps raw HTML working through the renderer: br, img (without its inline style), iframe; comments hidden', async () => {
    const body = post('2019-06-01-html-brut.md').split('\n---\n')[1]!;
    const html = JSON.stringify(await markdownToHast(translateJekyll(body).text));
    expect(html).toContain('"tagName":"br"');
    expect(html).toContain('"tagName":"iframe"');
    expect(html).toContain('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(html).toMatch(/"src":"\/img\/blog\/été-2019.jpg","alt":"L'été 2019"/);
    expect(html).not.toContain('float: right');
    expect(html).not.toContain('Une note pour les éditeurs');
  });

  it('maps tags to the allowed ones and keeps the others in imported_tags', () => {
    expect(post('18-09-24-retrospective-atelier.md')).toContain('tags:\n  - design\n  - évaluation\n');
    expect(post('2019-03-12-code-et-liquid.md')).toContain('tags:\n  - datascience\n  - outil\nimported_tags:\n  - open-data\n');
    expect(post('2020-05-05-trop-de-tags.md')).toContain('imported_tags:\n  - hackathon\n  - international\n');
    expect(post('2019-09-15-sans-titre.md')).toContain('category: témoignage\n');
    expect(report.problems.filter((p) => p.code === 'W209' && p.message.endsWith(' : gardée dans imported_tags'))).toHaveLength(3);
  });

  it('completes missing title, description and author, and says so', () => {
    const text = post('2019-09-15-sans-titre.md');
    expect(text).toMatch(/^---\ntitle: Sans titre\ndescription: "Un témoignage sans titre ni description, ni auteur : Jekyll prenait ceux du site."\nauthor: équipe EIG\n/);
    const derived = /description: "(.*)"/.exec(post('2019-06-01-html-brut.md'))?.[1] ?? '';
    expect(derived).toMatch(/^Premier paragraphe, avec une ligne coupée et du gras, .*…$/);
    expect(derived.length).toBeLessThanOrEqual(161);
    expect(report.fixes.filter((f) => ['W232', 'W233', 'W242'].includes(f.code ?? '') && /^pas (de titre|de description|d’auteur) : /.test(f.message))).toHaveLength(4);
  });

  it('keeps bylines as written and creates a profile for each person or team they name', () => {
    expect(post('2019-06-01-html-brut.md')).toContain('author: Alice Martin et Bruno Petit (équipe EIG)\n');
    expect(walk(path.join(target, 'content/authors'))).toEqual([
      'alice-martin.md',
      'bruno-petit.md',
      'christophe-ninucci.md',
      'equipe-eig.md',
      'mathilde-bras.md',
      'pierre-camilleri.md',
      'sophie-miljkovic.md',
    ]);
    expect(read('content/authors/pierre-camilleri.md')).toBe('---\nname: Pierre Camilleri\ntwitter: pcamilleri\navatar: /img/equipe/pierre.jpg\n---\n');
    expect(read('content/authors/sophie-miljkovic.md')).toBe('---\nname: Sophie Miljkovic\ntwitter: SophieMiljkovic\n---\n');
    expect(post('2020-01-20-brouillon.md')).toContain('author: Pierre Camilleri\n');
    const pierre = load().authors.find((a) => a.slug === 'pierre-camilleri');
    expect(pierre).toMatchObject({ hasProfile: true, count: 3 });
  });

  it('prints a report with posts, drafts, copies, fixes and problems', () => {
    const text = formatReport(report);
    expect(text).toContain('\n9 articles importés (3 brouillons, non publiés), 5 fichiers copiés ; 21 écrits, 0 inchangé, 1 ignoré\n');
    expect(text).toMatch(/^Corrections faites \(\d+\), à relire :$/m);
    expect(text).toContain(
      '\n  test/fixtures/jekyll-site/_posts/notes.txt : avertissement : [W200] non importé : seuls les articles en Markdown le sont\n' +
        '      à faire : convertissez-le en Markdown pour l’importer, ou copiez-le à la main\n',
    );
  });
});

describe('running the import again', () => {
  it('changes nothing and writes nothing', () => {
    const before = snapshot(target);
    const again = run(target);
    expect(snapshot(target)).toEqual(before);
    expect(again.files.filter((f) => f.status !== 'unchanged')).toEqual([]);
    expect(formatReport(again)).toMatch(/^9 articles importés \(3 brouillons, non publiés\), 5 fichiers copiés ; 0 écrit, 14 inchangés, 1 ignoré$/m);
  });

  it('leaves a post edited since alone and says how to import it again', () => {
    const copy = tempTarget();
    cpSync(target, copy, { recursive: true });
    const file = path.join(copy, 'content/posts/2020-01-20-brouillon.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Bientôt.', 'Bientôt, promis.'));
    const again = run(copy);
    expect(readFileSync(file, 'utf8')).toContain('Bientôt, promis.');
    expect(again.files.find((f) => f.path === 'posts/2020-01-20-brouillon.md')?.status).toBe('skipped');
    expect(again.skipped).toContainEqual(
      expect.objectContaining({
        code: 'E202',
        message: 'diffère de ce que l’import de _posts/2020-01-20-brouillon.md écrirait (modifié depuis ?) : laissé tel quel',
        fix: expect.stringMatching(/^supprimez \S*\/content\/posts\/2020-01-20-brouillon\.md pour l’importer à nouveau$/),
      }),
    );
  });

  it('does not import a second post at the address of one content/ already has under another name', () => {
    const copy = tempTarget();
    cpSync(target, copy, { recursive: true });
    const old = path.join(copy, 'content/posts/18-09-24-retrospective-atelier.md');
    cpSync(old, path.join(copy, 'content/posts/2018-09-24-retrospective-atelier.md'));
    rmSync(old);
    const again = run(copy);
    expect(walk(path.join(copy, 'content/posts'))).not.toContain('18-09-24-retrospective-atelier.md');
    expect(again.skipped).toContainEqual(
      expect.objectContaining({
        code: 'E204',
        message: 'non importé : posts/2018-09-24-retrospective-atelier.md a déjà son adresse /blog/2018/09/24/retrospective-atelier/',
        fix: 'supprimez posts/2018-09-24-retrospective-atelier.md pour l’importer à nouveau, ou laissez-le',
      }),
    );
  });

  it('reuses the profiles a site already has, by name or alias', () => {
    const project = tempTarget();
    cpSync(path.join(ROOT, 'content/authors'), path.join(project, 'content/authors'), { recursive: true });
    run(project);
    // équipe EIG and Mathilde Bras already have profiles in content/authors/.
    expect(walk(path.join(project, 'content/authors'))).toEqual([
      'alice-martin.md',
      'bruno-petit.md',
      'christophe-ninucci.md',
      'equipe-eig.md',
      'etalab.md',
      'mathilde-bras.md',
      'pierre-camilleri.md',
      'sophie-miljkovic.md',
    ]);
    expect(readFileSync(path.join(project, 'content/authors/equipe-eig.md'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'content/authors/equipe-eig.md'), 'utf8'));
  });
});

describe('a dry run', () => {
  it('reports what it would do and writes nothing', () => {
    const empty = tempTarget();
    const dry = run(empty, true);
    expect(walk(empty)).toEqual([]);
    expect(dry.imported.posts).toBe(9);
    expect(formatReport(dry).split('\n')[0]).toBe('Import du site Jekyll test/fixtures/jekyll-site (essai : rien n’est écrit)');
    expect(formatReport(dry)).toContain('\n9 articles importés (3 brouillons, non publiés), 5 fichiers copiés ; 21 à écrire, 0 inchangé, 1 ignoré\n');
  });
});

describe('the command', () => {
  const cli = (...args: string[]) =>
    spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/import-jekyll.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('says clearly, with no stack trace, that a folder is not a Jekyll site', () => {
    const result = cli(path.join(ROOT, 'content'), '--dry-run');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${path.join(ROOT, 'content')} n’est pas un site Jekyll : il n’a pas de dossier _posts/\nUn site Jekyll est le dossier qui contient _config.yml et _posts/.\n`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('imports into --target and exits 0', () => {
    const dir = tempTarget();
    const result = cli(SITE, '--target', dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\n9 articles importés (3 brouillons, non publiés), 5 fichiers copiés ; 21 écrits, 0 inchangé, 1 ignoré\n');
    // The last word is the check of what was written, and the command that builds it.
    expect(result.stdout).toContain('\nnpm run check sur le site importé : 0 erreur, 6 avertissements. Il peut être publié.\n');
    expect(result.stdout).toMatch(
      new RegExp(`\\nPour le vérifier et le publier : CONTENT_DIR=${path.relative(ROOT, dir)}/content PUBLIC_DIR=${path.relative(ROOT, dir)}/public npm run build\\n$`),
    );
    expect(snapshot(path.join(dir, 'content'))).toEqual(snapshot(path.join(target, 'content')));
  });
});

describe('posts of category folders (`news/_posts/`)', () => {
  it('imports them, and their old address carries the folder as a category', () => {
    const site = tempTarget();
    const write = (rel: string, text: string) => writeSiteFile(site, rel, text);
    write('_config.yml', 'title: Blog\n');
    write('news/_posts/2023-06-07-annonce.md', '---\ntitle: Annonce\nauthor: Léa Dubois\ndescription: Une annonce.\n---\nTexte.\n');
    const out = tempTarget();
    const report = importInto(site, out, { root: ROOT });
    expect(report.imported.posts).toBe(1);
    const text = readFileSync(path.join(out, 'content/posts/2023-06-07-annonce.md'), 'utf8');
    expect(text).toContain('/news/2023/06/07/annonce.html');
    const content = loadContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(content.problems)).toEqual([]);
    expect(content.redirects.map((r) => r.from)).toContain('/news/2023/06/07/annonce.html');
  });
});

describe('old addresses the site cannot redirect', () => {
  it('keeps them aside and reports them, so that the imported posts pass the checks', () => {
    const site = tempTarget();
    const write = (rel: string, text: string) => writeSiteFile(site, rel, text);
    write('_config.yml', 'title: Blog\nurl: https://ancien.example.org\n');
    write(
      '_posts/2023-06-07-annonce.md',
      [
        '---',
        'title: Annonce',
        'author: Léa Dubois',
        'description: Une annonce.',
        'permalink: /../../../../tmp/x.html',
        'redirect_from:',
        '  - /%2e%2e/%2e%2e/tmp/y.html',
        '  - "/*"',
        '  - /feed.xml/',
        '  - https://ancien.example.org/annonces/2023/',
        '  - /annonces/juin/',
        '---',
        'Texte.',
        '',
      ].join('\n'),
    );
    const out = tempTarget();
    const imported = importInto(site, out, { root: ROOT });
    const source = `${path.relative(ROOT, site)}/_posts/2023-06-07-annonce.md`;
    expect(imported.problems.map((p) => `${p.file}:${p.line}: [${p.code ?? ''}] ${p.message}`)).toEqual([
      `${source}:6: [W205] la redirection depuis « /%2e%2e/%2e%2e/tmp/y.html » a le segment « %2e%2e », que les navigateurs résolvent avant de demander l’adresse à l’hébergeur : gardée dans imported_redirect_from, pas comme redirection`,
      `${source}:6: [W205] la redirection depuis « /* » contient « * », que les hébergeurs lisent comme un motif dans _redirects : gardée dans imported_redirect_from, pas comme redirection`,
      `${source}:6: [W205] la redirection depuis /feed.xml/ demanderait un dossier à la place du fichier /feed.xml que la publication écrit : gardée dans imported_redirect_from, pas comme redirection`,
    ]);
    expect(imported.problems[0]!.fix).toBe(
      'si l’ancienne adresse doit encore répondre, corrigez-la (écrivez l’adresse sans segment . ni .., comme un navigateur la montre) et déplacez-la dans redirect_from',
    );
    expect(formatReport(imported)).toContain('\nProblèmes restants (3), qu’une personne doit examiner :\n');
    const text = readFileSync(path.join(out, 'content/posts/2023-06-07-annonce.md'), 'utf8');
    // Jekyll made the permalink's dot segments harmless (URL#sanitize_url): /tmp/x.html was its address.
    expect(text).toContain('redirect_from:\n  - /annonces/2023/\n  - /annonces/juin/\n  - /tmp/x.html\n');
    expect(text).toContain('imported_redirect_from:\n  - /%2e%2e/%2e%2e/tmp/y.html\n  - /*\n  - /feed.xml/\n');
    const report = checkContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(report.problems)).toEqual([]);
  });
});

describe('a post that kramdown reads otherwise than CommonMark (test/fixtures/jekyll-kramdown)', () => {
  const site = path.join(ROOT, 'test/fixtures/jekyll-kramdown');
  const out = tempTarget();
  const imported = importInto(site, out, { root: ROOT });
  const source = 'test/fixtures/jekyll-kramdown/_posts/2020-03-03-kramdown.md';
  const text = readFileSync(path.join(out, 'content/posts/2020-03-03-kramdown.md'), 'utf8');
  const page = async () => toHtml(await markdownToHast(translateJekyll(text.split('\n---\n')[1]!).text));

  it('lists each change in the report at its line of the Jekyll file, blank lines inserted above it or not', () => {
    const at = (list: typeof imported.fixes) =>
      list
        .filter((p) => p.file === source && p.line !== undefined)
        .sort((x, y) => (x.line ?? 0) - (y.line ?? 0))
        .map((p) => `${p.line}: [${p.code ?? ''}] ${p.message.slice(0, 40)}`);
    expect(at(imported.fixes)).toEqual([
      '3: [W231] title : entités HTML écrites comme les c',
      '8: [W255] appel de note [^a b] écrit comme du text',
      '11: [W252] ligne vide insérée avant cette ligne : k',
      '13: [W254] <div> avec des lignes vides (7 lignes, j',
      '20: [W252] ligne vide insérée avant cette ligne : k',
      '21: [W228] img/blog/couverture.jpg → /img/blog/couv',
      '23: [W253] <div> avec markdown="1" : son contenu lu',
      '28: [W228] /img/blog/Pierre.jpg → /img/blog/pierre.',
      '30: [W250] le texte {% raw %} gardé tel que les lec',
      // The site's url names a page this blog does not serve: links to it lead there.
      '41: [W244] lien /pas-une-note → https://kramdown.ex',
      '43: [W256] abréviation *[CSS] retirée, comme kramdo',
      '44: [W256] abréviation *[HTML] retirée, comme kramd',
    ]);
    expect(imported.problems.filter((p) => p.file === source).map((p) => `${p.line}: [${p.code ?? ''}] ${p.message}`)).toEqual([
      '34: [W211] le Liquid {{ site.repository }} (lignes 34 à 35, toutes retirées) est retiré : il n’a pas d’équivalent ici',
      '37: [W211] le Liquid {% for r in site.data.releases %}…{% endfor %} est retiré : il n’a pas d’équivalent ici',
      // What the blog will not show, as npm run check will say it.
      '13: [W011] class retiré de <div> : les noms de classe appartiennent à la mise en page du site',
    ]);
  });

  it('copies the images of a multi-line image and of an <img> whose src is on the next line', () => {
    expect(walk(path.join(out, 'public'))).toEqual(['img/blog/couverture.jpg', 'img/blog/pierre.jpg']);
  });

  it('renders what kramdown rendered', async () => {
    const html = await page();
    // kramdown: <p>Le <abbr title="Cascading Style Sheets">CSS</abbr> et le <abbr …>HTML</abbr>, avec une note<sup…>1</sup> et une autre[^a b].</p>
    expect(html).toContain('Le <abbr title="Cascading Style Sheets">CSS</abbr> et le <abbr title="HyperText Markup Language">HTML</abbr>');
    expect(html).toContain('et une autre[^a b].');
    expect(html.match(/data-footnote-ref/g)).toHaveLength(1);
    expect(html).toContain('La note.');
    expect(html).not.toContain('pas-une-note');
    // kramdown: <iframe …></iframe> then <p><em>Une vidéo de l’atelier</em></p>
    expect(html).toContain("<p><em>Une vidéo de l'atelier</em></p>");
    // kramdown kept the <div> whole, its indented line as text.
    expect(html).toMatch(/<p>Premier paragraphe<\/p>\s*Ligne en retrait\s*<p>Second paragraphe<\/p>/);
    expect(html).toContain('<p><img src="/img/blog/couverture.jpg" alt="Une couverture\nsur deux lignes"');
    expect(html).toContain('<p>Du <em>Markdown</em> dans un bloc.</p>');
    expect(html).toContain('<code>{: .notice}</code>, <code>/img/blog/absente.png</code> et <code>{{ page.title }}</code>');
    expect(html).toContain('<pre><code>![pas une image](/img/blog/absente-aussi.png)');
    expect(html).not.toMatch(/<pre><code>\s*Ligne en retrait|release|<!--/);
    expect(html.replace(/<code[^>]*>[^<]*<\/code>/g, '')).not.toMatch(/\{:|\{\{|\{%/);
  });

  it('writes the title as a browser showed it, and the post passes the checks', () => {
    expect(text).toContain('title: "Le CSS\\_: l\'été & nous"');
    const report = checkContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(report.problems)).toEqual([]);
    expect(report.posts).toBe(1);
  });
});
