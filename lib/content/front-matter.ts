import matter from 'gray-matter';
import yaml from 'js-yaml';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which the body starts, to report body positions. */
  bodyLine: number;
  /** The front matter as written, to find the line of a key. */
  rawFrontMatter: string;
}

export type ParseResult =
  | { ok: true; file: ParsedFile }
  | { ok: false; line?: number; column?: number; message: string };

// Without YAML timestamps, a date stays the text the author wrote: its calendar day
// cannot be shifted by the zone of the machine that parses it.
const engines = {
  yaml: {
    parse: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
  },
};

export function parseFrontMatter(text: string): ParseResult {
  const source = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(source)) {
    return { ok: false, line: 1, message: 'the file does not start with front matter (a `---` line)' };
  }
  try {
    // gray-matter caches by content; a fresh options object per call avoids that cache.
    const parsed = matter(source, { engines });
    if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      return { ok: false, line: 2, message: 'front matter must be `key: value` lines' };
    }
    const rawFrontMatter = parsed.matter;
    const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length;
    return {
      ok: true,
      file: { data: parsed.data as Record<string, unknown>, body: parsed.content, bodyLine, rawFrontMatter },
    };
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      // js-yaml counts lines from 0 in the text gray-matter gives it, which starts with the
      // newline that ends the opening `---`: its line 0 is the file's line 1.
      const mark = e.mark as { line?: number; column?: number } | undefined;
      return {
        ok: false,
        line: mark?.line !== undefined ? mark.line + 1 : undefined,
        column: mark?.column !== undefined ? mark.column + 1 : undefined,
        message: `YAML syntax error in front matter: ${e.reason}`,
      };
    }
    throw e;
  }
}

/** The 1-based file line where `key:` is written in the front matter, if found. */
export function lineOfKey(rawFrontMatter: string, key: string): number | undefined {
  const lines = rawFrontMatter.replace(/^\r?\n/, '').split('\n');
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const i = lines.findIndex((l) => new RegExp(`^['"]?${escaped}['"]?\\s*:`).test(l));
  return i === -1 ? undefined : i + 2;
}

/** The line of the n-th item of a list key (`tags[1]`), written as a block or inline list. */
export function lineOfListItem(rawFrontMatter: string, key: string, index: number): number | undefined {
  const keyLine = lineOfKey(rawFrontMatter, key);
  if (keyLine === undefined) return undefined;
  const lines = rawFrontMatter.replace(/^\r?\n/, '').split('\n');
  const first = lines[keyLine - 2] ?? '';
  if (/:\s*\[/.test(first) || /:\s*\S/.test(first)) return keyLine;
  let seen = -1;
  for (let i = keyLine - 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (/^\s*-\s/.test(l)) {
      seen++;
      if (seen === index) return i + 2;
    } else if (/^\S/.test(l)) break;
  }
  return keyLine;
}
