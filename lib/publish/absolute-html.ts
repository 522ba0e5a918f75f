import { siteConfig } from '../../site.config';

/**
 * Feed readers show content away from the site: every root-relative link and image
 * (`href="/…"`, `src="/…"`, `srcset` entries) becomes an absolute URL. The HTML comes from
 * the site's own components, whose paths already carry the base path: only the origin is added.
 */
const absolute = (url: string) => `${siteConfig.url}${url}`;

export function absolutiseHtml(html: string): string {
  return html
    .replace(/\b(href|src|poster)="(\/(?!\/)[^"]*)"/g, (_, attr: string, url: string) => `${attr}="${absolute(url)}"`)
    .replace(/\bsrcset="([^"]*)"/gi, (_, set: string) =>
      `srcset="${set
        .split(',')
        .map((entry) => entry.trim().replace(/^(\/(?!\/)\S*)/, absolute))
        .join(', ')}"`,
    );
}
