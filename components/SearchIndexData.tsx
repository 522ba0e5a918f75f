import type { Post } from '@/lib/content/post';
import { searchRecord } from '@/lib/search/fields';

/**
 * What Pagefind reads of a published post besides its visible text (scripts/postbuild/search-index.ts):
 * the description, searchable though the page does not show it, and the date, authors and tags a result
 * shows and filters by, as `<data>` values (no text, so nothing of them is read twice). Hidden from
 * every reader, screen readers included.
 */
export function SearchIndexData({ post }: { post: Post }) {
  const { meta, filters } = searchRecord(post);
  return (
    <div hidden>
      <p data-pagefind-weight="3">{post.description}</p>
      {Object.entries(meta).map(([key, value]) => (
        <data key={key} value={value} data-pagefind-meta={`${key}[value]`} />
      ))}
      {Object.entries(filters).flatMap(([key, values]) =>
        values.map((value) => <data key={`${key}:${value}`} value={value} data-pagefind-filter={`${key}[value]`} />),
      )}
    </div>
  );
}
