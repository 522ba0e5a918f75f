import { finding, messages, type Finding, type MarkupChange } from '../messages';
import { highlightToFences, jekyllPieces, lineAt, lineBreaks, lineStartsOf, liquidFinding, shortLiquid, translateLiquid } from '../markdown/jekyll';

/** Something the importer changed or could not carry over, at a line of the Jekyll file, in the site's language with its code. */
export type Note = Finding & { line?: number };

const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/g;
const VARIABLE = /^\{\{-?\s*((?:site|page)\.[\w.]+)\s*-?\}\}$/;

/**
 * Rewrites a Jekyll post body into clean Markdown, so the imported files hold no Jekyll markup.
 * The reading of Jekyll is the renderer's (lib/markdown/jekyll.ts), which keeps lines one for one
 * and leaves code as written; this adds what only an import needs:
 * - the text of `{% raw %}` spans is written so that it shows as it did but no longer reads as
 *   Liquid (braces as HTML entities, except in code, which nothing reads as Liquid), and the raw tags go;
 * - raw tags inside code, which Jekyll removed but the renderer leaves, are dropped;
 * - Liquid that has no equivalent (`{% include x %}`, a loop with its body) leaves an HTML comment at the
 *   end of its first line, which readers never see, so an editor can find the spot;
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
  const text = highlightToFences(body);
  const starts = lineStartsOf(text);
  const lineOf = (offset: number) => firstLine - 1 + lineAt(starts, offset);
  const changed = new Map<number, string[]>();
  const note = (offset: number, markup: string) => changed.set(lineOf(offset), [...(changed.get(lineOf(offset)) ?? []), markup]);
  const markers = new Map<number, string>();

  const out = jekyllPieces(text).map((piece) => {
    switch (piece.kind) {
      case 'text':
        return piece.text;
      case 'code': {
        const ran = liquidInCode(piece.text);
        if (ran) {
          problems.push({ line: lineOf(piece.offset + ran.index), ...finding('importLiquidInCode', { text: ran.text }) });
        }
        const kept = piece.text.replace(RAW_TAG, '');
        if (kept !== piece.text) note(piece.offset, '{% raw %}');
        return kept;
      }
      case 'raw':
        note(piece.offset, '{% raw %}');
        return piece.parts.map((p) => (p.code ? p.text.replace(RAW_TAG, '') : braces(p.text))).join('');
      case 'comment':
      case 'kramdown':
        note(piece.offset, shortLiquid(piece));
        return lineBreaks(piece.text);
      case 'liquid': {
        const name = VARIABLE.exec(piece.text)?.[1];
        const value = name === undefined ? undefined : variables[name];
        if (value !== undefined) {
          fixes.push({ line: lineOf(piece.offset), ...finding('importVariableReplaced', { markup: shortLiquid(piece), value }) });
          return value + lineBreaks(piece.text);
        }
        const translated = translateLiquid(piece);
        if (translated !== undefined) {
          note(piece.offset, shortLiquid(piece));
          return translated;
        }
        const found = liquidFinding(piece, lineOf(piece.offset));
        problems.push({
          line: found.line,
          ...finding('importLiquidRemoved', { text: found.text, line: found.line, ...(found.endLine ? { endLine: found.endLine } : {}), liquid: found.liquid }),
        });
        markers.set(found.line, `${markers.get(found.line) ?? ''}<!-- ${messages().templates.liquidNotImported(commentText(found.text))} -->`);
        return lineBreaks(piece.text);
      }
    }
  });
  for (const [line, texts] of [...changed].sort((a, b) => a[0] - b[0])) fixes.push({ line, ...finding('importMarkupChanged', { change: markupChange(texts) }) });
  fixes.push(...highlightFixes(body, text, firstLine));
  fixes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const lines = out.join('').split('\n');
  for (const [line, marker] of markers) {
    const i = line - firstLine;
    lines[i] = `${lines[i] ?? ''}${marker}`.trimStart();
  }
  return { text: lines.join('\n'), fixes, problems };
}

/**
 * The first Liquid of a code block or span outside its raw spans: Jekyll ran Liquid before Markdown,
 * in code too, but code is left as written here (authors wrap Liquid meant as text in raw tags).
 */
function liquidInCode(code: string): { index: number; text: string } | undefined {
  // Raw spans blanked out, keeping offsets.
  const outside = code.replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g, (m) => ' '.repeat(m.length));
  const m = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.exec(outside);
  return m ? { index: m.index, text: m[0].replace(/\s+/g, ' ') } : undefined;
}

/** What an HTML comment may say of removed Liquid: no Liquid delimiters, no `--`. */
const commentText = (text: string) =>
  text.replace(/\{[{%]-?\s*|\s*-?[}%]\}/g, ' ').replace(/--+/g, '-').replace(/\s+/g, ' ').trim();

/** Text that shows as written without reading as Liquid: braces as HTML entities. */
const braces = (text: string) => text.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');

function markupChange(found: readonly string[]): MarkupChange {
  const has = (tag: string) => found.some((m) => new RegExp(`^\\{%-?\\s*(end)?${tag}\\b`).test(m));
  const addresses = found.filter((m) => /^\{%-?\s*post_url\b|\|\s*(?:relative|absolute)_url\s*-?\}\}$/.test(m));
  if (addresses.length === found.length) return { kind: 'addresses', markup: found.join(' '), count: found.length };
  if (has('raw')) return { kind: 'raw' };
  return { kind: 'removed', markup: found.join(' ') };
}

/** The lines `{% highlight %}` and `{% endhighlight %}` turned into fences. */
function highlightFixes(before: string, after: string, firstLine: number): Note[] {
  const was = before.split('\n');
  return after.split('\n').flatMap((line, i) =>
    line === was[i] ? [] : [{ line: firstLine + i, ...finding('importHighlightFenced', { markup: was[i]?.trim() ?? '' }) }],
  );
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
              fixes.push({ line: firstLine + i, ...finding('importVariableReplaced', { markup: match, value }) });
              return value;
            });
      for (const tag of rawTags) inRaw = !/endraw/.test(tag);
      return out;
    })
    .join('\n');
}
