import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import type { Problem } from '../problems';

/**
 * Content that must never be published as it is: symbolic links out of content/ and public/,
 * bytes that are not text, names that give no address, addresses that are not files or pages.
 * Each case is built in a temporary project at test time (git holds no link, and the bytes
 * are clearer written here); each problem is asserted whole: message, line, fix.
 */
const base = mkdtempSync(path.join(tmpdir(), 'hostile-content-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const post = (title: string, extra = '', body = 'Un article.') =>
  `---\ntitle: ${title}\ndescription: Une description.\nauthor: Équipe EIG\n${extra}---\n\n${body}\n`;

interface Project {
  root: string;
  write(rel: string, data: string | Uint8Array): void;
  link(target: string, rel: string): void;
  check(): ReturnType<typeof checkContent>;
  /** The problems of one file (path from the project), without severity, all errors. */
  problemsOf(rel: string): Omit<Problem, 'severity' | 'file'>[];
}

/** A project with content/posts/, content/authors/, public/img/ok.png, and outside/ beside them. */
function project(): Project {
  const root = mkdtempSync(path.join(base, 'p-'));
  for (const dir of ['content/posts', 'content/authors', 'public/img', 'outside']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'public/img/ok.png'), PNG);
  writeFileSync(path.join(root, 'outside/secret.md'), post('Un secret'));
  writeFileSync(path.join(root, 'outside/secret.png'), PNG);
  const check = () =>
    checkContent({ root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), now: new Date('2026-01-01T00:00:00Z') });
  return {
    root,
    write: (rel, data) => writeFileSync(path.join(root, rel), data),
    link: (target, rel) => symlinkSync(target, path.join(root, rel)),
    check,
    problemsOf: (rel) =>
      check()
        .problems.filter((p) => p.file === rel)
        .map(({ severity, file: _, ...rest }) => {
          expect(severity).toBe('error');
          return rest;
        }),
  };
}

const LINK_FIX = 'remplacez le lien par le fichier lui-même';

describe('symbolic links in content/', () => {
  it('reports a post that links out of content/ and never reads it', () => {
    const p = project();
    p.link(path.join(p.root, 'outside/secret.md'), 'content/posts/2024-01-01-secret.md');
    const report = p.check();
    expect(p.problemsOf('content/posts/2024-01-01-secret.md')).toEqual([
      { code: 'E050', message: `lien symbolique vers ${path.join(p.root, 'outside/secret.md')}, hors de content/ : non lu`, fix: LINK_FIX },
    ]);
    expect(report.posts).toBe(0);
    expect(report.published).toEqual([]);
  });

  it('reports a link loop and a dangling link instead of crashing', () => {
    const p = project();
    p.link('2024-01-01-boucle.md', 'content/posts/2024-01-01-boucle.md');
    p.link('nulle-part.md', 'content/posts/2024-01-02-pendant.md');
    expect(p.problemsOf('content/posts/2024-01-01-boucle.md')).toEqual([
      { code: 'E051', message: 'boucle de liens symboliques (2024-01-01-boucle.md) : non lue', fix: LINK_FIX },
    ]);
    expect(p.problemsOf('content/posts/2024-01-02-pendant.md')).toEqual([
      { code: 'E052', message: 'lien symbolique vers nulle-part.md, qui n’existe pas : non lu', fix: `${LINK_FIX}, ou supprimez le lien` },
    ]);
  });

  it('follows a link that stays inside content/', () => {
    const p = project();
    mkdirSync(path.join(p.root, 'content/archive'));
    p.write('content/archive/ancien.md', post('Un article rangé ailleurs'));
    p.link('../archive/ancien.md', 'content/posts/2024-01-01-ancien.md');
    const report = p.check();
    expect(report.problems).toEqual([]);
    expect(report.published.map((x) => [x.file, x.title])).toEqual([['content/posts/2024-01-01-ancien.md', 'Un article rangé ailleurs']]);
  });

  it('reports a posts folder that links out of content/', () => {
    const p = project();
    rmSync(path.join(p.root, 'content/posts'), { recursive: true });
    mkdirSync(path.join(p.root, 'outside/posts'));
    p.write('outside/posts/2024-01-01-x.md', post('Dehors'));
    p.link('../outside/posts', 'content/posts');
    const report = p.check();
    expect(p.problemsOf('content/posts')).toEqual([{ code: 'E050', message: 'lien symbolique vers ../outside/posts, hors de content/ : non lu', fix: LINK_FIX }]);
    expect(report.posts).toBe(0);
  });

  it('reports an author profile and redirects.yml that link out of content/', () => {
    const p = project();
    p.write('outside/profil.md', '---\nname: Quelqu’un\n---\n');
    p.write('outside/redirects.yml', '- from: /a/\n  to: /b/\n');
    p.link(path.join(p.root, 'outside/profil.md'), 'content/authors/quelqu-un.md');
    p.link('../outside/redirects.yml', 'content/redirects.yml');
    expect(p.problemsOf('content/authors/quelqu-un.md')).toEqual([
      { code: 'E050', message: `lien symbolique vers ${path.join(p.root, 'outside/profil.md')}, hors de content/ : non lu`, fix: LINK_FIX },
    ]);
    expect(p.problemsOf('content/redirects.yml')).toEqual([{ code: 'E050', message: 'lien symbolique vers ../outside/redirects.yml, hors de content/ : non lu', fix: LINK_FIX }]);
    expect(p.check().problems.filter((p) => p.file.startsWith('content/'))).toHaveLength(2);
  });
});

