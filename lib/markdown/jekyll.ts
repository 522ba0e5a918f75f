import { parsePostFileName } from '../dates';
import { fenceAfter, fenceMarker } from './fences';
import { isUrlSafeSlug, slugify } from '../slug';
import { postPath } from '../urls';

/**
 * Jekyll remains in a post body: Liquid tags and kramdown attribute lists. They must never
 * reach a reader as text, so rendering removes or translates them; the checker reports
 * what it could not translate. Lines are kept one for one, so that positions stay right.
 */

export interface JekyllFinding {
  line: number;
  text: string;
  fix: string;
}


/** The address of the post a `{% post_url %}` names (`2018-09-24-slug`, or in a subfolder). */
function postUrl(name: string): string | undefined {
  const parsed = parsePostFileName(`${name.split('/').pop() ?? name}.md`);
  if (!parsed.ok) return undefined;
  return postPath(parsed.date, isUrlSafeSlug(parsed.slug) ? parsed.slug : slugify(parsed.slug));
}

export function translateJekyll(body: string, firstLine = 1): { text: string; findings: JekyllFinding[] } {
  const findings: JekyllFinding[] = [];
  const out: string[] = [];
  let fence: string | undefined;
  let inRaw = false;
  let inComment = false;

  body.split('\n').forEach((line, i) => {
    const lineNo = firstLine + i;
    const highlight = /^\s*\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}\s*$/.exec(line);
    if (!fence && highlight) {
      fence = '```';
      out.push(`\`\`\`${highlight[1]}`);
      return;
    }
    if (fence === '```' && /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/.test(line)) {
      fence = undefined;
      out.push('```');
      return;
    }
    const marker = fenceMarker(line);
    if (marker) {
      fence = fenceAfter(fence, marker);
      out.push(line);
      return;
    }
    if (fence) {
      out.push(line);
      return;
    }

    // `{% raw %}…{% endraw %}` may open and close within the line: only what lies outside is Liquid.
    const pieces = line.split(/\{%-?\s*(endraw|raw)\s*-?%\}/);
    let text = '';
    pieces.forEach((piece, k) => {
      if (k % 2 === 1) inRaw = piece === 'raw';
      else if (inRaw) text += piece;
      else text += translateLine(piece, lineNo);
    });
    out.push(text);
  });

  /** The Liquid and kramdown of a piece of line outside raw blocks; comments may span lines. */
  function translateLine(piece: string, lineNo: number): string {
    let text = piece;
    if (inComment) {
      if (!/\{%-?\s*endcomment\s*-?%\}/.test(text)) return '';
      inComment = false;
      text = text.replace(/^.*?\{%-?\s*endcomment\s*-?%\}/, '');
    }
    text = text.replace(/\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}/g, '');
    if (/\{%-?\s*comment\s*-?%\}/.test(text)) {
      inComment = true;
      text = text.replace(/\{%-?\s*comment\s*-?%\}.*$/, '');
    }
    text = text
      .replace(/\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g, '')
      // `{{ "/img/a.png" | relative_url }}`: the address itself, which is root-relative here.
      .replace(/\{\{-?\s*(['"])([^'"]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g, '$2')
      // `{% post_url 2018-09-24-slug %}`: the post's address on this site.
      .replace(/\{%-?\s*post_url\s+(\S+)\s*-?%\}/g, (match: string, name: string) => postUrl(name) ?? match)
      // kramdown attribute lists and extensions: `{:target="_blank"}`, `{: .class}`, `{::options}`.
      .replace(/\{::?[^}\n]*\}/g, '');
    return text.replace(/\{%-?\s*([\w]+)[^%]*-?%\}|\{\{-?[^}]*-?\}\}/g, (match: string, tag: string | undefined) => {
      findings.push({
        line: lineNo,
        text: match,
        fix: tag === 'include'
          ? 'Liquid includes do not exist here: paste the included HTML or use an MDX component'
          : 'remove the Liquid code: it is not rendered on this site',
      });
      return '';
    });
  }
  return { text: out.join('\n'), findings };
}
