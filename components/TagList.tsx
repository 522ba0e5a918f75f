import { defaultLang } from '@/lib/languages';
import { tagPath } from '@/lib/urls';
import { AppLink } from './AppLink';

export interface TagLink {
  name: string;
  slug: string;
  count?: number;
}

/** Tags as written, each linked to its page; with counts on listings. */
export function TagList({
  tags,
  linked = () => true,
  lang = defaultLang,
}: {
  tags: readonly TagLink[];
  /** Whether a tag has a page to link to. */
  linked?: (tag: TagLink) => boolean;
  /** The language of the pages the tags lead to. */
  lang?: string;
}) {
  const pill = 'inline-block rounded-full bg-action-low px-3 py-1 text-sm text-action';
  if (!tags.length) return null;
  return (
    <ul className="flex flex-wrap gap-2 p-0">
      {tags.map((tag) => (
        <li key={tag.slug} className="list-none">
          {linked(tag) ? (
            <AppLink href={tagPath(tag.slug, 1, lang)} className={`${pill} no-underline hover:bg-action-low-hover hover:underline`}>
              {tag.name}
              {tag.count !== undefined && <span className="ml-1 text-action">({tag.count})</span>}
            </AppLink>
          ) : (
            <span className={pill}>{tag.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
