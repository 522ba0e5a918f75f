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

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

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
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
      out.push(line);
      return;
    }
    if (fence) {
      out.push(line);
      return;
    }

    let text = line.replace(/\{%-?\s*(end)?raw\s*-?%\}/g, (_, end: string | undefined) => {
      inRaw = !end;
      return '';
    });
    if (inRaw) {
      out.push(text);
      return;
    }
    if (inComment) {
      if (/\{%-?\s*endcomment\s*-?%\}/.test(text)) inComment = false;
      out.push('');
      return;
    }
    if (/\{%-?\s*comment\s*-?%\}/.test(text) && !/\{%-?\s*endcomment\s*-?%\}/.test(text)) {
      inComment = true;
      out.push(text.replace(/\{%-?\s*comment\s*-?%\}.*$/, ''));
      return;
    }
    text = text
      .replace(/\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}/g, '')
      .replace(/\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g, '')
      // kramdown attribute lists and extensions: `{:target="_blank"}`, `{: .class}`, `{::options}`.
      .replace(/\{::?[^}\n]*\}/g, '');
    text = text.replace(/\{%-?\s*([\w]+)[^%]*-?%\}|\{\{-?[^}]*-?\}\}/g, (match: string, tag: string | undefined) => {
      findings.push({
        line: lineNo,
        text: match,
        fix: tag === 'include'
          ? 'Liquid includes do not exist here: paste the included HTML or use an MDX component'
          : 'remove the Liquid code: it is not rendered on this site',
      });
      return '';
    });
    out.push(text);
  });
  return { text: out.join('\n'), findings };
}
