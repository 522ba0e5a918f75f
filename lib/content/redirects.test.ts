import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeProblem } from '../messages';
import type { Problem } from '../problems';
import { loadContent } from './index';
import { checkRedirects, escapeOldAddress, redirectFile, redirectSourceProblem, type Redirect } from './redirects';
import { siteEntries } from './site-entries';

const pages = new Set(['/', '/blog/', '/blog/2018/09/24/x/', '/tag/design/']);
const publicDir = path.join(import.meta.dirname, '__fixtures__/redirects/public');
const r = (from: string, to: string, file = 'content/redirects.yml', line?: number): Redirect => ({ from, to, file, line });

function check(redirects: Redirect[], hosts: readonly string[] = []) {
  return checkRedirects(redirects, { pages, entryAt: siteEntries({ pages, tagSlugs: ['design'], publicDir }), hosts });
}

/** A problem as `npm run check` names it: its code, then its message. */
const said = (p: Problem) => `[${p.code}] ${p.message}`;

/** The one problem a single redirect to the blog gets. */
function refusal(from: string, to = '/blog/'): Problem {
  const { problems, redirects } = check([r(from, to, 'content/redirects.yml', 7)]);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  expect(redirects).toEqual([]);
  expect(problems[0]!.line).toBe(7);
  return problems[0]!;
}

describe('redirectSourceProblem: a redirect comes from a plain path of this site', () => {
  const cases: [string, string, string][] = [
    ['climbing with ..', '/../../../../tmp/x.html', 'redirect from "/../../../../tmp/x.html" has the segment "..", which browsers resolve before asking the host'],
    ['climbing with %2e%2e', '/%2e%2e/%2e%2e/tmp/x.html', 'redirect from "/%2e%2e/%2e%2e/tmp/x.html" has the segment "%2e%2e", which browsers resolve before asking the host'],
    ['climbing with %2E.', '/blog/%2E./x/', 'redirect from "/blog/%2E./x/" has the segment "%2E.", which browsers resolve before asking the host'],
    ['a . segment', '/blog/./x/', 'redirect from "/blog/./x/" has the segment ".", which browsers resolve before asking the host'],
    ['an encoded slash', '/a%2fb.html', 'redirect from "/a%2fb.html" holds an encoded separator (%2f)'],
    ['an encoded backslash', '/a%5Cb.html', 'redirect from "/a%5Cb.html" holds an encoded separator (%5C)'],
    ['a backslash', '/a\\..\\b.html', 'redirect from "/a\\\\..\\\\b.html" holds a backslash'],
    ['a newline', '/a/\n/* https://evil.example/ 200', 'redirect from "/a/\\n/* https://evil.example/ 200" holds a line break or another control character'],
    ['an encoded newline', '/a/%0A/', 'redirect from "/a/%0A/" holds a percent-encoded control character'],
    ['a space', '/ancien article.html', 'redirect from "/ancien article.html" holds a space'],
    ['a wildcard', '/*', 'redirect from "/*" holds "*", which hosts read as a pattern in _redirects'],
    ['an encoded wildcard', '/a/%2A', 'redirect from "/a/%2A" holds "*", which hosts read as a pattern in _redirects'],
    ['a placeholder', '/news/:splat', 'redirect from "/news/:splat" holds ":splat", which hosts read as a pattern in _redirects'],
    ['a force mark', '/a!/', 'redirect from "/a!/" holds "!", which hosts read as a pattern in _redirects'],
    ['a query', '/a.html?page=2', 'redirect from "/a.html?page=2" holds a query or a fragment (? or #), which a static host does not read as part of the path'],
    ['a fragment', '/a.html#x', 'redirect from "/a.html#x" holds a query or a fragment (? or #), which a static host does not read as part of the path'],
    ['invalid percent-encoding', '/a%zz.html', 'redirect from "/a%zz.html" has invalid percent-encoding'],
    ['a lone UTF-8 byte', '/a%C3.html', 'redirect from "/a%C3.html" has invalid percent-encoding'],
    ['another host', '//evil.example/x/', 'redirect from "//evil.example/x/" has an empty segment (//)'],
    ['a URL', 'https://evil.example/x/', 'redirect from "https://evil.example/x/" is not a path'],
    ['a relative path', '../x.html', 'redirect from "../x.html" is not a path'],
    ['a file name too long for a disk', `/${'a'.repeat(256)}.html`, `redirect from "/${'a'.repeat(256)}.html" has a segment longer than 255 bytes, more than a file name may hold`],
  ];
  it.each(cases)('refuses %s', (_, from, message) => {
    const refusal = redirectSourceProblem(from);
    const said = refusal && describeProblem(refusal, 'en');
    expect(said?.message).toBe(message);
    expect(said?.fix).toMatch(/\w/);
    expect(said?.code).toMatch(/^E1[12]\d$/);
  });

  it('says how to write a space and a query', () => {
    const fix = (from: string) => {
      const refusal = redirectSourceProblem(from);
      return refusal && describeProblem(refusal).fix;
    };
    expect(fix('/ancien article.html')).toBe('écrivez-la encodée, comme les navigateurs l’envoient : /ancien%20article.html');
    expect(fix('/a.html?page=2')).toBe('écrivez le chemin seul : /a.html');
  });

  it('accepts old Jekyll addresses, accents included, written or percent-encoded', () => {
    for (const from of [
      '/blog/2018/09/24/réussite.html',
      '/blog/2018/09/24/r%C3%A9ussite.html',
      '/posts/2018/09/24/x/',
      '/ancien%20article.html',
      '/100%25/',
      '/.well-known/ancien/',
      '/a..b.html',
    ]) {
      expect(redirectSourceProblem(from), from).toBeUndefined();
    }
  });
});

