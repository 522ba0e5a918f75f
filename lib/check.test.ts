import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatCheckReport } from './check';
import type { Problem } from './problems';

const fixtures = path.join(import.meta.dirname, 'content/__fixtures__');
const root = path.join(fixtures, 'bad');
const report = checkContent({
  root,
  contentDir: root,
  publicDir: path.join(root, 'public'),
  now: new Date('2026-01-01T00:00:00Z'),
});

function problemsOf(fileName: string): Problem[] {
  return report.problems.filter((p) => p.file === `posts/${fileName}`);
}

function only(fileName: string): Problem {
  const found = problemsOf(fileName);
  expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
  return found[0]!;
}

describe('checkContent on bad fixtures', () => {
  it('reports every bad file in one run', () => {
    const files = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect(files.size).toBe(15);
  });

  it('reports a YAML syntax error with its line', () => {
    const p = only('2020-01-01-yaml-error.md');
    expect(p.message).toMatch(/^erreur de syntaxe YAML dans l’en-tête/);
    expect(p.line).toBe(3);
    expect(p.fix).toMatch(/mettez entre guillemets les valeurs/);
  });

  it('reports each missing required key', () => {
    const messages = problemsOf('2020-01-02-missing-keys.md').map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining(['`title` manque', '`description` manque', '`author` (ou `authors`) manque']));
  });

  it('reports too many tags and suggests the allowed tag that was meant', () => {
    const found = problemsOf('2020-01-03-bad-tags.md');
    const tooMany = found.find((p) => p.message.startsWith('5 étiquettes'));
    expect(tooMany?.message).toBe('5 étiquettes ; un article en a au plus 4');
    const notAllowed = found.find((p) => p.message.startsWith('tags[1]'));
    expect(notAllowed).toMatchObject({ message: 'tags[1] : « evaluation » n’est pas une étiquette autorisée', line: 7, fix: 'vouliez-vous dire « évaluation » ?' });
  });

  it('reports tags written as text instead of a list', () => {
    const p = only('2020-01-04-tags-not-list.md');
    expect(p.message).toMatch(/^`tags` : expected array/);
    expect(p.line).toBe(5);
    expect(p.fix).toMatch(/tags: \[accompagnement, évaluation\]/);
  });

  it('reports an impossible date in the file name and in front matter', () => {
    expect(only('2018-02-30-impossible-date.md')).toMatchObject({
      message: 'la date du nom de fichier, 2018-02-30, n’existe pas',
      fix: expect.stringMatching(/AAAA-MM-JJ-slug\.md/),
    });
    expect(only('2020-01-05-bad-front-date.md')).toMatchObject({ message: 'la date « 2020-13-45 » n’existe pas', line: 5 });
  });

  it('reports a Twitter handle written with @ or as a URL, with the handle to write', () => {
    expect(only('2020-01-06-twitter-at.md')).toMatchObject({ line: 5, fix: 'écrivez `twitter: jdupont`' });
    expect(only('2020-01-07-twitter-url.md')).toMatchObject({ line: 5, fix: 'écrivez `twitter: jdupont`' });
  });

  it('reports an unknown author slug with the closest profile', () => {
    expect(only('2020-01-08-unknown-author.md')).toMatchObject({
      code: 'E100',
      message: 'aucun profil ne porte le slug « mathilde-bra »',
      fix: 'vouliez-vous dire « mathilde-bras » ?',
    });
  });

  it('reports missing cover and body images with their lines', () => {
    const found = problemsOf('2020-01-09-missing-images.md');
    expect(found.map((p) => [p.message, p.line])).toEqual([
      ['image /img/blog/absente.jpg introuvable', 5],
      ['image /img/blog/introuvable.png introuvable', 10],
    ]);
    expect(found[0]!.fix).toBe('ajoutez le fichier public/img/blog/absente.jpg ou corrigez le chemin');
  });

  it('catches the seed post referring to .JPG where the file is .jpg (its one error; its links to old pages are warnings)', () => {
    const errors = problemsOf('18-09-24-retrospective-defis-eig2.md').filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'image /img/blog/win-fails-tableau.JPG introuvable',
        line: 83,
        fix: 'vouliez-vous dire /img/blog/win-fails-tableau.jpg ? (la casse compte sur l’hébergeur)',
      }),
    ]);
  });

  it('reports two posts on one URL', () => {
    expect(only('2020-01-10-same-url.md')).toMatchObject({
      code: 'E101',
      message: 'même adresse /blog/2020/01/10/doublon/ que posts/2020-01-10-same-url-bis.md',
      fix: 'changez le slug de l’un des deux (renommez le fichier ou ajoutez `slug:`)',
    });
  });

  it('reports an MDX syntax error with line and column, the positions it quotes in the file’s lines too', () => {
    const p = only('2020-01-11-mdx-syntax.mdx');
    // The <Callout> never closed is on the file's line 8 (the body's third).
    expect(p).toMatchObject({ line: 8, column: 1, code: 'E030', message: 'erreur de syntaxe MDX : Expected a closing tag for `<Callout>` (8:1-8:23)' });
  });

  it('reports an attribute expression, which next-mdx-remote would drop, and an unknown component', () => {
    const found = problemsOf('2020-01-12-mdx-expression.mdx');
    expect(found.map((p) => p.message)).toEqual([
      '<Figure> width={800} : les expressions d’attribut sont retirées à l’affichage',
      'composant <Carousel> inconnu',
    ]);
    expect(found[0]).toMatchObject({ line: 8, fix: 'écrivez width="800"' });
  });

  it('reports Liquid left in a body with its line', () => {
    expect(only('2020-01-13-liquid.md')).toMatchObject({
      code: 'E080',
      message: 'le code Liquid {% include video.html id="x" %} ne serait pas affiché',
      line: 8,
      fix: 'les inclusions Liquid n’existent pas ici : collez le HTML inclus, ou utilisez un composant MDX',
    });
  });
});

