import { absoluteUrl } from '../urls';

/**
 * Feed readers show content away from the site: every root-relative link and image
 * (`href="/…"`, `src="/…"`, `srcset` entries) becomes an absolute URL, base path included.
 */
export function absolutiseHtml(html: string): string {
  return html
    .replace(/\b(href|src|poster)="(\/(?!\/)[^"]*)"/g, (_, attr: string, url: string) => `${attr}="${absoluteUrl(url)}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) =>
      `srcset="${set
        .split(',')
        .map((entry) => entry.trim().replace(/^(\/(?!\/)\S*)/, (url) => absoluteUrl(url)))
        .join(', ')}"`,
    );
}
