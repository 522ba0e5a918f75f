import { SEARCH_QUERY_PARAM } from '@/lib/search/fields';
import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { searchPath, withBasePath } from '@/lib/urls';

/**
 * A search field that works without JavaScript: a plain GET form to the search page, whose address
 * then holds the words (`/recherche/?q=…`). In the header of every page, and on the 404, where
 * `addressWords` (the base path) lets its few lines of script fill it with the words of the missing address.
 */
export function SearchForm({
  id,
  label,
  compact = false,
  addressWords,
  lang = defaultLang,
}: {
  id: string;
  label?: string;
  compact?: boolean;
  addressWords?: string;
  lang?: string;
}) {
  const L = dictionary(lang).search;
  return (
    <form role="search" action={withBasePath(searchPath(lang))} method="get" className={compact ? 'flex w-full' : 'mx-auto flex w-full max-w-md'}>
      <label htmlFor={id} className="sr-only">
        {label ?? L.field}
      </label>
      <input
        id={id}
        type="search"
        name={SEARCH_QUERY_PARAM}
        placeholder={L.placeholder}
        data-address-words={addressWords}
        className="min-w-0 flex-1 rounded-tl bg-alt px-3 py-2 text-sm text-body shadow-[inset_0_-2px_0_0_var(--border-plain-grey)] placeholder:text-mention"
      />
      <button type="submit" className="rounded-tr bg-action px-3 py-2 text-sm font-medium text-inverted hover:underline">
        {L.submit}
      </button>
    </form>
  );
}
