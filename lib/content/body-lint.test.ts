import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { readBody, type BodyFormat } from '../markdown/read-body';
import { bodyReferences } from '../markdown/references';
import { lintReferences } from './body-lint';

const known = new Set(['/blog/2018/09/24/retrospective-defis-eig2/', '/blog/2018/09/24/retrospective-defis-eig2.html']);
/** The warnings of a body, read as the checks read it: parsed, then its references. */
function lintBody(body: string, format: BodyFormat = 'md') {
  const read = readBody(body, format);
  if (!read.ok) throw new Error(read.problem.message);
  return lintReferences('content/posts/x.md', 10, bodyReferences(read.trees), known);
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
        message: 'image /img/blog/photo.jpg has no alt text',
        fix: 'say what it shows between the brackets: ![Ce que montre l’image](/img/blog/photo.jpg)',
      },
    ]);
  });

  it('warns about <img> and <Figure> without alt, but accepts alt="" as decorative', () => {
    const problems = lint('<img src="/a.jpg" />\n\n<Figure src="/b.jpg" caption="Légende" />\n\n<img src="/c.jpg" alt="" />\n\n<img alt="Un chat" src="/d.jpg" />', 'mdx');
    expect(problems.map((p) => p.message)).toEqual(['<img> /a.jpg has no alt text', '<Figure> /b.jpg has no alt text']);
    expect(problems.map((p) => p.line)).toEqual([10, 12]);
  });

  it('ignores images shown as code', () => {
    expect(lint('```md\n![](/img/a.jpg)\n```\nEt en ligne : `![](/img/b.jpg)`.')).toEqual([]);
  });
});

describe('lintBody: links to posts', () => {
  it('accepts links to existing posts, their old address, and other pages', () => {
    expect(
      lint(
        [
          '[la rétrospective](/blog/2018/09/24/retrospective-defis-eig2/)',
          '[sans barre](/blog/2018/09/24/retrospective-defis-eig2#suite)',
          '[ancienne adresse](/blog/2018/09/24/retrospective-defis-eig2.html)',
          `[absolue](${siteConfig.url}/blog/2018/09/24/retrospective-defis-eig2/)`,
          '[les défis](/defis/) et [ailleurs](https://example.org/blog/2020/01/01/x/)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('warns about a link to a post that does not exist, with the closest address', () => {
    expect(lint('Voir [le bilan](/blog/2018/09/25/retrospective-defis-eig2/).\n<a href="/blog/2019/01/01/inconnu/">x</a>')).toEqual([
      {
        line: 10,
        severity: 'warning',
        message: 'link to /blog/2018/09/25/retrospective-defis-eig2/: no post has this address',
        fix: 'did you mean /blog/2018/09/24/retrospective-defis-eig2/?',
      },
      {
        line: 11,
        severity: 'warning',
        message: 'link to /blog/2019/01/01/inconnu/: no post has this address',
        fix: 'check the date and slug of the post it should lead to',
      },
    ]);
  });
});
