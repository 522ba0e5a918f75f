import { describe, expect, it } from 'vitest';
import type { FileLookup } from '../content/images';
import { findRefs, replaceRefs, resolveRef, type RefContext } from './references';
import { siteFiles } from './site-files';

const nothing: FileLookup = { exists: () => false, caseMatch: () => undefined, refused: () => undefined };
const ctx: RefContext = {
  site: siteFiles(['img/a.jpg', 'img/été.jpg', 'docs/r.pdf', 'img/Photo.PNG', 'docs/mon rapport.pdf']),
  target: { exists: (p) => p === '/img/deja.jpg', caseMatch: (p) => (p === '/img/DEJA.jpg' ? '/img/deja.jpg' : undefined), refused: () => undefined },
  siteHosts: ['example.org', 'www.example.org'],
  postDir: '/blog/2018/09/24/',
};

describe('findRefs and replaceRefs', () => {
  it('finds images, links, reference definitions and HTML addresses, and rewrites them in place', () => {
    // A reference definition cannot interrupt a paragraph (CommonMark): it stands after a blank line.
    const text = ['![a](/img/a.JPG "t") [b](docs/r.pdf)', '', '[ref]: /img/x.png', '', '<img src="/img/y.jpg"> <a href="/z.pdf">z</a>', '[![c](/c.png)](/d.pdf)'].join('\n');
    const refs = findRefs(text);
    expect(refs.map((r) => [r.index, r.url, r.image])).toEqual([
      [0, '/img/a.JPG', true],
      [0, 'docs/r.pdf', false],
      [2, '/img/x.png', false],
      [4, '/img/y.jpg', true],
      [4, '/z.pdf', false],
      [5, '/c.png', true],
      [5, '/d.pdf', false],
    ]);
    expect(replaceRefs(text, [{ ref: refs[0]!, url: '/img/a.jpg' }, { ref: refs[1]!, url: '/docs/r.pdf' }]).split('\n')[0]).toBe('![a](/img/a.jpg "t") [b](/docs/r.pdf)');
  });

  it('reads addresses as the parser does: an <img> over several lines, none in code, the same address twice', () => {
    const text = ['<img', '  alt="a"', '  src="/img/multi.jpg">', '', '```', '![x](/img/code.jpg)', '```', '', 'Du `![y](/img/inline.jpg)` et [![z](/same.png)](/same.png)'].join('\n');
    expect(findRefs(text).map((r) => [r.index, r.start, r.url, r.image])).toEqual([
      [2, 7, '/img/multi.jpg', true],
      [8, 36, '/same.png', true],
      [8, 48, '/same.png', false],
    ]);
  });
});

describe('resolveRef', () => {
  it('copies a file found as written', () => {
    expect(resolveRef('/img/a.jpg', true, ctx)).toEqual({ url: '/img/a.jpg', copy: 'img/a.jpg' });
  });
  it('fixes the case, keeping the query', () => {
    expect(resolveRef('/img/photo.png?v=2', true, ctx)).toMatchObject({ url: '/img/Photo.PNG?v=2', copy: 'img/Photo.PNG' });
    expect(resolveRef('/img/%C3%89T%C3%89.jpg', true, ctx)).toMatchObject({ url: '/img/été.jpg', copy: 'img/été.jpg' });
  });
  it('finds a file whose accented name is in another Unicode form', () => {
    expect(resolveRef('/img/e\u0301te\u0301.jpg', true, ctx)).toMatchObject({ url: '/img/été.jpg', copy: 'img/été.jpg' });
  });
  it('writes URL-encoded references with the file name, encoded only where Markdown needs it', () => {
    expect(resolveRef('/img/%C3%A9t%C3%A9.jpg', true, ctx)).toEqual({ url: '/img/été.jpg', copy: 'img/été.jpg', change: { kind: 'fileName' } });
    expect(resolveRef('/docs/mon%20rapport.pdf', false, ctx)).toEqual({ url: '/docs/mon%20rapport.pdf', copy: 'docs/mon rapport.pdf' });
  });
  it('makes relative and absolute addresses of the old site root-relative', () => {
    expect(resolveRef('../../../../img/a.jpg', true, ctx)).toMatchObject({ url: '/img/a.jpg', copy: 'img/a.jpg' });
    expect(resolveRef('img/a.jpg', true, ctx)).toMatchObject({ url: '/img/a.jpg', copy: 'img/a.jpg' });
    expect(resolveRef('https://www.example.org/docs/r.pdf', false, ctx)).toMatchObject({ url: '/docs/r.pdf', copy: 'docs/r.pdf' });
  });
  it('makes links to old posts root-relative, and leaves other pages of the old site absolute', () => {
    expect(resolveRef('https://www.example.org/blog/2018/10/15/fing-algo.html', false, ctx)).toMatchObject({ url: '/blog/2018/10/15/fing-algo.html' });
    expect(resolveRef('https://www.example.org/blog/2018/05/29/pourquoi', false, ctx)).toMatchObject({ url: '/blog/2018/05/29/pourquoi' });
    for (const url of ['https://www.example.org/communaute/2018/bastien-guerry.html', 'https://www.example.org/defis/']) {
      expect(resolveRef(url, false, ctx)).toEqual({ url });
    }
  });
  it('uses a file public/ already has, in its case', () => {
    expect(resolveRef('/img/deja.jpg', true, ctx)).toEqual({ url: '/img/deja.jpg' });
    expect(resolveRef('/img/DEJA.jpg', true, ctx)).toMatchObject({ url: '/img/deja.jpg' });
  });
  it('reports a local file found nowhere, but not pages of the old site', () => {
    expect(resolveRef('/img/perdue.png', true, ctx)).toEqual({ url: '/img/perdue.png', missing: '/img/perdue.png' });
    expect(resolveRef('/blog/2018/01/01/x.html', false, ctx)).toEqual({ url: '/blog/2018/01/01/x.html' });
    expect(resolveRef('/about/', false, { ...ctx, target: nothing })).toEqual({ url: '/about/' });
  });
  it('asks for remote images over https and leaves other addresses alone', () => {
    expect(resolveRef('http://cdn.org/x.png', true, ctx).url).toBe('https://cdn.org/x.png');
    expect(resolveRef('//cdn.org/x.png', true, ctx).url).toBe('https://cdn.org/x.png');
    for (const url of ['http://other.org/x.pdf', '#haut', 'mailto:a@b.fr', 'data:image/png;base64,AA']) {
      expect(resolveRef(url, false, ctx)).toEqual({ url });
    }
  });
});
