import { describe, expect, it } from 'vitest';
import { isRscPayload, stripFrameworkJs } from './strip-js';

const page = `<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><script src="/_next/static/chunks/b.js" async=""></script></head><body><main>Texte</main><script type="application/ld+json">{"@type":"BlogPosting"}</script><script>self.__next_f.push([1,"x"])</script><div hidden=""><!--$--><!--/$--></div></body></html>`;

describe('stripFrameworkJs', () => {
  it('removes the runtime, its payload and preloads, and keeps the content, styles and structured data', () => {
    const { html, stripped } = stripFrameworkJs(page);
    expect(stripped).toBe(true);
    expect(html).toBe(
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><main>Texte</main><script type="application/ld+json">{"@type":"BlogPosting"}</script></body></html>',
    );
  });

  it('leaves a page that asks for its scripts alone', () => {
    const keep = page.replace('<main>', '<main data-keep-js="">');
    expect(stripFrameworkJs(keep)).toEqual({ html: keep, stripped: false });
  });

  it('knows the payload files from other text files', () => {
    expect(isRscPayload('index.txt')).toBe(true);
    expect(isRscPayload('__next._tree.txt')).toBe(true);
    expect(isRscPayload('robots.txt')).toBe(false);
  });
});