describe('redirectFile', () => {
  it('writes .html addresses as files and folder addresses as index.html, decoded', () => {
    expect(redirectFile('/blog/2018/09/24/x.html')).toBe('blog/2018/09/24/x.html');
    expect(redirectFile('/posts/2018/09/24/x')).toBe('posts/2018/09/24/x/index.html');
    expect(redirectFile('/blog/2018/09/24/r%C3%A9ussite.html')).toBe('blog/2018/09/24/réussite.html');
    expect(redirectFile('/ancien%20article/')).toBe('ancien article/index.html');
  });

  it('throws rather than name a file outside out/', () => {
    expect(() => redirectFile('/../../../../tmp/x.html')).toThrow(
      '[E119] la redirection depuis « /../../../../tmp/x.html » a le segment « .. », que les navigateurs résolvent avant de demander l’adresse à l’hébergeur : refusée (`npm run check` la signale)',
    );
    expect(() => redirectFile('/%2e%2e/%2e%2e/tmp/x.html')).toThrow('[E119] la redirection depuis « /%2e%2e/%2e%2e/tmp/x.html » a le segment « %2e%2e »');
    expect(() => redirectFile('//tmp/x.html')).toThrow('[E118] la redirection depuis « //tmp/x.html » a un segment vide (//)');
  });

  it('escapes the old address of a file name with a space or a query mark, as Jekyll did', () => {
    expect(escapeOldAddress('/blog/2018/09/24/mon article?.html')).toBe('/blog/2018/09/24/mon%20article%3F.html');
    expect(escapeOldAddress('/blog/2018/09/24/réussite.html')).toBe('/blog/2018/09/24/réussite.html');
    expect(redirectSourceProblem(escapeOldAddress('/blog/2018/09/24/100% réussi.html'))).toBeUndefined();
  });
});

