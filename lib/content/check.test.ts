import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import type { Problem } from '../problems';
import { buildIndex } from './build-index';
import { publicFileLookup } from './images';
import { loadContent, nowFromEnv } from './index';
import { checkBody } from './body-checks';
import { parsePost, type Post } from './post';

/**
 * Each folder of __fixtures__ is a content folder (posts/, authors/) holding one kind of
 * mistake; they share __fixtures__/public/. File paths in problems are relative to __fixtures__.
 */
const FIXTURES = path.join(import.meta.dirname, '__fixtures__');
const publicDir = path.join(FIXTURES, 'public');
const now = new Date('2026-01-01T00:00:00Z');

function check(fixture: string) {
  return checkContent({ root: FIXTURES, contentDir: path.join(FIXTURES, fixture), publicDir, now });
}

/** The problems of one file, without the severity noise, in the order they were found. */
function problemsOf(fixture: string, file: string): Omit<Problem, 'severity'>[] {
  return check(fixture)
    .problems.filter((p) => p.file === `${fixture}/posts/${file}`)
    .map((p) => {
      expect(p.severity).toBe('error');
      const { file: f, line, column, code, message, fix } = p;
      return { file: f, line, column, code, message, fix };
    });
}

describe('checkContent: front matter', () => {
  it('reports a YAML syntax error with its line in the file', () => {
    expect(problemsOf('yaml-syntax', '2018-09-24-yaml.md')).toEqual([
      {
        file: 'yaml-syntax/posts/2018-09-24-yaml.md',
        line: 6,
        column: 1,
        code: 'E001',
        message: expect.stringContaining('erreur de syntaxe YAML'),
        fix: expect.stringContaining('vérifiez l’indentation'),
      },
    ]);
  });

  it('reports missing title, description and author, each in its file', () => {
    const fixture = 'missing-fields';
    expect(problemsOf(fixture, '2018-09-24-no-title.md')).toEqual([
      expect.objectContaining({ line: 2, message: '`title` manque', fix: expect.stringContaining('ajoutez `title:`') }),
    ]);
    expect(problemsOf(fixture, '2018-09-25-no-description.md')).toEqual([
      expect.objectContaining({
        line: 2,
        message: '`description` manque',
        fix: expect.stringContaining('ajoutez `description:`'),
      }),
    ]);
    expect(problemsOf(fixture, '2018-09-26-no-author.md')).toEqual([
      expect.objectContaining({
        line: 2,
        message: '`author` (ou `authors`) manque',
        fix: expect.stringMatching(/ajoutez `author: .*`authors: \[slug\]`/),
      }),
    ]);
  });

  it('reports tags that are not a list, too many tags, and a tag not allowed with the closest one', () => {
    expect(problemsOf('tags', '2018-09-24-not-a-list.md')).toEqual([
      expect.objectContaining({
        line: 5,
        message: expect.stringMatching(/^`tags` : expected array/),
        fix: 'tags doit être une liste, par exemple `tags: [accompagnement, évaluation]`',
      }),
    ]);
    expect(problemsOf('tags', '2018-09-25-too-many.md')).toEqual([
      expect.objectContaining({ line: 5, message: '5 étiquettes ; un article en a au plus 4', fix: 'gardez les 4 qui décrivent le mieux l’article' }),
    ]);
    expect(problemsOf('tags', '2018-09-26-not-allowed.md')).toEqual([
      expect.objectContaining({
        line: 7,
        message: 'tags[1] : « evaluation » n’est pas une étiquette autorisée',
        fix: 'vouliez-vous dire « évaluation » ?',
      }),
    ]);
  });

  it('reports an impossible date in the file name and in front matter', () => {
    expect(problemsOf('dates', '2018-02-30-x.md')).toEqual([
      expect.objectContaining({
        message: 'la date du nom de fichier, 2018-02-30, n’existe pas',
        fix: expect.stringContaining('renommez le fichier `AAAA-MM-JJ-slug.md`'),
      }),
    ]);
    expect(problemsOf('dates', '2018-03-01-front-matter.md')).toEqual([
      expect.objectContaining({
        line: 5,
        message: 'la date « 2018-02-30 » n’existe pas',
        fix: expect.stringContaining('`date: 2018-09-24`'),
      }),
    ]);
  });

  it('reports `twitter` written as @name or as a URL, with the bare handle as fix', () => {
    for (const file of ['2018-09-24-at.md', '2018-09-25-url.md']) {
      expect(problemsOf('twitter', file)).toEqual([
        expect.objectContaining({
          line: 5,
          message: expect.stringContaining('doit être un identifiant seul'),
          fix: 'écrivez `twitter: Mathilde_Bras`',
        }),
      ]);
    }
  });
});

describe('checkContent: URLs and authors', () => {
  it('reports two posts on one URL', () => {
    const report = check('same-url');
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'same-url/posts/2018-09-24-bilan.md',
        code: 'E101',
        severity: 'error',
        message: 'même adresse /blog/2018/09/24/bilan/ que same-url/posts/18-09-24-bilan.md',
        fix: 'changez le slug de l’un des deux (renommez le fichier ou ajoutez `slug:`)',
      }),
    ]);
  });

  it('reports two tags on one URL (possible only without an allow-list)', () => {
    const files = publicFileLookup(publicDir);
    const ctx = { allowedTags: [], maxTags: 4, files };
    const post = (file: string, tag: string): Post => {
      const text = `---\ntitle: T\ndescription: D\nauthor: A\ntags: [${tag}]\n---\n\nTexte.\n`;
      const { post: parsed, problems } = parsePost(file, text, ctx);
      expect(problems).toEqual([]);
      return parsed!;
    };
    const index = buildIndex(
      [post('posts/2018-09-24-a.md', 'évaluation'), post('posts/2018-09-25-b.md', 'Evaluation')],
      [],
      { now, showUnpublished: false },
    );
    expect(index.problems).toEqual([
      expect.objectContaining({
        file: 'posts/2018-09-25-b.md',
        code: 'E102',
        message: 'l’étiquette « Evaluation » a la même adresse /tag/evaluation/ que « évaluation »',
        fix: 'écrivez-la « évaluation »',
      }),
    ]);
  });

  it('reports an unknown author slug with the closest profile', () => {
    expect(problemsOf('authors', '2018-09-24-unknown-author.md')).toEqual([
      expect.objectContaining({ code: 'E100', message: 'aucun profil ne porte le slug « mathilde-bra »', fix: 'vouliez-vous dire « mathilde-bras » ?' }),
    ]);
  });
});

describe('checkContent: images', () => {
  it('checks images written as absolute URLs of the site itself like local paths, and serves the cover from here', () => {
    const ctx = { allowedTags: [], maxTags: 4, files: publicFileLookup(publicDir) };
    const text = (cover: string, body: string) =>
      `---\ntitle: T\ndescription: D\nauthor: A\nimage: ${cover}\nimage_alt: Une photo\n---\n\n${body}\n`;
    const own = 'https://entrepreneur-interet-general.etalab.gouv.fr';
    const checked = (parsed: ReturnType<typeof parsePost>) => [...parsed.problems, ...checkBody(parsed.source!, ctx.files).problems];
    const good = parsePost('posts/2019-04-12-a.md', text(`${own}/img/blog/team-building.jpg`, `![Photo](${own}/img/blog/photo.png)`), ctx);
    expect(checked(good)).toEqual([]);
    expect(good.post?.image).toMatchObject({ src: '/img/blog/team-building.jpg' });

    const bad = parsePost('posts/2019-04-12-b.md', text(`${own}/img/blog/absente.png`, `![Photo](${own}/img/blog/Photo.png)`), ctx);
    expect(checked(bad).map((p) => [p.line, p.message, p.fix])).toEqual([
      [5, 'image /img/blog/absente.png introuvable', 'ajoutez le fichier public/img/blog/absente.png ou corrigez le chemin'],
      [9, 'image /img/blog/Photo.png introuvable', 'vouliez-vous dire /img/blog/photo.png ? (la casse compte sur l’hébergeur)'],
    ]);
  });

  it('reports a cover and a body image that do not exist, with their lines', () => {
    expect(problemsOf('images', '2018-09-24-missing-cover.md')).toEqual([
      expect.objectContaining({
        line: 5,
        message: 'image /img/blog/absente.jpg introuvable',
        fix: 'ajoutez le fichier public/img/blog/absente.jpg ou corrigez le chemin',
      }),
    ]);
    expect(problemsOf('images', '2018-09-25-missing-body-image.md')).toEqual([
      expect.objectContaining({ line: 9, message: 'image /img/blog/introuvable.png introuvable' }),
    ]);
  });

  it('names the right-case file when only the case differs', () => {
    expect(problemsOf('images', '2018-09-26-wrong-case.md')).toEqual([
      expect.objectContaining({
        line: 9,
        message: 'image /img/blog/win-fails-tableau.JPG introuvable',
        fix: 'vouliez-vous dire /img/blog/win-fails-tableau.jpg ? (la casse compte sur l’hébergeur)',
      }),
    ]);
  });

  it('catches the .JPG of the real seed post and its links to pages of the old site, and nothing else in it', () => {
    const report = check('seed');
    const link = (line: number, to: string) => ({
      file: 'seed/posts/18-09-24-retrospective-defis-eig2.md',
      line,
      code: 'W032',
      severity: 'warning',
      message: `lien vers ${to} : rien sur ce site ne répond à cette adresse`,
      fix: 'corrigez l’adresse ; pour une page que ce blog ne sert pas, faites un lien vers là où elle vit aujourd’hui, avec son adresse complète en https://',
    });
    expect(report.problems).toEqual([
      {
        file: 'seed/posts/18-09-24-retrospective-defis-eig2.md',
        line: 83,
        code: 'E063',
        severity: 'error',
        message: 'image /img/blog/win-fails-tableau.JPG introuvable',
        fix: 'vouliez-vous dire /img/blog/win-fails-tableau.jpg ? (la casse compte sur l’hébergeur)',
      },
      link(50, '/defis/2018/labsante.html'),
      link(54, '/defis/2018/dataesr.html'),
    ]);
  });
});

describe('checkContent: bodies', () => {
  it('reports an MDX syntax error with its line and column in the file', () => {
    expect(problemsOf('mdx', '2018-09-24-syntax.mdx')).toEqual([
      expect.objectContaining({
        line: 9,
        column: 39,
        message: expect.stringMatching(/^erreur de syntaxe MDX : Unexpected character `P`/),
        fix: expect.stringContaining('fermez chaque balise'),
      }),
    ]);
  });

  it('quotes the positions of an MDX syntax error in the file’s lines, front matter included', () => {
    // Front matter (lines 1 to 5), a blank line, a paragraph, a blank line: the <Callout> is on line 9, the body's fourth.
    expect(problemsOf('mdx', '2018-09-27-unclosed.mdx')).toEqual([
      expect.objectContaining({ line: 9, column: 1, message: 'erreur de syntaxe MDX : Expected a closing tag for `<Callout>` (9:1-9:22)' }),
    ]);
  });

  it('reports an attribute expression, which MDX rendering would drop', () => {
    expect(problemsOf('mdx', '2018-09-25-expression.mdx')).toEqual([
      expect.objectContaining({
        line: 9,
        message: '<Figure> width={800} : les expressions d’attribut sont retirées à l’affichage',
        fix: 'écrivez width="800"',
      }),
    ]);
  });

  it('reports an unknown MDX component with the ones that exist', () => {
    expect(problemsOf('mdx', '2018-09-26-unknown-component.mdx')).toEqual([
      expect.objectContaining({
        line: 9,
        message: 'composant <Carousel> inconnu',
        fix: expect.stringMatching(/^utilisez l’un de : .*<Figure>.*<VideoEmbed>/),
      }),
    ]);
  });

  it('reports Liquid left in a body with its line', () => {
    expect(problemsOf('liquid', '2018-09-24-include.md')).toEqual([
      expect.objectContaining({
        line: 9,
        code: 'E080',
        message: 'le code Liquid {% include video.html id="abc" %} ne serait pas affiché',
        fix: 'les inclusions Liquid n’existent pas ici : collez le HTML inclus, ou utilisez un composant MDX',
      }),
    ]);
  });
});

describe('checkContent: one run', () => {
  it('reports every problem of every file at once, body problems of invalid posts included', () => {
    const report = check('many-bad');
    const summary = report.problems.map((p) => `${p.file.replace('many-bad/posts/', '')}:${p.line ?? ''} [${p.code}] ${p.message}`);
    expect(summary.sort()).toEqual(
      [
        '2018-02-31-bad-name.md: [E010] la date du nom de fichier, 2018-02-31, n’existe pas',
        '2018-09-25-bad-front-matter.md:2 [E020] `description` manque',
        '2018-09-25-bad-front-matter.md:4 [E025] twitter « @Mathilde_Bras » doit être un identifiant seul',
        '2018-09-25-bad-front-matter.md:5 [E027] tags[1] : « evaluation » n’est pas une étiquette autorisée',
        '2018-09-26-bad-yaml.md:2 [E002] un guillemet " ouvert ligne 2 n’est jamais fermé',
        '2018-09-27-bad-body.md:5 [E063] image /img/blog/absente.jpg introuvable',
        '2018-09-27-bad-body.md:11 [E063] image /img/blog/Photo.png introuvable',
        '2018-09-27-bad-body.md:13 [E080] le code Liquid {% include note.html %} ne serait pas affiché',
        '2018-09-28-bad.mdx:7 [E035] <Figure> width={800} : les expressions d’attribut sont retirées à l’affichage',
        '2018-09-28-bad.mdx:9 [E033] composant <Gallery> inconnu',
      ].sort(),
    );
    expect(report.problems.every((p) => p.severity === 'error' && p.fix)).toBe(true);
  });

  it('finds nothing wrong in a clean folder', () => {
    expect(check('drafts').problems).toEqual([]);
  });
});

describe('drafts and scheduled posts', () => {
  const load = (showUnpublished: boolean) =>
    loadContent({ root: FIXTURES, contentDir: path.join(FIXTURES, 'drafts'), publicDir, now, showUnpublished });
  const titles = (posts: readonly Post[]) => posts.map((p) => p.title).sort();

  it('leaves drafts (`_` prefix, `draft: true`, `published: false`) and scheduled posts out of `posts`', () => {
    const content = load(false);
    expect(titles(content.posts)).toEqual(['Publié']);
    expect(titles(content.allPosts)).toEqual([
      'Brouillon par draft',
      'Brouillon par le nom',
      'Brouillon par published',
      'Programmé',
      'Publié',
    ]);
    expect(content.allPosts.filter((p) => p.draft).map((p) => p.title).sort()).toEqual([
      'Brouillon par draft',
      'Brouillon par le nom',
      'Brouillon par published',
    ]);
    expect(content.allPosts.find((p) => p.title === 'Programmé')?.scheduled).toBe(true);
    // Tags and authors only count what readers see.
    expect(content.tags.map((t) => t.name)).toEqual(['design']);
    expect(content.authors.map((a) => a.name)).toEqual(['Mathilde Bras']);
  });

  it('shows them all with showUnpublished, newest first', () => {
    const content = load(true);
    expect(content.posts.map((p) => p.title)).toEqual([
      'Programmé',
      'Brouillon par published',
      'Brouillon par draft',
      'Brouillon par le nom',
      'Publié',
    ]);
    expect(content.authors.map((a) => a.name)).toEqual(['Jeanne Martin', 'Mathilde Bras']);
  });

  it('takes "now" from BUILD_DATE when no date is given, so a rebuild publishes a scheduled post on its day', () => {
    const before = process.env.BUILD_DATE;
    try {
      process.env.BUILD_DATE = '2029-12-31';
      const early = loadContent({ root: FIXTURES, contentDir: path.join(FIXTURES, 'drafts'), publicDir, showUnpublished: false });
      expect(titles(early.posts)).toEqual(['Publié']);
      process.env.BUILD_DATE = '2030-01-01';
      const onTheDay = loadContent({ root: FIXTURES, contentDir: path.join(FIXTURES, 'drafts'), publicDir, showUnpublished: false });
      expect(titles(onTheDay.posts)).toEqual(['Programmé', 'Publié']);
      process.env.BUILD_DATE = '2030-13-01';
      expect(() => nowFromEnv()).toThrow(
        'Une erreur de contenu :\nBUILD_DATE : erreur : [E077] BUILD_DATE « 2030-13-01 » n’est pas une date\n    à faire : écrivez une date AAAA-MM-JJ, par exemple BUILD_DATE=2018-09-24',
      );
    } finally {
      if (before === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = before;
    }
  });

  it('lists drafts and scheduled posts in the check report', () => {
    const report = check('drafts');
    expect(report.drafts.map((f) => path.basename(f)).sort()).toEqual([
      '2018-09-26-draft-true.md',
      '2018-09-27-published-false.md',
      '_2018-09-25-underscore.md',
    ]);
    expect(report.scheduled).toEqual([
      { file: 'drafts/posts/2030-01-01-scheduled.md', publishAt: new Date(Date.UTC(2030, 0, 1)) },
    ]);
  });
});
