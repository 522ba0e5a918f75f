import { closest, warning, type Problem } from '../problems';
import { fenceAfter, fenceMarker } from '../markdown/fences';
import { ownSitePath } from '../urls';
import type { PostSource } from './post';

/**
 * Warnings about a post body that do not stop a build but hurt readers: images without a
 * text alternative, and links to posts of this blog that do not exist. A line scan, like the
 * image references of the loader: it must stay fast on thousands of posts.
 */

/** The body with code blanked out (fenced blocks and inline code), line for line. */
export function withoutCode(body: string): string[] {
  let fence: string | undefined;
  return body.split('\n').map((line) => {
    const marker = fenceMarker(line);
    if (marker) {
      fence = fenceAfter(fence, marker);
      return '';
    }
    return fence ? '' : line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
  });
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)/g;
const HTML_IMAGE = /<(img|Figure|Img)\b([^>]*)>/g;
const MARKDOWN_LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)/g;
const HTML_LINK = /<(?:a|AppLink)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']/g;
const POST_URL = /^\/blog\/\d{4}\/\d{2}\/\d{2}\/[^/?#]+/;

/** The site path of a link when it points into this site's posts; undefined otherwise. */
function postLinkPath(href: string): string | undefined {
  const local = ownSitePath(href) ?? href;
  const path = local.split(/[?#]/)[0] ?? '';
  if (!POST_URL.test(path)) return undefined;
  // Old `.html` addresses are redirects; a path without its trailing slash is the same page.
  return path.endsWith('.html') || path.endsWith('/') ? path : `${path}/`;
}

export function lintBody(source: PostSource, knownPaths: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const known = [...knownPaths];
  withoutCode(source.body).forEach((text, i) => {
    const line = source.bodyLine + i;
    for (const m of text.matchAll(MARKDOWN_IMAGE)) {
      if (!m[1]!.trim()) {
        problems.push(
          warning(source.file, `image ${m[2]} has no alt text`, {
            line,
            fix: `say what it shows between the brackets: ![Ce que montre l’image](${m[2]})`,
          }),
        );
      }
    }
    for (const m of text.matchAll(HTML_IMAGE)) {
      const attributes = m[2]!;
      // `alt=""` is a deliberate choice for a decorative image; no alt at all is an omission.
      if (!/\balt\s*=/.test(attributes)) {
        const src = /\bsrc\s*=\s*["']([^"']+)["']/.exec(attributes)?.[1] ?? '';
        problems.push(
          warning(source.file, `<${m[1]}> ${src} has no alt text`, {
            line,
            fix: 'add alt="ce que montre l’image" (or alt="" if it is only decorative)',
          }),
        );
      }
    }
    for (const m of [...text.matchAll(MARKDOWN_LINK), ...text.matchAll(HTML_LINK)]) {
      const path = postLinkPath(m[1]!);
      if (!path || knownPaths.has(path)) continue;
      const guess = closest(path, known);
      problems.push(
        warning(source.file, `link to ${m[1]}: no post has this address`, {
          line,
          fix: guess ? `did you mean ${guess}?` : 'check the date and slug of the post it should lead to',
        }),
      );
    }
  });
  return problems;
}
