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

  it("keeps the site's own scripts, marked and at a listed address, and no other", () => {
    const own = '<script type="module" src="/sous-dossier/recherche/recherche.js" data-site-script=""></script>';
    const other = '<script type="module" src="/img/x.js" data-site-script=""></script>';
    const unmarked = '<script type="module" src="/sous-dossier/recherche/recherche.js"></script>';
    const { html } = stripFrameworkJs(page.replace('<main>Texte</main>', `<main>Texte${own}${other}${unmarked}</main>`), ['/sous-dossier/recherche/recherche.js']);
    expect(html).toContain(`<main>Texte${own}</main>`);
    expect(html.match(/<script/g)).toHaveLength(2);
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