describe('what content/posts/ and content/authors/ hold besides posts and profiles', () => {
  it('reports a post and a profile whose names start with a dot, but not editors\' lock files', () => {
    const p = project();
    p.write('content/posts/....md', post('Sans nom'));
    p.write('content/authors/.equipe.md', '---\nname: Équipe\n---\n');
    p.write('content/posts/._2024-01-01-x.md', 'resource fork');
    p.link('root@host.1234:1700000000', 'content/posts/.#2024-01-01-x.md');
    p.write('content/posts/.DS_Store', '');
    const hidden = { code: 'E070', message: 'fichier caché non lu : son nom commence par un point', fix: 'renommez-le sans le point du début, ou supprimez-le' };
    expect(p.problemsOf('content/posts/....md')).toEqual([hidden]);
    expect(p.problemsOf('content/authors/.equipe.md')).toEqual([hidden]);
    expect(p.check().problems).toHaveLength(2);
  });

  it('reports a folder, a pipe and a profile that is not .md, none in silence', () => {
    const p = project();
    // content/posts/en/ is English's folder (site.config.ts); any other folder is not read.
    mkdirSync(path.join(p.root, 'content/posts/divers'));
    p.write('content/posts/divers/2024-01-01-hello.md', post('Hello'));
    p.write('content/authors/mathilde-bras.markdown', '---\nname: Mathilde Bras\n---\n');
    expect(spawnSync('mkfifo', [path.join(p.root, 'content/posts/2024-01-02-tube.md')]).status).toBe(0);
    expect(p.problemsOf('content/posts/divers')).toEqual([
      {
        code: 'E071',
        message: 'dossier non lu : content/posts/ ne contient que des fichiers',
        fix: 'déplacez les fichiers qu’il contient dans content/posts/, ou sortez le dossier de content/',
      },
    ]);
    expect(p.problemsOf('content/posts/2024-01-02-tube.md')).toEqual([
      { code: 'E072', message: 'ce n’est pas un fichier ordinaire : non lu', fix: 'remplacez-le par un fichier, ou supprimez-le' },
    ]);
    expect(p.problemsOf('content/authors/mathilde-bras.markdown')).toEqual([
      {
        code: 'E076',
        message: 'pas un profil d’auteur : les profils sont des fichiers .md',
        fix: 'renommez-le mathilde-bras.md, ou sortez-le de content/authors/ (les photos vont dans public/img/communaute/)',
      },
    ]);
  });
});

