import { closest, warning, type Problem } from '../problems';
import type { ImageReference, LinkReference } from '../markdown/references';
import { ownSitePath } from '../urls';

/**
 * Warnings about a post body that do not stop a build but hurt readers: images without a
 * text alternative, and links to posts of this blog that do not exist. They read the references
 * the parsed tree holds (lib/markdown/references.ts), so code is never mistaken for them.
 */

const POST_URL = /^\/blog\/\d{4}\/\d{2}\/\d{2}\/[^/?#]+/;

/** The site path of a link when it points into this site's posts; undefined otherwise. */
function postLinkPath(href: string): string | undefined {
  const local = ownSitePath(href) ?? href;
  const path = local.split(/[?#]/)[0] ?? '';
  if (!POST_URL.test(path)) return undefined;
  // Old `.html` addresses are redirects; a path without its trailing slash is the same page.
  return path.endsWith('.html') || path.endsWith('/') ? path : `${path}/`;
}

/** `line` is the line in the body; `bodyLine` the file line the body starts on. */
export function lintReferences(
  file: string,
  bodyLine: number,
  refs: { images: readonly ImageReference[]; links: readonly LinkReference[] },
  knownPaths: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  for (const image of refs.images) {
    if (image.syntax === 'markdown' && !image.alt?.trim()) {
      problems.push(
        warning(file, `image ${image.src} has no alt text`, {
          line: lineOf(image.line),
          fix: `say what it shows between the brackets: ![Ce que montre l’image](${image.src})`,
        }),
      );
    } else if (image.syntax !== 'markdown' && image.alt === undefined) {
      // `alt=""` is a deliberate choice for a decorative image; no alt at all is an omission.
      problems.push(
        warning(file, `<${image.syntax}> ${image.src} has no alt text`, {
          line: lineOf(image.line),
          fix: 'add alt="ce que montre l’image" (or alt="" if it is only decorative)',
        }),
      );
    }
  }
  const known = [...knownPaths];
  for (const link of refs.links) {
    const path = postLinkPath(link.href);
    if (!path || knownPaths.has(path)) continue;
    const guess = closest(path, known);
    problems.push(
      warning(file, `link to ${link.href}: no post has this address`, {
        line: lineOf(link.line),
        fix: guess ? `did you mean ${guess}?` : 'check the date and slug of the post it should lead to',
      }),
    );
  }
  return problems;
}
