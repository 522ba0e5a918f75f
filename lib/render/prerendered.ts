import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Post } from '../content/post';
import { basePath } from '../urls';
import { defaultLang } from '../languages';

/**
 * Post bodies rendered to HTML before `next build` (scripts/prerender/run.ts, run by scripts/prebuild.ts), so that a
 * post page hands React one string instead of a tree of elements: building that tree, sending
 * it through the server-component payload and rendering it again to HTML was most of the cost
 * of a post page. The string is what React itself writes for the same elements
 * (`renderToString` keeps the `<!-- -->` between adjacent texts, as the page render does),
 * so readers get the same HTML either way; a page without a prerendered body renders it as before.
 */
export const PRERENDER_DIR = path.join(process.cwd(), '.cache', 'post-html');

// Part of every key: change it when what a file holds changes.
const FORMAT_VERSION = 2;

/** A body, and the language that decides its typography (the site's own when none is given). */
type BodySource = Pick<Post, 'body' | 'format'> & { lang?: string };

/** File name of a body's HTML: a hash of everything the page's render of it depends on besides the code. */
export function prerenderKey(post: BodySource): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT_VERSION, basePath, post.format, post.lang ?? defaultLang, post.body]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Whether React, rendering the same elements in a page, would write this HTML and nothing
 * more. It would not for elements it hoists into `<head>` (`title`, `meta`, `link`, `style`,
 * `script`), nor for an image that is not lazy, which it also announces with a preload link.
 */
export function isSelfContained(html: string): boolean {
  if (/<(?:title|meta|link|style|script|base|html|head|body)[\s/>]/i.test(html)) return false;
  for (const [img] of html.matchAll(/<img\b[^>]*>/gi)) if (!/\sloading="lazy"/.test(img)) return false;
  return true;
}

/**
 * The prerendered HTML of a post's body, or undefined when there is none (the page then renders
 * the body itself). Never in development: the files belong to one build, not to code being edited.
 */
export function prerenderedBody(post: BodySource): string | undefined {
  if (process.env.NODE_ENV === 'development') return undefined;
  try {
    return readFileSync(path.join(PRERENDER_DIR, `${prerenderKey(post)}.html`), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A prerendered body as `renderToStaticMarkup` writes it, for the feeds: without the `<!-- -->`
 * that React puts between adjacent texts for the browser's benefit. Text is escaped and a body
 * keeps no HTML comment, so that marker can only be such a separator.
 */
export const withoutTextSeparators = (html: string) => html.replaceAll('<!-- -->', '');