describe('checkRedirects', () => {
  it('accepts redirects to pages, once each', () => {
    const declared = [r('/blog/2018/09/24/x.html', '/blog/2018/09/24/x/'), r('/posts/x', '/blog/2018/09/24/x/'), r('/posts/x/', '/blog/2018/09/24/x/', 'content/posts/x.md')];
    const { problems, redirects } = check(declared);
    expect(problems).toEqual([]);
    expect(redirects).toEqual(declared.slice(0, 2));
  });

  it('refuses a hostile address with the line it is declared on', () => {
    const p = refusal('/../../../../tmp/x.html');
    expect(p).toEqual({
      file: 'content/redirects.yml',
      line: 7,
      code: 'E119',
      severity: 'error',
      message: 'la redirection depuis « /../../../../tmp/x.html » a le segment « .. », que les navigateurs résolvent avant de demander l’adresse à l’hébergeur',
      fix: 'écrivez l’adresse sans segment . ni .., comme un navigateur la montre',
    });
  });

  it('refuses a redirect over a page, whichever way its address is written', () => {
    expect(refusal('/tag/design/')).toMatchObject({
      code: 'E122',
      message: 'la redirection depuis /tag/design/ remplacerait la page /tag/design/',
      fix: 'retirez cette redirection, ou déplacez la page /tag/design/',
    });
    expect(refusal('/index.html')).toMatchObject({ code: 'E122', message: 'la redirection depuis /index.html remplacerait la page /', fix: 'retirez cette redirection, ou déplacez la page /' });
    expect(said(refusal('/blog/index.html'))).toBe('[E122] la redirection depuis /blog/index.html remplacerait la page /blog/');
    expect(said(refusal('/blog'))).toBe('[E122] la redirection depuis /blog remplacerait la page /blog/');
  });

  it('refuses a redirect over a file the build writes', () => {
    expect(refusal('/404.html')).toMatchObject({
      code: 'E122',
      message: 'la redirection depuis /404.html remplacerait le fichier /404.html que la publication écrit',
      fix: 'retirez cette redirection : le site sert lui-même /404.html',
    });
  });

  it('refuses a redirect that needs a folder where the build writes a file', () => {
    expect(refusal('/feed.xml')).toMatchObject({
      code: 'E122',
      message: 'la redirection depuis /feed.xml demanderait un dossier à la place du fichier /feed.xml que la publication écrit',
      fix: 'retirez cette redirection : le site sert lui-même /feed.xml',
    });
    expect(said(refusal('/feed.xml/'))).toBe('[E122] la redirection depuis /feed.xml/ demanderait un dossier à la place du fichier /feed.xml que la publication écrit');
    expect(said(refusal('/_headers'))).toBe('[E122] la redirection depuis /_headers demanderait un dossier à la place du fichier /_headers que la publication écrit');
    expect(said(refusal('/_redirects/'))).toBe('[E122] la redirection depuis /_redirects/ demanderait un dossier à la place du fichier /_redirects que la publication écrit');
    expect(said(refusal('/tag/design/feed.xml'))).toBe(
      '[E122] la redirection depuis /tag/design/feed.xml demanderait un dossier à la place du fichier /tag/design/feed.xml que la publication écrit',
    );
    expect(said(refusal('/blog/index.html/'))).toBe('[E122] la redirection depuis /blog/index.html/ demanderait un dossier à la place de la page /blog/');
    expect(said(refusal('/blog/index.txt/'))).toBe('[E122] la redirection depuis /blog/index.txt/ demanderait un dossier à la place des données de la page /blog/');
  });

  it('says what the site has there, even when another redirect shares the address', () => {
    const { problems } = check([r('/feed.xml/', '/blog/'), r('/feed.xml', '/tag/design/')]);
    expect(problems.map(said)).toEqual([
      '[E122] la redirection depuis /feed.xml/ demanderait un dossier à la place du fichier /feed.xml que la publication écrit',
      '[E122] la redirection depuis /feed.xml demanderait un dossier à la place du fichier /feed.xml que la publication écrit',
    ]);
  });

  it('refuses a redirect into a folder the build writes whole', () => {
    expect(refusal('/_next/static/x.html')).toMatchObject({
      code: 'E122',
      message: 'la redirection depuis /_next/static/x.html écrirait dans le dossier /_next/ que la publication écrit',
      fix: 'choisissez une adresse hors de /_next/',
    });
    expect(said(refusal('/img/variants/x.html'))).toBe('[E122] la redirection depuis /img/variants/x.html écrirait dans le dossier /img/variants/ que la publication écrit');
  });

  it('refuses a redirect over a file of public/', () => {
    expect(refusal('/img/x.jpg')).toMatchObject({
      code: 'E122',
      message: 'la redirection depuis /img/x.jpg demanderait un dossier à la place du fichier public/img/x.jpg',
      fix: 'retirez cette redirection, ou déplacez public/img/x.jpg',
    });
    expect(said(refusal('/img/x.jpg/'))).toBe('[E122] la redirection depuis /img/x.jpg/ demanderait un dossier à la place du fichier public/img/x.jpg');
    expect(said(refusal('/img/blog/y.pdf/ancien.html'))).toBe('[E122] la redirection depuis /img/blog/y.pdf/ancien.html demanderait un dossier à la place du fichier public/img/blog/y.pdf');
    // A folder of public/ may hold a redirect; a file of another case is another file on the host.
    expect(check([r('/img/blog/ancien.html', '/blog/'), r('/img/X.jpg', '/blog/')]).problems).toEqual([]);
  });

  it("refuses a redirect whose file is another's folder", () => {
    const { problems, redirects } = check([r('/a.html', '/blog/'), r('/a.html/', '/tag/design/', 'content/posts/x.md', 3)]);
    expect(problems).toEqual([
      {
        file: 'content/posts/x.md',
        line: 3,
        code: 'E124',
        severity: 'error',
        message: 'la redirection depuis /a.html/ demanderait un dossier à la place de la redirection depuis /a.html (content/redirects.yml)',
        fix: 'gardez l’une des deux adresses',
      },
    ]);
    expect(redirects.map((x) => x.from)).toEqual(['/a.html']);
  });

  it('refuses two redirects from one address', () => {
    const { problems } = check([r('/old/', '/blog/'), r('/old', '/tag/design/', 'content/posts/x.md')]);
    expect(problems.map(said)).toEqual(['[E123] deux redirections depuis /old : vers /blog/ (content/redirects.yml) et vers /tag/design/']);
    expect(problems[0]!.file).toBe('content/posts/x.md');
  });

  it('refuses a loop, once', () => {
    const { problems, redirects } = check([r('/a/', '/b/'), r('/b/', '/a/')]);
    expect(problems.map(said)).toEqual(['[E125] boucle de redirections : /a/ → /b/ → /a/']);
    expect(redirects).toEqual([]);
  });

  it('refuses a redirect to nowhere', () => {
    expect(said(refusal('/a/', '/nowhere/'))).toBe('[E126] la redirection depuis /a/ mène à /nowhere/, qui n’est ni une page ni un fichier du site');
  });

  it('accepts a redirect to a file of public/, as an old document moved', () => {
    expect(check([r('/assets/y.pdf', '/img/blog/y.pdf')]).problems).toEqual([]);
    expect(said(refusal('/assets/z.pdf', '/img/blog/z.pdf'))).toBe('[E126] la redirection depuis /assets/z.pdf mène à /img/blog/z.pdf, qui n’est ni une page ni un fichier du site');
  });

  it('follows a chain of redirects to its page', () => {
    expect(check([r('/a/', '/b/'), r('/b/', '/blog/')]).problems).toEqual([]);
  });
});