describe('symbolic links in public/', () => {
  it('reports every link of public/ that leaves it, since the build would copy what it leads to', () => {
    const p = project();
    p.link(path.join(p.root, 'outside/secret.png'), 'public/img/fuite.png');
    p.link('../outside', 'public/dossier');
    p.link('ok.png', 'public/img/alias.png');
    expect(p.problemsOf('public/img/fuite.png')).toEqual([
      { code: 'E050', message: `lien symbolique vers ${path.join(p.root, 'outside/secret.png')}, hors de public/ : non lu`, fix: LINK_FIX },
    ]);
    expect(p.problemsOf('public/dossier')).toEqual([{ code: 'E050', message: 'lien symbolique vers ../outside, hors de public/ : non lu', fix: LINK_FIX }]);
    expect(p.problemsOf('public/img/alias.png')).toEqual([]);
  });

  it('refuses a cover and a body image reached through a link that leaves public/, with their lines', () => {
    const p = project();
    p.link(path.join(p.root, 'outside/secret.png'), 'public/img/fuite.png');
    p.write('content/posts/2024-01-01-x.md', post('X', 'image: /img/fuite.png\nimage_alt: Fuite\n', '![Fuite](/img/fuite.png)\n\n![Alias](/img/ok.png)'));
    const message = 'passe par un lien symbolique qui sort de public/ : non lu';
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([
      { line: 5, code: 'E062', message: `image /img/fuite.png ${message}`, fix: LINK_FIX },
      { line: 9, code: 'E062', message: `image /img/fuite.png ${message}`, fix: LINK_FIX },
    ]);
  });
});

describe('paths that climb out of public/', () => {
  it('reports a body image and a cover that climb, encoded or not, as leaving public/, not as not found', () => {
    const p = project();
    const body = [
      '![Un](/../outside/secret.png)',
      '',
      '<img src="/img/%2e%2e/%2e%2e/outside/secret.png" alt="Deux">',
      '',
      '![Trois](/img/../../outside/secret.png)',
      '',
      '![Quatre](/img/../img/ok.png)',
    ].join('\n');
    p.write('content/posts/2024-01-01-x.md', post('X', 'image: /../outside/secret.png\nimage_alt: Dehors\n', body));
    const fix = 'écrivez le chemin depuis la racine du site, sans `..`, par exemple /img/blog/photo.jpg pour public/img/blog/photo.jpg';
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([
      { line: 5, code: 'E062', message: 'image /../outside/secret.png sort de public/', fix },
      { line: 9, code: 'E062', message: 'image /../outside/secret.png sort de public/', fix },
      { line: 11, code: 'E062', message: 'image /img/%2e%2e/%2e%2e/outside/secret.png sort de public/', fix },
      { line: 13, code: 'E062', message: 'image /img/../../outside/secret.png sort de public/', fix },
    ]);
  });

  it('refuses a climbing path even when known_missing lists it', () => {
    const p = project();
    p.write('content/posts/2024-01-01-x.md', post('X', 'known_missing: [/../outside/absent.png]\n', '![Un](/../outside/absent.png)'));
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([
      expect.objectContaining({ line: 8, message: 'image /../outside/absent.png sort de public/' }),
    ]);
  });
});

