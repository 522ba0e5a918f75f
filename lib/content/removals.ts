import { problem, type RemovedAttribute, type RemovedElement } from '../messages';
import type { Problem } from '../problems';
import { isAllowedEmbed } from '../markdown/embeds';
import type { Removal } from '../markdown/sanitize';
import { siteConfig } from '../../site.config';

/**
 * What the sanitiser took out of a post, said to its author: the post still publishes, without
 * it. Each kind of removal says why, so that nobody puts it back another way.
 */

const SCRIPT = ['script', 'noscript'];
const HEAD = ['title', 'meta', 'link', 'base', 'head', 'style'];
const FORM = ['form', 'input', 'button', 'textarea', 'select', 'option', 'datalist', 'fieldset', 'label'];
const PLUGIN = ['object', 'embed', 'applet', 'frame', 'frameset', 'noembed', 'noframes', 'portal'];
const PICTURE_CODE = ['svg', 'math', 'canvas'];

function elementKind(tag: string): RemovedElement {
  if (SCRIPT.includes(tag)) return 'script';
  if (HEAD.includes(tag)) return 'head';
  if (FORM.includes(tag)) return 'form';
  if (PLUGIN.includes(tag)) return 'plugin';
  if (PICTURE_CODE.includes(tag)) return 'drawing';
  if (/^[A-Z]|[.:]/.test(tag)) return 'notComponent';
  return 'other';
}

function attributeKind(attribute: string): RemovedAttribute {
  if (/^on/i.test(attribute)) return 'handler';
  if (attribute === 'style') return 'style';
  if (attribute === 'class') return 'class';
  if (attribute === 'href') return 'href';
  if (['src', 'poster', 'cite'].includes(attribute)) return 'url';
  return 'other';
}

export function removalProblem(file: string, removal: Removal, bodyLine: number): Problem {
  const at = { line: removal.line !== undefined ? removal.line + bodyLine - 1 : undefined, column: removal.column };
  const { tag, attribute } = removal;
  if (attribute === undefined) return problem('elementRemoved', file, { tag, withContent: removal.withContent === true, kind: elementKind(tag) }, at);
  return problem('attributeRemoved', file, { attribute, tag, kind: attributeKind(attribute), value: (removal.value ?? '').slice(0, 60) }, at);
}

/** An iframe the sanitiser kept whose host is not a video host of the site: the page shows a link instead. */
export function frameProblem(file: string, src: string, line: number | undefined): Problem | undefined {
  if (isAllowedEmbed(src)) return undefined;
  return problem('frameAsLink', file, { src, hosts: siteConfig.embedHosts.join(', ') }, { line });
}
