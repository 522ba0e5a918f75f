import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { describe as describeProblem } from '../messages';
import { readBody, type BodyFormat } from '../markdown/read-body';
import { bodyReferences } from '../markdown/references';
import { lintImages, lintLinks, siteAddresses } from './body-lint';
import { siteEntries } from './site-entries';

// A site of one post, its old address as a redirect, the tag and list pages, and public/ of this repository.
const POST = '/blog/2018/09/24/retrospective-defis-eig2/';
const pages = ['/', '/blog/', POST, '/tag/', '/tag/design/'];
const site = siteAddresses(
  pages,
  [{ from: '/blog/2018/09/24/retrospective-defis-eig2.html', to: POST, file: 'content/posts/x.md' }],
  siteEntries({ pages, tagSlugs: ['design'], publicDir: path.join(process.cwd(), 'public') }),
);

/** The warnings of a body, read as the checks read it: parsed, then its references. */
function lintBody(body: string, format: BodyFormat = 'md') {
  const read = readBody(body, format);
  if (!read.ok) throw new Error(describeProblem(read.problem.spec).message);
  const refs = bodyReferences(read.trees);
  return [...lintImages('content/posts/x.md', 10, refs.images), ...lintLinks('content/posts/x.md', 10, refs.links, site)];
}
const lint = (body: string, format: BodyFormat = 'md') =>
  lintBody(body, format).map(({ line, message, fix, severity }) => ({
    line,
    message,
    fix,
    severity,
  }));

describe('lintBody: alt text', () => {
  it('warns about a Markdown image without alt text, with its line', () => {
    expect(lint('Texte.\n\n![](/img/blog/photo.jpg)')).toEqual([
      {
        line: 12,
        severity: 'warning',
        message: 'l’image /img/blog/photo.jpg n’a pas de texte alternatif',
        fix: 'dites ce qu’elle montre entre les crochets : ![Ce que montre l’image](/img/blog/photo.jpg)',
      },
    ]);
  });

  it('warns about <img> and <Figure> without alt, but accepts alt="" as decorative', () => {
    const problems = lint('<img src="/a.jpg" />\n\n<Figure src="/b.jpg" caption="Légende" />\n\n<img src="/c.jpg" alt="" />\n\n<img alt="Un chat" src="/d.jpg" />', 'mdx');
    expect(problems.map((p) => p.message)).toEqual(['<img> /a.jpg n’a pas de texte alternatif', '<Figure> /b.jpg n’a pas de texte alternatif']);
    expect(problems.map((p) => p.line)).toEqual([10, 12]);
  });

  it('ignores images shown as code', () => {
    expect(lint('```md\n![](/img/a.jpg)\n```\nEt en ligne : `![](/img/b.jpg)`.')).toEqual([]);
  });
});

describe('lintBody: links to addresses of this site', () => {
  it('accepts links to pages, old addresses, files of public/ and of the build, with or without the final slash, and other sites', () => {
    expect(
      lint(
        [
          '[la rétrospective](/blog/2018/09/24/retrospective-defis-eig2/)',
          '[sans barre](/blog/2018/09/24/retrospective-defis-eig2#suite)',
          '[ancienne adresse](/blog/2018/09/24/retrospective-defis-eig2.html)',
          `[absolue](${siteConfig.url}/blog/2018/09/24/retrospective-defis-eig2/)`,
          '[le flux](/feed.xml) [le flux du design](/tag/design/feed.xml) [une photo](/img/blog/team-building.jpg) [accueil](/) [ancre](#haut)',
          '[ailleurs](https://example.org/blog/2020/01/01/x/) [courriel](mailto:x@example.org)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('warns about a link where nothing answers, post or not, with the closest address', () => {
    expect(lint('Voir [le bilan](/blog/2018/09/25/retrospective-defis-eig2/).\n<a href="/defis/2018/labsante.html">x</a>\n[image](/img/blog/absente.jpg)')).toEqual([
      {
        line: 10,
        severity: 'warning',
        message: 'lien vers /blog/2018/09/25/retrospective-defis-eig2/ : rien sur ce site ne répond à cette adresse',
        fix: 'vouliez-vous dire /blog/2018/09/24/retrospective-defis-eig2/ ?',
      },
      {
        line: 11,
        severity: 'warning',
        message: 'lien vers /defis/2018/labsante.html : rien sur ce site ne répond à cette adresse',
        fix: 'corrigez l’adresse ; pour une page que ce blog ne sert pas, faites un lien vers là où elle vit aujourd’hui, avec son adresse complète en https://',
      },
      {
        line: 12,
        severity: 'warning',
        message: 'lien vers /img/blog/absente.jpg : rien sur ce site ne répond à cette adresse',
        fix: 'corrigez l’adresse ; pour une page que ce blog ne sert pas, faites un lien vers là où elle vit aujourd’hui, avec son adresse complète en https://',
      },
    ]);
  });
});