describe('checkContent on good fixtures', () => {
  const good = path.join(fixtures, 'good');
  const result = checkContent({ root: good, contentDir: good, publicDir: path.join(good, 'public'), now: new Date('2026-01-01T00:00:00Z') });

  it('finds nothing wrong', () => {
    expect(result.problems).toEqual([]);
  });

  it('says, as information, which byline names no profile, with the command that creates one', () => {
    expect(result.information).toEqual([
      {
        file: 'posts/2019-03-01-byline.md',
        line: 4,
        code: 'I001',
        severity: 'info',
        message: 'la signature « Sophie Miljkovic » ne nomme aucun profil de content/authors/ : sa page d’auteur n’aura ni photo ni biographie',
        fix: 'créez le profil : npm run new -- --profile "Sophie Miljkovic" (il écrit content/authors/sophie-miljkovic.md), ou ajoutez cette orthographe aux `aliases` d’un profil existant',
      },
    ]);
    const printed = formatCheckReport(result, 0.5).text;
    expect(printed).toContain('posts/2019-03-01-byline.md:4 : info : [I001] la signature « Sophie Miljkovic »');
    // Information is not a warning: the summary counts neither.
    expect(printed).toMatch(/ vérifiés en 0,50 s : 0 erreur, 0 avertissement$/);
  });

  it('warns of a cover without `image_alt`, at the line of `image`, with the fix', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cover-alt-'));
    cpSync(good, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'posts/2019-03-02-sans-alt.md'),
      '---\ntitle: T\ndescription: D\nauthor: Mathilde Bras\nimage: /img/blog/team-building.jpg\n---\n\nTexte.\n',
    );
    const { problems } = checkContent({ root: dir, contentDir: dir, publicDir: path.join(good, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(problems).toEqual([
      {
        file: 'posts/2019-03-02-sans-alt.md',
        line: 5,
        code: 'W001',
        severity: 'warning',
        message: 'la couverture /img/blog/team-building.jpg n’a pas de texte alternatif (`image_alt`)',
        fix: 'ajoutez `image_alt: Ce que montre l’image` sous `image:` ; les lecteurs d’écran le lisent à la place de l’image',
      },
    ]);
  });

  it('lists drafts and scheduled posts', () => {
    expect(result.drafts.sort()).toEqual(['posts/2019-05-01-draft.md', 'posts/2019-06-01-unpublished.md', 'posts/_2019-04-01-brouillon.md']);
    expect(result.scheduled.map((s) => s.file)).toEqual(['posts/2030-01-01-futur.md']);
  });

  it('gives the build the posts it publishes: neither drafts nor scheduled ones', () => {
    const published = result.published.map((p) => p.file);
    expect(published.length).toBe(result.posts - result.drafts.length - result.scheduled.length);
    for (const file of [...result.drafts, ...result.scheduled.map((s) => s.file)]) expect(published).not.toContain(file);
  });
});

describe('checkContent: site-level redirects', () => {
  it('refuses redirects over pages the export writes, pagination included', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redirects-'));
    cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'redirects.yml'),
      '- from: /blog/page/1/\n  to: /tag/\n- from: /ancien/\n  to: /blog/\n',
    );
    const { problems } = checkContent({ root: dir, contentDir: dir, publicDir: path.join(fixtures, 'good', 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: [${p.code}] ${p.message}`)).toEqual([
      'redirects.yml:1: [E122] la redirection depuis /blog/page/1/ remplacerait la page /blog/page/1/',
    ]);
  });
});
