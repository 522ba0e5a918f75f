import yaml from 'js-yaml';
import { parseFrontMatter } from '../content/front-matter';
import { parseTagsFile, tagsFileHeader } from '../content/tags-file';
import { slugify } from '../slug';
import { allowedTag, normaliseTag, tagList } from './front-matter';

/** What became of one tag of the old site. */
export type SiteTagStatus = 'allowed' | 'added' | 'not allowed' | 'no address';

/** A tag of the old site: the posts that carry it, under every spelling that names the same tag page. */
export interface SiteTag {
  /** As this site writes it: the allowed tag it matches, else its most used spelling, normalised. */
  name: string;
  /** Posts that carry it. */
  count: number;
  /** Spellings met in the posts that differ from `name`, with their counts. */
  spellings: { written: string; count: number }[];
  status: SiteTagStatus;
}

/**
 * The tags of the old site's posts, with their counts, most used first. Spellings that share
 * a slug (`Machine Learning`, `machine-learning`) are one tag, since they would share its page.
 */
export function siteTags(texts: readonly string[], allowed: readonly string[]): SiteTag[] {
  const groups = new Map<string, { order: number; posts: number; written: Map<string, number> }>();
  for (const text of texts) {
    const parsed = parseFrontMatter(text);
    if (!parsed.ok) continue;
    const seen = new Set<string>();
    for (const written of tagList(parsed.file.data.tags)) {
      const key = slugify(written) || normaliseTag(written);
      const group = groups.get(key) ?? { order: groups.size, posts: 0, written: new Map<string, number>() };
      groups.set(key, group);
      group.written.set(written, (group.written.get(written) ?? 0) + 1);
      if (!seen.has(key)) group.posts++;
      seen.add(key);
    }
  }
  const tags = [...groups.entries()].map(([key, g]) => {
    const byNormal = new Map<string, number>();
    for (const [w, n] of g.written) byNormal.set(normaliseTag(w), (byNormal.get(normaliseTag(w)) ?? 0) + n);
    // The most used spelling; on a tie, the first met.
    const [mostUsed = key] = [...byNormal.entries()].reduce<[string, number] | []>((best, e) => (best.length && best[1] >= e[1] ? best : e), []);
    const match = allowed.length ? [...g.written.keys()].map((w) => allowedTag(w, allowed)).find((m) => m !== undefined) : undefined;
    const name = match ?? mostUsed;
    const status: SiteTagStatus = !slugify(name) ? 'no address' : !allowed.length || match ? 'allowed' : 'not allowed';
    const spellings = [...g.written.entries()].filter(([w]) => w !== name).map(([written, count]) => ({ written, count }));
    return { tag: { name, count: g.posts, spellings, status }, order: g.order };
  });
  return tags.sort((a, b) => b.tag.count - a.tag.count || a.order - b.order).map((t) => t.tag);
}

/**
 * tags.yml with `added` after what it already holds (a new file starts with the list `allowed`
 * came from): the file only grows. Undefined when the result would not read back as the list
 * plus the new tags (a list written `[a, b]`, a file that does not parse): then nothing is added.
 */
export function withAddedTags(current: string | undefined, allowed: readonly string[], added: readonly string[], comment: string): string | undefined {
  if (!added.length) return current;
  const base =
    current === undefined
      ? `${tagsFileHeader()}${allowed.length ? yaml.dump([...allowed], { lineWidth: -1 }) : ''}`
      : current.trim() === ''
        ? ''
        : current.endsWith('\n')
          ? current
          : `${current}\n`;
  const text = `${base}# ${comment}\n${yaml.dump([...added], { lineWidth: -1 })}`;
  const check = parseTagsFile('tags.yml', text);
  const expected = [...(current === undefined ? allowed : parseTagsFile('tags.yml', current).tags), ...added];
  return check.problems.length === 0 && check.tags.join('\n') === expected.join('\n') ? text : undefined;
}
