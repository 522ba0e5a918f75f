import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pageImages, possibleImageUrls, srcsetUrls } from '../../lib/publish/page-images';
import { checkPageImages, formatMissing, pagePath, siteFileOf } from './check-images';

describe('pageImages', () => {
  it('reads src and every srcset candidate of <img> and <source>, attributes over several lines, entities decoded', () => {
    const html = [
      '<!doctype html><html><body>',
      '<picture><source type="image/webp"',
      '  srcset="/img/a-480.webp 480w,',
      '          /img/a-768.webp 768w"><img',
      '  alt="x"',
      '  src="/img/a.png?v=1&amp;w=2"></picture>',
      '<p>&lt;img src="/not/an/image.png"&gt; <code>&lt;img src=/x.png&gt;</code></p>',
      '<!-- <img src="/commented.png"> -->',
      '</body></html>',
    ].join('\n');
    expect(pageImages(html)).toEqual([
      { url: '/img/a-480.webp', tag: 'source', attr: 'srcset', line: 3 },
      { url: '/img/a-768.webp', tag: 'source', attr: 'srcset', line: 3 },
      { url: '/img/a.png?v=1&w=2', tag: 'img', attr: 'src', line: 6 },
    ]);
    expect(pageImages(html, { lines: false }).map((i) => i.line)).toEqual([2, 2, 4].map(() => undefined));
  });

  it('splits a srcset as browsers do: commas inside a URL, descriptors, no descriptor', () => {
    expect(srcsetUrls('/a.webp 480w, /b.webp 2x,/c.webp')).toEqual(['/a.webp', '/b.webp', '/c.webp']);
    expect(srcsetUrls(' data:image/png;base64,AAA= 1x, /d,e.webp 2x ')).toEqual(['data:image/png;base64,AAA=', '/d,e.webp']);
    expect(srcsetUrls('/a.webp,, /b.webp,')).toEqual(['/a.webp', '/b.webp']);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('possibleImageUrls', () => {
  // Pages of tags whose attributes are the tricky ones often: quotes and `src=` inside values,
  // names that contain `src`, unquoted values, case and spaces; between tags, comments, scripts,
  // templates, entities and stray quotes.
  const value = fc
    .array(fc.constantFrom('/img/a.png', '/b.webp 2x', 'c.jpg', ',', ' ', 'src=', 'srcset=', '"', "'", '>', '<', '=', 'x', '&amp;'), { maxLength: 5 })
    .map((parts) => parts.join(''));
  const attribute = fc
    .tuple(
      fc.constantFrom('src', 'SRC', 'srcset', 'SrcSet', 'alt', 'data-src', 'xsrc', 'src set', 'title', 'src/'),
      fc.constantFrom('=', ' = ', '=\n', '\t=', '', '\f=\f'),
      fc.constantFrom('"', "'", ''),
      value,
    )
    .map(([name, equals, quote, text]) => ` ${name}${equals}${quote}${text}${quote}`);
  const tag = fc
    .tuple(fc.constantFrom('img', 'IMG', 'source', 'image', 'p', 'script', 'a'), fc.array(attribute, { maxLength: 4 }), fc.constantFrom('>', '/>', ''))
    .map(([name, attributes, end]) => `<${name}${attributes.join('')}${end}`);
  const between = fc.constantFrom('<!--', '-->', '<template>', '</template>', '<script>', '</script>', '<textarea>', '</textarea>', '<svg>', '</svg>', '<table><td>', ' texte ', '"', "'", '\r', '\0');
  const pages = fc.array(fc.oneof(tag, tag, between), { maxLength: 12 }).map((parts) => parts.join(''));

  it('holds every address pageImages finds, whenever it gives an answer', () => {
    fc.assert(
      fc.property(pages, (html) => {
        const candidates = possibleImageUrls(html);
        if (candidates === undefined) return;
        const found = new Set(candidates);
        for (const image of pageImages(html, { lines: false })) expect(found).toContain(image.url);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the attributes a value hides behind, and refuses what the parser would rewrite', () => {
    expect(possibleImageUrls(`<img alt='src="x' src="/y.png"><source srcset="/a.webp 1x, /b.webp 2x">`)).toEqual(
      expect.arrayContaining(['/y.png', '/a.webp', '/b.webp']),
    );
    expect(possibleImageUrls('<img alt="src=" src="/real.png">')).toContain('/real.png');
    expect(possibleImageUrls('<img SRC = /z.png>')).toEqual(['/z.png']);
    expect(possibleImageUrls('<img src="/a.png?x=1&amp;y=2">')).toBeUndefined();
    expect(possibleImageUrls('<img src="/a.png">\r\n')).toBeUndefined();
    expect(possibleImageUrls('<p>rien</p>')).toEqual([]);
  });
});

describe('siteFileOf', () => {
  it('gives the site path of local addresses, resolving relative ones against the page', () => {
    expect(pagePath('blog/2018/x/index.html')).toBe('/blog/2018/x/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
    expect(siteFileOf('/img/a.png', 'index.html', '')).toBe('/img/a.png');
    expect(siteFileOf('photo.png', 'blog/x/index.html', '')).toBe('/blog/x/photo.png');
    expect(siteFileOf('../img/a.png', 'blog/x/index.html', '')).toBe('/blog/img/a.png');
    expect(siteFileOf('https://example.org/a.png', 'index.html', '')).toBeUndefined();
    expect(siteFileOf('//cdn.example.org/a.png', 'index.html', '')).toBeUndefined();
    expect(siteFileOf('data:image/png;base64,AAA', 'index.html', '')).toBeUndefined();
    expect(siteFileOf('https://blog.example/img/a.png', 'index.html', '', 'https://blog.example')).toBe('/img/a.png');
  });

  it('takes the base path off, and names nothing of out/ outside it', () => {
    expect(siteFileOf('/sous-dossier/img/a.png', 'index.html', '/sous-dossier')).toBe('/img/a.png');
    expect(siteFileOf('img/a.png', 'blog/index.html', '/sous-dossier')).toBe('/blog/img/a.png');
    expect(siteFileOf('/img/a.png', 'index.html', '/sous-dossier')).toBeNull();
  });
});

describe('checkPageImages', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'check-images-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let count = 0;
  /** An out/ folder holding `files` (empty) and `pages` (their HTML). */
  function out(files: string[], pages: Record<string, string>): string {
    const dir = path.join(root, `out-${count++}`);
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    for (const [page, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
      writeFileSync(path.join(dir, page), `<!doctype html><html><body>\n${html}\n</body></html>`);
    }
    return dir;
  }

  it('passes when every image a page names is a file of out/', async () => {
    const dir = out(['img/a.png', 'img/variants/a-1-480.webp', 'img/été.png', 'blog/x/photo.png', '_next/x.png'], {
      'index.html': '<img src="/img/a.png" srcset="/img/variants/a-1-480.webp 480w, https://example.org/b.webp 2x">',
      'blog/x/index.html': '<img src="photo.png"><img src="/img/%C3%A9t%C3%A9.png"><img src="/img/été.png?v=2#top">',
      '_next/ignored.html': '<img src="/nothing.png">',
    });
    expect(await checkPageImages({ outDir: dir })).toEqual([]);
  });

  it('reports only the images a page really names: not a file written in a comment, a script or another attribute', async () => {
    const dir = out(['img/a.png'], {
      'index.html': '<!-- <img src="/img/old.png"> --><script>const x = { src: 1 }; "src=/img/gone.png"</script><img alt=\'src="/img/no.png"\' src="/img/a.png">',
      'blog/x/index.html': '<img src="/img/a.png"><img data-src="/img/lazy.png" src="/img/b.png?x=1&amp;y=2">',
    });
    expect((await checkPageImages({ outDir: dir })).map((m) => [m.page, m.url])).toEqual([['blog/x/index.html', '/img/b.png?x=1&y=2']]);
  });

  it('does not read again the pages kept from a build that checked them, and reads every other', async () => {
    const dir = out([], { 'blog/kept/index.html': '<img src="/img/gone.png">', 'blog/new/index.html': '<img src="/img/missing.png">' });
    const missing = await checkPageImages({ outDir: dir, checkedBefore: new Set(['blog/kept/index.html']) });
    expect(missing.map((m) => [m.page, m.url])).toEqual([['blog/new/index.html', '/img/missing.png']]);
  });

  it('names each page, line, address and, where known, the post and the image a variant is made from', async () => {
    const dir = out(['img/a.png'], {
      'blog/2018/09/24/x/index.html': '<p>texte</p>\n<img src="/img/a.png"\n  srcset="/img/variants/a-1-480.webp 480w, /img/variants/a-1-768.webp 768w">',
      'tag/t/index.html': '<img src="/img/A.PNG">',
    });
    const missing = await checkPageImages({
      outDir: dir,
      postAt: (p) => (p === '/blog/2018/09/24/x/' ? 'content/posts/2018-09-24-x.md' : undefined),
      variantOf: (p) => (p.startsWith('/img/variants/a-') ? { image: '/img/a.png', post: 'content/posts/2018-09-24-x.md' } : undefined),
    });
    expect(missing).toEqual([
      {
        page: 'blog/2018/09/24/x/index.html',
        source: 'content/posts/2018-09-24-x.md',
        url: '/img/variants/a-1-480.webp',
        attr: 'srcset',
        tag: 'img',
        line: 4,
        variantOf: '/img/a.png',
      },
      expect.objectContaining({ url: '/img/variants/a-1-768.webp', line: 4 }),
      // Another case works on a laptop and breaks on a Linux host.
      { page: 'tag/t/index.html', url: '/img/A.PNG', attr: 'src', tag: 'img', line: 2 },
    ]);
    expect(formatMissing(missing, 'out', 'en')).toBe(
      [
        '3 image addresses of 2 pages name no file of out/: browsers would show broken images',
        'out/blog/2018/09/24/x/index.html (from content/posts/2018-09-24-x.md):',
        '  line 4: <img srcset> names /img/variants/a-1-480.webp, which is not in out/, a variant of public/img/a.png',
        '  line 4: <img srcset> names /img/variants/a-1-768.webp, which is not in out/, a variant of public/img/a.png',
        'out/tag/t/index.html:',
        '  line 2: <img src> names /img/A.PNG, which is not in out/',
      ].join('\n'),
    );
  });

  it('says it in the site’s language, French here', () => {
    expect(formatMissing([{ page: '404.html', url: '/x.png', attr: 'src', tag: 'img', line: 3, variantOf: '/img/x.jpg' }], 'out').split('\n')).toEqual([
      'Une adresse d’image d’une page ne mène à aucun fichier de out/ : les navigateurs montreraient des images cassées',
      'out/404.html :',
      '  ligne 3 : <img src> mène à /x.png, absent de out/, une variante de public/img/x.jpg',
    ]);
  });

  it('says it in the singular for one address', () => {
    expect(formatMissing([{ page: '404.html', url: '/x.png', attr: 'src', tag: 'img' }], 'out-hostile', 'en').split('\n')).toEqual([
      '1 image address of 1 page names no file of out-hostile/: browsers would show broken images',
      'out-hostile/404.html:',
      '  line ?: <img src> names /x.png, which is not in out-hostile/',
    ]);
  });

  it('tells apart the two Unicode forms of an accented name, as a Linux host does', async () => {
    const nfd = 'Pre\u0301disauvetage.png';
    const dir = out([`img/${nfd}`], { 'index.html': `<img src="/img/${'Prédisauvetage.png'.normalize('NFC')}"><img src="/img/${encodeURI(nfd)}">` });
    expect((await checkPageImages({ outDir: dir })).map((m) => m.url)).toEqual(['/img/Prédisauvetage.png']);
  });

  it('checks addresses on the site\'s own origin and under the base path; accepts files the posts list as known missing', async () => {
    const dir = out(['img/a.png'], {
      'index.html': [
        '<img src="https://blog.example/img/a.png"><img src="https://blog.example/img/b.png">',
        '<img src="/base/img/a.png"><img src="/img/a.png"><img src="/base/img/perdue.jpg">',
      ].join('\n'),
    });
    const missing = await checkPageImages({ outDir: dir, basePath: '/base', siteUrl: 'https://blog.example', knownMissing: (p) => p === '/img/perdue.jpg' });
    // An absolute URL of the site's origin must carry the base path too: /img/a.png is outside it.
    expect(missing.map((m) => m.url)).toEqual(['https://blog.example/img/a.png', 'https://blog.example/img/b.png', '/img/a.png']);
  });
});
