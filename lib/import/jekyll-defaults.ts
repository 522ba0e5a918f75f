import type { FrontMatterDefault, JekyllConfig } from './jekyll-config';

/** Keys of `defaults:` that the import or the blog reads; others (layout, comments…) served Jekyll's theme only. */
const READ_KEYS = ['author', 'authors', 'categories', 'category', 'tags', 'image', 'published', 'permalink', 'description', 'twitter', 'lang', 'lang-ref'];

const sanitizePath = (p: string) => p.replace(/^\/+/, '');

/** `FrontmatterDefaults#applies_path?`: an empty path is every file; a glob with `*`; else a prefix. */
function appliesPath(scopePath: string, source: string, collectionsDir: string | undefined): boolean {
  let scope = sanitizePath(scopePath);
  if (!scope) return true;
  if (collectionsDir && scope.startsWith(`${collectionsDir}/`)) scope = scope.slice(collectionsDir.length + 1);
  if (scope.includes('*')) {
    const pattern = scope
      .split(/(\*\*|\*)/)
      .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return new RegExp(`^${pattern}(?:/|$)`).test(source);
  }
  return source.startsWith(scope);
}

/** `FrontmatterDefaults#has_precedence?`: a longer path wins; at equal length, a scope with a type. */
function hasPrecedence(old: FrontMatterDefault | undefined, next: FrontMatterDefault): boolean {
  if (!old) return true;
  const [a, b] = [sanitizePath(next.path).length, sanitizePath(old.path).length];
  if (a !== b) return a >= b;
  return next.type !== undefined || old.type === undefined;
}

/** The values `defaults:` gives a post at `source` (`_posts/x.md`, `_drafts/x.md`), merged as Jekyll merges them. */
export function defaultsFor(source: string, config: Pick<JekyllConfig, 'defaults' | 'collectionsDir'>): Record<string, unknown> {
  const type = source.startsWith('_drafts/') ? 'drafts' : 'posts';
  let values: Record<string, unknown> = {};
  let winner: FrontMatterDefault | undefined;
  for (const set of config.defaults) {
    if (set.type !== undefined && set.type !== type && !(set.type === 'posts' && type === 'drafts')) continue;
    if (!appliesPath(set.path, source, config.collectionsDir)) continue;
    if (hasPrecedence(winner, set)) {
      values = { ...values, ...set.values };
      winner = set;
    } else values = { ...set.values, ...values };
  }
  return values;
}

/**
 * Writes into a post's front matter the values `defaults:` of _config.yml gave it, for the keys the
 * import or the blog reads (author, permalink, categories…), since the new site has no such defaults:
 * the front matter's own values win, as in Jekyll.
 */
export function applyDefaults(
  data: Record<string, unknown>,
  source: string,
  config: Pick<JekyllConfig, 'defaults' | 'collectionsDir'>,
  /** Told the keys written, for the report. */
  written: (keys: readonly string[]) => void,
): void {
  const values = defaultsFor(source, config);
  const added = READ_KEYS.filter((k) => values[k] !== undefined && values[k] !== null && data[k] === undefined);
  for (const key of added) data[key] = values[key];
  if (added.length) written(added);
}

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(String) : []);

/**
 * A post's categories as Jekyll made them (Document#populate_categories): the folders above its
 * `_posts/`, then `categories:` (a text is split at spaces, a list item is kept whole, spaces
 * included), then `category:` (kept whole); each once.
 */
export function jekyllCategories(folders: readonly string[], data: Readonly<Record<string, unknown>>): string[] {
  const written = typeof data.categories === 'string' || typeof data.categories === 'number' ? String(data.categories).split(/\s+/) : listOf(data.categories);
  const single = Array.isArray(data.category) ? listOf(data.category) : data.category !== undefined && data.category !== null ? [String(data.category)] : [];
  return [...new Set([...folders, ...written, ...single].map((c) => c.trim()).filter(Boolean))];
}
