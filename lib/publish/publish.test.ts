import { describe, expect, it } from 'vitest';
import { absolutiseHtml } from './absolute-html';
import type { Redirect } from '../content/redirects';
import { netlifyRedirects, redirectFile, redirectPage } from './redirects';
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
    expect(html).toContain('<a href="/blog/2018/09/24/x/">A &amp; &lt;B&gt;</a>');
  });

  it('lists 301s for hosts that read _redirects', () => {
    expect(netlifyRedirects([r('/a.html', '/b/')])).toBe('/a.html /b/ 301\n');
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
