import { warning, type Problem } from '../problems';
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

function elementWhy(tag: string): { why: string; fix: string } {
  if (SCRIPT.includes(tag)) return { why: 'a post cannot run scripts', fix: `remove the <${tag}>; for a video use <VideoEmbed> or an iframe from an allowed host` };
  if (HEAD.includes(tag)) return { why: 'a post cannot change the page’s head (address, styles, redirects)', fix: `remove the <${tag}>` };
  if (FORM.includes(tag)) return { why: 'posts hold no forms', fix: `remove the <${tag}>, or link to the form where it lives` };
  if (PLUGIN.includes(tag)) return { why: 'plugins and frames of other pages are not embedded', fix: 'link to the file or page instead' };
  if (PICTURE_CODE.includes(tag)) return { why: 'inline drawings can carry links and animations', fix: 'save it as an image file in public/img/ and show it with ![…](/img/…)' };
  if (/^[A-Z]|[.:]/.test(tag)) return { why: 'it is not a component of this site', fix: 'use <Figure>, <VideoEmbed>, <Callout> or <Tags>' };
  return { why: 'this element is not allowed in posts; its text is kept', fix: `remove the <${tag}> tags, or use Markdown` };
}

function attributeWhy(removal: Removal): { why: string; fix: string } {
  const { attribute = '', value = '', tag } = removal;
  if (/^on/i.test(attribute)) return { why: 'event handlers never run in posts', fix: `remove ${attribute}` };
  if (attribute === 'style') return { why: 'posts carry no styles of their own: the site lays them out', fix: 'remove style; set an image’s size with width="…"' };
  if (attribute === 'class') return { why: 'class names belong to the site’s own layout', fix: 'remove class' };
  if (['href', 'src', 'poster', 'cite'].includes(attribute)) {
    return { why: `${JSON.stringify(value.slice(0, 60))} is not an http, https${attribute === 'href' ? ', mailto' : ''} or relative address`, fix: `use an https:// address or a path of the site` };
  }
  return { why: `it is not allowed on <${tag}>`, fix: `remove ${attribute}` };
}

export function removalProblem(file: string, removal: Removal, bodyLine: number): Problem {
  const at = { line: removal.line !== undefined ? removal.line + bodyLine - 1 : undefined, column: removal.column };
  if (removal.attribute === undefined) {
    const { why, fix } = elementWhy(removal.tag);
    return warning(file, `<${removal.tag}> removed${removal.withContent ? ' with its content' : ''}: ${why}`, { ...at, fix });
  }
  const { why, fix } = attributeWhy(removal);
  return warning(file, `${removal.attribute} removed from <${removal.tag}>: ${why}`, { ...at, fix });
}

/** An iframe the sanitiser kept whose host is not a video host of the site: the page shows a link instead. */
export function frameProblem(file: string, src: string, line: number | undefined): Problem | undefined {
  if (isAllowedEmbed(src)) return undefined;
  return warning(file, `iframe ${src} is shown as a link: only https players of ${siteConfig.embedHosts.join(', ')} are embedded`, {
    line,
    fix: 'use the embed address of one of these hosts, or add the host to embedHosts in site.config.ts',
  });
}