describe('checkRedirects: where a redirect leads', () => {
  const TO_FIX = 'faites-la mener à une page de ce site, par exemple /blog/, ou à une adresse https:// sur un hôte listé dans redirectHosts de site.config.ts';

  it('refuses a host that redirectHosts does not list, saying how to allow it', () => {
    expect(refusal('/a/', 'https://evil.example/')).toMatchObject({
      code: 'E128',
      message: 'la redirection depuis /a/ mène à https://evil.example/, sur evil.example, un hôte absent de redirectHosts',
      fix: 'ajoutez "evil.example" à redirectHosts dans site.config.ts si l’on peut y envoyer les lecteurs, ou faites-la mener à une page de ce site',
    });
    // Credentials before the host do not disguise it.
    expect(said(refusal('/a/', 'https://www.example.org@evil.example/'))).toBe(
      '[E128] la redirection depuis /a/ mène à https://www.example.org@evil.example/, sur evil.example, un hôte absent de redirectHosts',
    );
  });

  it('refuses another host written without a scheme', () => {
    expect(refusal('/a/', '//evil.example/')).toMatchObject({ code: 'E127', message: 'la redirection depuis /a/ mène à « //evil.example/ », un autre hôte écrit sans https:', fix: TO_FIX });
    expect(said(refusal('/a/', '/\\evil.example/'))).toBe('[E127] la redirection depuis /a/ mène à « /\\evil.example/ », un autre hôte écrit sans https:');
  });

  it('refuses other schemes, http included', () => {
    expect(refusal('/a/', 'javascript:alert(1)')).toMatchObject({
      code: 'E127',
      message: 'la redirection depuis /a/ mène à « javascript:alert(1) », qui n’est ni un chemin de ce site ni une adresse https://',
      fix: TO_FIX,
    });
    expect(said(refusal('/a/', 'data:text/html,x'))).toBe('[E127] la redirection depuis /a/ mène à « data:text/html,x », qui n’est ni un chemin de ce site ni une adresse https://');
    expect(said(refusal('/a/', 'http://www.example.org/'))).toBe('[E127] la redirection depuis /a/ mène à « http://www.example.org/ », qui n’est pas en https');
    expect(said(refusal('/a/', 'blog/'))).toBe('[E127] la redirection depuis /a/ mène à « blog/ », qui n’est ni un chemin de ce site ni une adresse https://');
  });

  it('refuses a target with a line break', () => {
    // Shown escaped, on one line: the message cannot print a line of its own.
    expect(said(refusal('/a/', '/blog/\n/* https://evil.example/ 200'))).toBe(
      '[E127] la redirection depuis /a/ mène à « /blog/\\n/* https://evil.example/ 200 », qui contient une espace ou un caractère de contrôle',
    );
  });

  it('accepts an https:// URL on a listed host', () => {
    const declared = [r('/ancien-forum/', 'https://forum.example.org/t/1'), r('/b/', 'https://FORUM.example.org/')];
    const { problems, redirects } = check(declared, ['forum.example.org']);
    expect(problems).toEqual([]);
    expect(redirects).toEqual(declared);
  });
});

