import { isoDay } from '../dates';
import type { SitemapEntry } from '../content/pages';
import { absoluteUrl } from '../urls';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The sitemap; a page in several languages lists each version as an `xhtml:link` alternate, itself included, as search engines ask. */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const lastmod = e.lastmod ? `\n    <lastmod>${isoDay(e.lastmod)}</lastmod>` : '';
    const alternates = (e.alternates ?? [])
      .map((a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(absoluteUrl(a.path))}"/>`)
      .join('');
    return `  <url>\n    <loc>${escapeXml(absoluteUrl(e.path))}</loc>${lastmod}${alternates}\n  </url>`;
  });
  const xhtml = entries.some((e) => e.alternates?.length) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join('\n')}\n</urlset>\n`;
}

export const buildRobots = () => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
