import { fenceAfter, fenceMarker } from '../markdown/fences';
import { translateJekyll } from '../markdown/jekyll';

/** Something the importer changed or could not carry over, at a line of the Jekyll file. */
export interface Note {
  line?: number;
  message: string;
  fix?: string;
}

const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/g;
const JEKYLL_MARKUP = /\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}|\{::?[^}\n]*\}/g;

/**
 * Rewrites a Jekyll post body into clean Markdown, so the imported files hold no Jekyll markup.
 * The translation itself is the renderer's (lib/markdown/jekyll.ts), which keeps lines one for one;
 * this adds what only an import needs:
 * - the text of `{% raw %}` spans is written so that it shows as it did but no longer reads as
 *   Liquid (braces as HTML entities), and the raw tags go;
 * - raw tags inside code blocks, which Jekyll removed but the renderer leaves in fences, are dropped;
 * - a tag that has no equivalent (`{% include x %}`) leaves an HTML comment where it was, which readers
 *   never see, so an editor can find the spot;
 * - `{{ site.x }}` and `{{ page.x }}` become their values when the importer knows them.
 */
export function cleanBody(
  body: string,
  firstLine: number,
  variables: Readonly<Record<string, string>> = {},
): { text: string; fixes: Note[]; problems: Note[] } {
  const fixes: Note[] = [];
  const problems: Note[] = [];
  body = substituteVariables(body, variables, firstLine, fixes);
  const original = body.split('\n');
  const unraw = unrawSpans(original, translateJekyll(body).text.split('\n'));
  const translated = translateJekyll(unraw.join('\n'), firstLine);
  // Outside code blocks no raw tag is left: the ones left are inside fences, where Jekyll removed them too.
  const lines = translated.text.split('\n').map((line) => line.replace(RAW_TAG, ''));

  for (const f of translated.findings) {
    const i = f.line - firstLine;
    const what = f.text.replace(/^\{[{%]-?\s*|\s*-?[}%]\}$/g, '').replace(/--+/g, '-');
    lines[i] = `${lines[i] ?? ''}<!-- Jekyll: ${what} (not imported) -->`.trimStart();
    problems.push({ line: f.line, message: `Liquid ${f.text} removed: it has no equivalent here`, fix: f.fix });
  }

  original.forEach((line, i) => {
    if (lines[i] === line) return;
    const found = (line.match(JEKYLL_MARKUP) ?? []).filter((m) => !translated.findings.some((f) => f.text === m));
    if (!found.length) return;
    const has = (tag: string) => found.some((m) => new RegExp(`^\\{%-?\\s*(end)?${tag}\\b`).test(m));
    const addresses = found.filter((m) => /^\{%-?\s*post_url\b|\|\s*(?:relative|absolute)_url\s*-?\}\}$/.test(m));
    const message = has('highlight')
      ? `${found.join(' ')} turned into a fenced code block`
      : addresses.length === found.length
        ? `${found.join(' ')} turned into ${found.length > 1 ? 'addresses' : 'an address'} of this site`
      : has('raw')
        ? `${line.trim()}: the {% raw %} text kept as readers saw it, without Liquid tags`
        : `Jekyll markup ${found.join(' ')} removed`;
    fixes.push({ line: firstLine + i, message });
  });
  return { text: lines.join('\n'), fixes, problems };
}


/**
 * `{{ site.title }}`, `{{ page.title }}`: the value Jekyll printed, from _config.yml or the post's
 * front matter, written in its place (Jekyll printed it in code blocks too). Raw spans are left as
 * they are, and so is a variable with a filter or without a known value: the translation reports it.
 */
function substituteVariables(body: string, variables: Readonly<Record<string, string>>, firstLine: number, fixes: Note[]): string {
  let inRaw = false;
  return body
    .split('\n')
    .map((line, i) => {
      const rawTags = line.match(RAW_TAG) ?? [];
      const out =
        inRaw || rawTags.length
          ? line
          : line.replace(/\{\{-?\s*((?:site|page)\.[\w.]+)\s*-?\}\}/g, (match: string, name: string) => {
              const value = variables[name];
              if (value === undefined) return match;
              fixes.push({ line: firstLine + i, message: `${match} replaced by its value, ${JSON.stringify(value)}` });
              return value;
            });
      for (const tag of rawTags) inRaw = !/endraw/.test(tag);
      return out;
    })
    .join('\n');
}

/**
 * Lines with the `{% raw %}` spans that lie outside code blocks resolved: tags removed, text kept
 * as readers saw it. `translated` (the renderer's output for the same body) tells which tags are
 * outside code blocks: the renderer changes those lines and leaves code blocks alone. Code blocks
 * inside a raw span stay as written, since the checker and the renderer never read Liquid there.
 */
function unrawSpans(lines: readonly string[], translated: readonly string[]): string[] {
  let inRaw = false;
  let fence: string | undefined;
  return lines.map((line, i) => {
    const tagged = new RegExp(RAW_TAG.source).test(line);
    if (!inRaw && !(tagged && translated[i] !== line)) return line;
    const marker = fenceMarker(line);
    if (inRaw && (fence || marker) && !tagged) {
      if (marker) fence = fenceAfter(fence, marker);
      return line;
    }
    return line
      .split(/(\{%-?\s*(?:end)?raw\s*-?%\})/)
      .map((part) => {
        if (/^\{%-?\s*raw/.test(part)) inRaw = true;
        else if (/^\{%-?\s*endraw/.test(part)) inRaw = false;
        else return inRaw ? literal(part) : part;
        return '';
      })
      .join('');
  });
}

/**
 * Text that shows as written without reading as Liquid: braces as HTML entities, and code spans
 * as `<code>`, since Markdown shows entities in code spans as typed.
 */
function literal(text: string): string {
  const braces = (s: string) => s.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
  return text.replace(/(`+)([\s\S]*?)\1|[^`]+/g, (whole, ticks: string | undefined, code: string | undefined) => {
    if (ticks === undefined) return braces(whole);
    if (!/[{}]/.test(code ?? '')) return whole;
    return `<code>${braces((code ?? '').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;'))}</code>`;
  });
}
