import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content';
import { absolutiseHtml } from './absolute-html';
import type { Redirect } from '../content/redirects';
import { contentSecurityPolicy } from './csp';
import { netlifyRedirects, pageLook, redirectFile, redirectPage } from './redirects';
import { buildRobots, buildSitemap } from './sitemap';

const SITE = 'https://entrepreneur-interet-general.etalab.gouv.fr';
const r = (from: string, to: string, file = 'content/redirects.yml'): Redirect => ({ from, to, file });

describe('redirect files', () => {
  it('writes .html addresses as files and folder addresses as index.html', () => {
    expect(redirectFile('/blog/2018/09/24/x.html')).toBe('blog/2018/09/24/x.html');
    expect(redirectFile('/posts/2018/09/24/x')).toBe('posts/2018/09/24/x/index.html');
    expect(redirectFile('/blog/2018/09/24/r%C3%A9ussite.html')).toBe('blog/2018/09/24/réussite.html');
  });

  it('writes a page that refreshes, names the canonical URL and links, with escaped text', () => {
    const html = redirectPage('/blog/2018/09/24/x/', 'A & <B>');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/blog/2018/09/24/x/">');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/blog/2018/09/24/x/">`);
    expect(html).toContain('<a href="/blog/2018/09/24/x/" class="font-bold text-action underline">A &amp; &lt;B&gt;</a>');
  });

  it("carries the pages' Content-Security-Policy right after its encoding, before anything else", () => {
    const html = redirectPage('/blog/2018/09/24/x/', 'X');
    expect(html).toContain(`<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n<title>`);
  });

  it("looks like the site's pages: their stylesheet, the font's class, a phone's viewport", () => {
    const look = pageLook('<!doctype html><html lang="fr" class="marianne_x"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"><link rel="preload" href="/f.woff2" as="font"></head><body></body></html>');
    expect(look).toEqual({ stylesheets: ['/_next/static/chunks/a.css'], htmlClass: 'marianne_x' });
    const html = redirectPage('/blog/2018/09/24/x/', 'X', look);
    expect(html).toContain('<body class="bg-page font-sans text-body antialiased marianne_x">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('lists 301s for hosts that read _redirects', () => {
    expect(netlifyRedirects([r('/a.html', '/b/')])).toBe('/a.html /b/ 301\n');
  });

  it('encodes each address once, however content spelled it', () => {
    expect(netlifyRedirects([r('/blog/2018/09/24/réussite.html', '/b/'), r('/blog/2018/09/25/r%C3%A9ussite.html', '/b/'), r('/100%25/', '/b/')])).toBe(
      '/blog/2018/09/24/r%C3%A9ussite.html /b/ 301\n/blog/2018/09/25/r%C3%A9ussite.html /b/ 301\n/100%25/ /b/ 301\n',
    );
    expect(netlifyRedirects([r('/forum/', 'https://forum.example.org/sujet/été')])).toBe('/forum/ https://forum.example.org/sujet/%C3%A9t%C3%A9 301\n');
  });

  it('throws rather than write an address the checks refuse', () => {
    expect(() => netlifyRedirects([r('/*', '/b/')])).toThrow(
      '[E120] la redirection depuis « /* » contient « * », que les hébergeurs lisent comme un motif dans _redirects : non écrite dans _redirects',
    );
    expect(() => netlifyRedirects([r('/a/\n/* https://evil.example/', '/b/')])).toThrow(
      '[E111] la redirection depuis « /a/\\n/* https://evil.example/ » contient un saut de ligne ou un autre caractère de contrôle',
    );
    expect(() => netlifyRedirects([r('/a/', '//evil.example/')])).toThrow('la redirection depuis /a/ mène à « //evil.example/ » : non écrite dans _redirects');
  });

  it('never receives a redirect the loader refused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-redirects-'));
    mkdirSync(path.join(dir, 'posts'));
    writeFileSync(path.join(dir, 'posts/2024-01-02-bilan.md'), '---\ntitle: Bilan\ndescription: Le bilan\nauthor: Camille\nredirect_from: /%2e%2e/%2e%2e/tmp/x.html\n---\nTexte.\n');
    writeFileSync(
      path.join(dir, 'redirects.yml'),
      ['- from: "/*"\n  to: /blog/', '- from: "/a b/"\n  to: /blog/', '- from: /c/\n  to: //evil.example/', '- from: /d/\n  to: /blog/'].join('\n'),
    );
    const content = loadContent({ root: dir, contentDir: dir, publicDir: path.join(dir, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(content.problems.filter((p) => p.severity === 'error')).toHaveLength(4);
    expect(netlifyRedirects(content.redirects)).toBe('/blog/2024/01/02/bilan.html /blog/2024/01/02/bilan/ 301\n/d/ /blog/ 301\n');
  });
});

describe('feeds and sitemap', () => {
  it('makes root-relative links and images absolute, leaving others alone', () => {
    expect(absolutiseHtml('<a href="/tag/x/">t</a><img src="/img/a.jpg" srcset="/img/a-480.webp 480w, /img/a-768.webp 768w"><a href="https://x.org/">x</a><a href="#s">s</a>')).toBe(
      `<a href="${SITE}/tag/x/">t</a><img src="${SITE}/img/a.jpg" srcset="${SITE}/img/a-480.webp 480w, ${SITE}/img/a-768.webp 768w"><a href="https://x.org/">x</a><a href="#s">s</a>`,
    );
  });

  it('writes a sitemap with absolute, escaped URLs and dates', () => {
    const xml = buildSitemap([{ path: '/tag/a&b/', lastmod: new Date(Date.UTC(2018, 8, 24)) }, { path: '/' }]);
    expect(xml).toContain(`<loc>${SITE}/tag/a&amp;b/</loc>\n    <lastmod>2018-09-24</lastmod>`);
    expect(xml).toContain(`<loc>${SITE}/</loc>\n  </url>`);
  });

  it('names the sitemap in robots.txt', () => {
    expect(buildRobots()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('feeds whatever the content', () => {
  it('leave out the characters XML cannot hold, and keep the rest', async () => {
    const { xmlText } = await import('./feeds');
    expect(xmlText('a\u0001b\u001bc\ud800d\uffffe\tf\ng — é 😀')).toBe('abcde\tf\ng — é 😀');
  });
});
