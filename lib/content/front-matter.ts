import matter from 'gray-matter';
import yaml from 'js-yaml';
import { problem } from '../messages';
import type { Problem } from '../problems';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which the body starts, to report body positions. */
  bodyLine: number;
  /** The front matter as written, to find the line of a key. */
  rawFrontMatter: string;
}

/** Why front matter cannot be read: a problem of lib/messages, with where it is. */
export type FrontMatterFailure =
  | { kind: 'noFrontMatter' | 'frontMatterNotMap'; line: number; column?: undefined }
  | { kind: 'yamlSyntax'; reason: string; line?: number; column?: number }
  | { kind: 'unclosedQuote'; quote: string; line: number; column?: number };

/** `message` is the problem's text in the site's language, for callers that only print it. */
export type ParseResult = { ok: true; file: ParsedFile } | ({ ok: false; message: string } & FrontMatterFailure);

const failed = (failure: FrontMatterFailure): ParseResult => ({ ok: false, message: frontMatterProblem('', failure).message, ...failure });

/** The problem an author reads for front matter that cannot be read. */
export function frontMatterProblem(file: string, failure: FrontMatterFailure): Problem {
  const where = { line: failure.line, column: failure.column };
  switch (failure.kind) {
    case 'yamlSyntax':
      return problem('yamlSyntax', file, { reason: failure.reason }, where);
    case 'unclosedQuote':
      return problem('unclosedQuote', file, { quote: failure.quote, line: failure.line }, { line: failure.line, column: failure.column });
    default:
      return problem(failure.kind, file, undefined, where);
  }
}

/**
 * The first line of the front matter (`lines`, the file's lines 2 and after) whose value opens a
 * quote it does not close on that line: YAML reads on to the next quote, or to the end, and then
 * reports something unrelated to the author's mistake. A quoted value over several lines is rare in
 * front matter; one that is closed later is not reported here.
 */
function unclosedQuote(lines: readonly string[], upTo: number): { quote: string; line: number; column: number } | undefined {
  for (let i = 0; i < lines.length && i + 2 <= upTo; i++) {
    const m = /^(\s*(?:-\s+|[^\s#:][^:#]*:\s+))(["'])(.*)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, before = '', quote = '"', rest = ''] = m;
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
    if (!closed) return { quote, line: i + 2, column: before.length + 1 };
  }
  return undefined;
}

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
    return failed({ kind: 'noFrontMatter', line: 1 });
  }
  try {
    // gray-matter caches by content; a fresh options object per call avoids that cache.
    const parsed = matter(source, { engines });
    if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      return failed({ kind: 'frontMatterNotMap', line: 2 });
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
      const line = mark?.line !== undefined ? mark.line + 1 : undefined;
      const lines = source.split(/\r?\n/).slice(1);
      const end = lines.findIndex((l) => /^---\s*$/.test(l));
      const quote = unclosedQuote(end === -1 ? lines : lines.slice(0, end), line ?? Infinity);
      if (quote) return failed({ kind: 'unclosedQuote', ...quote });
      return failed({ kind: 'yamlSyntax', reason: e.reason, line, column: mark?.column !== undefined ? mark.column + 1 : undefined });
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