describe('bytes that are not text', () => {
  it('reports a control character in a post, a profile and redirects.yml with its line and column', () => {
    const p = project();
    p.write('content/posts/2024-01-01-x.md', post('X', '', 'Collé depuis un terminal : \u001b[31m rouge'));
    p.write('content/authors/equipe-eig.md', '---\nname: Équipe EIG\n---\n\nUne bio\u0085.\n');
    p.write('content/redirects.yml', '- from: /a/\n  to: /b/\u007f\n');
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([
      { line: 7, column: 28, code: 'E042', message: 'caractère de contrôle invisible U+001B', fix: 'supprimez le caractère invisible ligne 7, colonne 28' },
    ]);
    expect(p.problemsOf('content/authors/equipe-eig.md')).toEqual([
      { line: 5, column: 8, code: 'E042', message: 'caractère de contrôle invisible U+0085', fix: 'supprimez le caractère invisible ligne 5, colonne 8' },
    ]);
    expect(p.problemsOf('content/redirects.yml')).toEqual([
      { line: 2, column: 10, code: 'E042', message: 'caractère de contrôle invisible U+007F', fix: 'supprimez le caractère invisible ligne 2, colonne 10' },
    ]);
  });

  it('reports invalid UTF-8 in a post, a profile and redirects.yml with its line', () => {
    const p = project();
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    p.write('content/posts/2024-01-01-x.md', latin1(post('X', '', 'Il était une fois')));
    p.write('content/authors/equipe-eig.md', latin1('---\nname: Équipe EIG\n---\n'));
    p.write('content/redirects.yml', latin1('- from: /été/\n  to: /b/\n'));
    const fix = (line: number, column: number) =>
      `enregistrez le fichier en UTF-8 dans votre éditeur (il l’a sans doute été en Latin-1 ou Windows-1252), puis vérifiez le texte ligne ${line}, colonne ${column}`;
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([{ line: 4, column: 9, code: 'E041', message: 'pas en UTF-8 valide (octet 0xC9)', fix: fix(4, 9) }]);
    expect(p.problemsOf('content/authors/equipe-eig.md')).toEqual([{ line: 2, column: 7, code: 'E041', message: 'pas en UTF-8 valide (octet 0xC9)', fix: fix(2, 7) }]);
    expect(p.problemsOf('content/redirects.yml')).toEqual([{ line: 1, column: 10, code: 'E041', message: 'pas en UTF-8 valide (octet 0xE9)', fix: fix(1, 10) }]);
  });

  it('accepts a byte-order mark', () => {
    const p = project();
    p.write('content/posts/2024-01-01-x.md', `\uFEFF${post('Avec BOM')}`);
    const report = p.check();
    expect(report.problems).toEqual([]);
    expect(report.published.map((x) => x.title)).toEqual(['Avec BOM']);
  });
});

describe('file names that give no slug', () => {
  it.each(['2021-04-06-....md', '2021-04-06-.md', '2021-04-06--.md', '2021-04-06-日本.md'])('%s is an error that suggests a name', (name) => {
    const p = project();
    p.write(`content/posts/${name}`, post('Un bilan à mi-parcours'));
    expect(p.problemsOf(`content/posts/${name}`)).toEqual([
      {
        code: 'E013',
        message: `le nom de fichier ${name} ne donne pas de slug pour l’adresse de l’article`,
        fix: 'renommez-le 2021-04-06-un-bilan-a-mi-parcours.md (le slug est la fin de l’adresse de l’article), ou ajoutez `slug: un-bilan-a-mi-parcours`',
      },
    ]);
  });

  it('keeps the draft mark and the extension in the name it suggests, and mon-article without a usable title', () => {
    const p = project();
    p.write('content/posts/_2021-04-06-!!.mdx', post('"…"'));
    expect(p.problemsOf('content/posts/_2021-04-06-!!.mdx')).toEqual([
      expect.objectContaining({ fix: 'renommez-le _2021-04-06-mon-article.mdx (le slug est la fin de l’adresse de l’article), ou ajoutez `slug: mon-article`' }),
    ]);
  });

  it('reports a name with no date and no slug, dated in front matter', () => {
    const p = project();
    p.write('content/posts/-.md', post('Sans nom', 'date: 2022-03-04\n'));
    expect(p.problemsOf('content/posts/-.md')).toEqual([
      expect.objectContaining({ message: 'le nom de fichier -.md ne donne pas de slug pour l’adresse de l’article', fix: expect.stringMatching(/^renommez-le 2022-03-04-sans-nom\.md /) }),
    ]);
  });

  it('reports a draft named `_.md`, dated in front matter, rather than dropping it', () => {
    const p = project();
    p.write('content/posts/_.md', post('Brouillon', 'date: 2022-03-04\n'));
    expect(p.problemsOf('content/posts/_.md')).toEqual([
      {
        code: 'E013',
        message: 'le nom de fichier _.md ne donne pas de slug pour l’adresse de l’article',
        fix: 'renommez-le _2022-03-04-brouillon.md (le slug est la fin de l’adresse de l’article), ou ajoutez `slug: brouillon`',
      },
    ]);
  });

  it('accepts such a name when the front matter gives the slug', () => {
    const p = project();
    p.write('content/posts/2021-04-06-....md', post('X', 'slug: mon-slug\n'));
    const report = p.check();
    expect(report.problems).toEqual([]);
    expect(report.published.map((x) => x.path)).toEqual(['/blog/2021/04/06/mon-slug/']);
  });
});

