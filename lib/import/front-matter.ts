import yaml from 'js-yaml';
import { finding, type EmptyKey, type Finding } from '../messages';
import { closest } from '../problems';
import { foldForMatch, slugify } from '../slug';

/** Jekyll accepts a list or a space-separated string; a category is one name. */
export function tagList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map((v) => String(v).trim()).filter(Boolean);
  if (typeof value === 'string' || typeof value === 'number') return String(value).split(/\s+/).filter(Boolean);
  return [];
}

export interface TagMapping {
  tags: string[];
  /** Tags written in `tags` that the site does not allow, or beyond its maximum. */
  imported: string[];
  /** `Design` → `design`: tags kept under the allowed spelling. */
  renamed: { from: string; to: string }[];
  /** Suggestions for the imported ones, when an allowed tag is close. */
  suggestions: Map<string, string>;
  /** Those of `imported` that are allowed, but come after the post's maximum. */
  overLimit: string[];
}

/** The allowed tag that `tag` names: as written, else after case and accent folding, else by its slug. */
export function allowedTag(tag: string, allowed: readonly string[]): string | undefined {
  return (
    allowed.find((a) => a === tag) ??
    allowed.find((a) => foldForMatch(a) === foldForMatch(tag)) ??
    (slugify(tag) ? allowed.find((a) => slugify(a) === slugify(tag)) : undefined)
  );
}

/**
 * A tag as this site writes its tags: lower case, one space between words (`Machine  Learning`
 * → `machine learning`), Unicode composed. Tags that then share a slug are the same tag.
 */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * Jekyll tags to the site's allowed ones, matched after case and accent folding
 * (`evaluation` → `évaluation`). Categories add tags only when they match: the others stay in
 * `categories`, kept as written, so nothing is lost and nothing is listed twice.
 */
export function mapTags(written: readonly string[], categories: readonly string[], allowed: readonly string[], max: number): TagMapping {
  const result: TagMapping = { tags: [], imported: [], renamed: [], suggestions: new Map(), overLimit: [] };
  for (const [tag, fromTags] of [...written.map((t) => [t, true] as const), ...categories.map((t) => [t, false] as const)]) {
    const match = allowed.length ? allowedTag(tag, allowed) : tag;
    if (match && result.tags.length < max) {
      if (!result.tags.includes(match)) result.tags.push(match);
      if (match !== tag) result.renamed.push({ from: tag, to: match });
    } else if (fromTags && !result.imported.includes(tag) && !(match && result.tags.includes(match))) {
      result.imported.push(tag);
      if (match) result.overLimit.push(tag);
      const near = match ? undefined : closest(tag, allowed, foldForMatch);
      if (near) result.suggestions.set(tag, near);
    }
  }
  return result;
}

/** Keys the content schema reads as non-empty text or lists: an empty value there would fail `npm run check`. */
const SCHEMA_KEYS = ['title', 'description', 'author', 'authors', 'twitter', 'image', 'image_alt', 'tags', 'date', 'slug', 'redirect_from', 'layout', 'lang', 'lang-ref', 'categories', 'category'];

/**
 * Front matter Jekyll reads as "not set", dropped so that it never reaches the checks: an empty
 * key (`"": x`), a `null` value (`image:`, `image: ~`), and empty text or lists for the keys the
 * site reads. Each is reported with its line. Other keys (of plugins the blog does not know) are
 * kept as they are: the schema tolerates them.
 */
export function dropEmpty(data: Record<string, unknown>, lineOf: (key: string) => number | undefined): (Finding & { line?: number })[] {
  const notes: (Finding & { line?: number })[] = [];
  for (const [key, value] of Object.entries(data)) {
    let why: EmptyKey | undefined;
    if (key.trim() === '') why = 'noName';
    else if (value === null || value === undefined) why = 'null';
    else if (SCHEMA_KEYS.includes(key) && typeof value === 'string' && value.trim() === '') why = 'text';
    else if (SCHEMA_KEYS.includes(key) && Array.isArray(value) && value.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) {
      why = 'list';
    }
    if (why === undefined) continue;
    delete data[key];
    notes.push({ ...finding('importEmptyDropped', { key, kind: why, value: JSON.stringify(value) ?? String(value) }), line: key.trim() === '' ? undefined : lineOf(key) });
  }
  return notes;
}

/**
 * A description from the first paragraph of text: Markdown and HTML stripped, about
 * `max` characters, cut at a word boundary.
 */
export function deriveDescription(body: string, max = 160): string | undefined {
  const withoutBlocks = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/<(script|style|iframe)\b[\s\S]*?<\/\1>/gi, '');
  for (const block of withoutBlocks.split(/\n\s*\n/)) {
    if (/^\s*(#|\||-{3,}|\*{3,}|<table)/.test(block)) continue;
    const text = block
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]/g, '$1$2')
      .replace(/<[^>]+>/g, ' ')
      .replace(/^\s*(?:[-*+>]|\d+\.)\s+/gm, '')
      .replace(/[*_`~]+/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
    if (/\p{L}{2}/u.test(text)) return shorten(text, max);
  }
  return undefined;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(/[\s,;:.!?—–-]+$/, '')}…`;
}

/** `retrospective-defis-eig2` → `Retrospective defis eig2`: a title to be edited, but a valid one. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A post file. Front matter is written with js-yaml: the same data always gives the same
 * text, which is what makes a second import find nothing to change. Strings that YAML would
 * read as dates or numbers are quoted, so every reader keeps them as written.
 */
export function serializeFile(data: Record<string, unknown>, body: string): string {
  const frontMatter = yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${frontMatter}---\n${body.replace(/^\n*/, '\n').replace(/\s*$/, '\n')}`;
}