describe('loadContent: redirects of posts and of redirects.yml', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redirects-'));
  mkdirSync(path.join(dir, 'posts'));
  writeFileSync(
    path.join(dir, 'posts/2024-01-02-bilan.md'),
    '---\ntitle: Bilan\ndescription: Le bilan\nauthor: Camille\nredirect_from:\n  - /ancien/bilan/\n  - /../../../../tmp/x.html\n---\nTexte.\n',
  );
  writeFileSync(path.join(dir, 'posts/2024-01-03-mon article.md'), '---\ntitle: Espace\ndescription: Un nom de fichier avec une espace\nauthor: Camille\n---\nTexte.\n');
  writeFileSync(
    path.join(dir, 'redirects.yml'),
    '# Old addresses\n- from: /posts/bilan/\n  to: /blog/2024/01/02/bilan/\n\n- from: "/*"\n  to: https://evil.example/\n- from: /feed.xml/\n  to: /blog/\n',
  );
  const content = loadContent({ root: dir, contentDir: dir, publicDir, now: new Date('2026-01-01T00:00:00Z') });
  const errors = content.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: [${p.code}] ${p.message}`);

  it('reports each refused redirect on the line that declares it', () => {
    expect(errors).toEqual([
      'posts/2024-01-02-bilan.md:5: [E119] la redirection depuis « /../../../../tmp/x.html » a le segment « .. », que les navigateurs résolvent avant de demander l’adresse à l’hébergeur',
      'redirects.yml:5: [E120] la redirection depuis « /* » contient « * », que les hébergeurs lisent comme un motif dans _redirects',
      'redirects.yml:7: [E122] la redirection depuis /feed.xml/ demanderait un dossier à la place du fichier /feed.xml que la publication écrit',
    ]);
  });

  it('keeps only the redirects that pass, the Jekyll address of an odd file name escaped', () => {
    expect(content.redirects.map((x) => `${x.from} → ${x.to}`).sort()).toEqual([
      '/ancien/bilan/ → /blog/2024/01/02/bilan/',
      '/blog/2024/01/02/bilan.html → /blog/2024/01/02/bilan/',
      '/blog/2024/01/03/mon%20article.html → /blog/2024/01/03/mon-article/',
      '/posts/bilan/ → /blog/2024/01/02/bilan/',
    ]);
  });
});