describe('addresses in front matter', () => {
  it('refuses a website that is not an http or https address', () => {
    const p = project();
    p.write('content/authors/a.md', '---\nname: A\nwebsite: javascript:alert(1)\n---\n');
    p.write('content/authors/b.md', '---\nname: B\nwebsite: https://example.org/b\n---\n');
    const fix = 'website doit être une adresse https:// ou http://, par exemple `website: https://example.org`';
    expect(p.problemsOf('content/authors/a.md')).toEqual([{ line: 3, code: 'E021', message: '`website` : must be an https:// or http:// address', fix }]);
    expect(p.problemsOf('content/authors/b.md')).toEqual([]);
  });

  it.each([
    ['data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAY…'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['ftp://example.org/x.jpg', 'ftp://example.org/x.jpg'],
  ])('refuses the cover %s with a fix', (value, shown) => {
    const p = project();
    p.write('content/posts/2024-01-01-x.md', post('X', `image: "${value}"\nimage_alt: X\n`));
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([
      {
        line: 5,
        code: 'E064',
        message: `image ${shown} doit être un chemin sous public/ ou une adresse https://`,
        fix: 'mettez l’image dans public/img/blog/ et écrivez `image: /img/blog/<nom du fichier>`, ou donnez son adresse https://',
      },
    ]);
  });

  it('refuses a cover with no scheme, and says to write https', () => {
    const p = project();
    p.write('content/posts/2024-01-01-x.md', post('X', 'image: //example.org/x.jpg\nimage_alt: X\n'));
    expect(p.problemsOf('content/posts/2024-01-01-x.md')).toEqual([
      { line: 5, code: 'E064', message: 'image //example.org/x.jpg doit être un chemin sous public/ ou une adresse https://', fix: 'écrivez https://example.org/x.jpg' },
    ]);
  });

  it('refuses a data: or javascript: avatar, and accepts a file of public/ or an https URL', () => {
    const p = project();
    p.write('content/authors/a.md', '---\nname: A\navatar: "data:image/png;base64,AAAA"\n---\n');
    p.write('content/authors/b.md', '---\nname: B\navatar: javascript:alert(1)\n---\n');
    p.write('content/authors/c.md', '---\nname: C\navatar: /img/ok.png\n---\n');
    p.write('content/authors/d.md', '---\nname: D\navatar: https://example.org/d.png\n---\n');
    const fix = 'mettez l’image dans public/img/communaute/ et écrivez `avatar: /img/communaute/<nom du fichier>`, ou donnez son adresse https://';
    expect(p.problemsOf('content/authors/a.md')).toEqual([{ line: 3, code: 'E064', message: 'avatar data:image/png;base64,AAAA doit être un chemin sous public/ ou une adresse https://', fix }]);
    expect(p.problemsOf('content/authors/b.md')).toEqual([{ line: 3, code: 'E064', message: 'avatar javascript:alert(1) doit être un chemin sous public/ ou une adresse https://', fix }]);
    expect(p.problemsOf('content/authors/c.md')).toEqual([]);
    expect(p.problemsOf('content/authors/d.md')).toEqual([]);
  });
});
