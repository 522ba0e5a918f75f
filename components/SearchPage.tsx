import type { AuthorSummary, Post, TagSummary } from '@/lib/site';
import { SEARCH_FILTERS, SEARCH_QUERY_PARAM, SITE_SCRIPTS } from '@/lib/search/fields';
import { dictionary } from '@/lib/i18n';
import { authorPath, basePath, searchPath, withBasePath } from '@/lib/urls';
import { AppLink } from './AppLink';
import { DateText } from './DateText';
import { PageHeading } from './PageHeading';
import { TagList } from './TagList';

const LATEST = 5;
const field = 'block w-full rounded-t border-0 bg-alt px-4 py-2 text-body shadow-[inset_0_-2px_0_0_var(--border-plain-grey)]';

function Select({ name, label, all, options }: { name: string; label: string; all: string; options: readonly string[] }) {
  const id = `filtre-${name}`;
  return (
    <p className="min-w-0 flex-1 basis-40">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-title">
        {label}
      </label>
      <select id={id} name={name} data-search-filter="" className={field} defaultValue="">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The search page: a GET form (the address holds the search, `?q=…`), the results its script writes
 * (lib/search/client.ts), and what helps without the script: the tags, the authors and the posts by
 * year. In development there is no index, and the page says so.
 */
export function SearchPage({
  posts,
  tags,
  authors,
  dev,
  lang,
}: {
  posts: readonly Post[];
  tags: readonly TagSummary[];
  authors: readonly AuthorSummary[];
  dev: boolean;
  lang: string;
}) {
  const { search: L, results: resultLabels } = dictionary(lang);
  const years = [...new Set(posts.map((p) => p.day.year))].sort((a, b) => b - a);
  const postsOf = (year: number) => posts.filter((p) => p.day.year === year);
  return (
    <div id="recherche" data-base={basePath} data-labels={JSON.stringify(resultLabels)}>
      <PageHeading title={L.pageTitle} intro={L.pageIntro} lang={lang} />
      <form role="search" action={withBasePath(searchPath(lang))} method="get" data-search-form="" className="mb-6 max-w-3xl">
        <label htmlFor="recherche-mots" className="mb-1 block font-medium text-title">
          {L.field}
        </label>
        <div className="flex">
          <input id="recherche-mots" type="search" name={SEARCH_QUERY_PARAM} autoComplete="off" className={`${field} min-w-0 flex-1`} />
          <button type="submit" className="rounded-tr bg-action px-4 py-2 font-medium text-inverted hover:underline">
            {L.submit}
          </button>
        </div>
        <fieldset hidden data-search-only-with-js="" className="mt-4">
          <legend className="mb-2 font-medium text-title">{L.filters}</legend>
          <div className="flex flex-wrap gap-4">
            <Select name={SEARCH_FILTERS.tag} label={L.filterTag} all={L.filterAll} options={tags.map((t) => t.name)} />
            <Select name={SEARCH_FILTERS.author} label={L.filterAuthor} all={L.filterAllAuthors} options={authors.map((a) => a.name)} />
            <Select name={SEARCH_FILTERS.year} label={L.filterYear} all={L.filterAll} options={years.map(String)} />
          </div>
        </fieldset>
      </form>
      {dev ? (
        <p className="mb-6 max-w-3xl border-l-4 border-action bg-alt-blue p-4">{L.devNote}</p>
      ) : (
        <noscript>
          <p className="mb-6 max-w-3xl border-l-4 border-action bg-alt-blue p-4">{L.noScript}</p>
        </noscript>
      )}
      <p role="status" data-search-status="" className="mb-4 font-medium text-title" />
      <ol data-search-results="" className="grid max-w-3xl gap-4 p-0" />
      <p>
        <button type="button" hidden data-search-more="" className="mt-4 border border-action px-4 py-2 font-medium text-action hover:bg-alt">
          {resultLabels.more}
        </button>
      </p>
      <div hidden data-search-empty="" className="max-w-3xl">
        <h2 className="mb-3 mt-2 text-xl font-bold text-title">{L.suggestionsTags}</h2>
        <TagList tags={tags.slice(0, 12)} lang={lang} />
        <h2 className="mb-3 mt-6 text-xl font-bold text-title">{L.suggestionsLatest}</h2>
        <ul className="p-0">
          {posts.slice(0, LATEST).map((p) => (
            <li key={p.path} className="mb-2 list-none">
              <AppLink href={p.path} className="underline">
                {p.title}
              </AppLink>
            </li>
          ))}
        </ul>
      </div>

      <section aria-labelledby="parcourir" className="mt-12 border-t border-line pt-8">
        <h2 id="parcourir" className="mb-6 text-2xl font-bold text-title">
          {L.browse}
        </h2>
        <h3 className="mb-3 text-xl font-bold text-title">{L.browseTags}</h3>
        <TagList tags={tags} lang={lang} />
        <h3 className="mb-3 mt-8 text-xl font-bold text-title">{L.browseAuthors}</h3>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 p-0">
          {authors.map((a) => (
            <li key={a.slug} className="list-none">
              <AppLink href={authorPath(a.slug, 1, lang)} className="underline">
                {a.name}
              </AppLink>{' '}
              <span className="text-sm text-mention">({a.count})</span>
            </li>
          ))}
        </ul>
        <h3 className="mb-3 mt-8 text-xl font-bold text-title">{L.browseYears}</h3>
        {years.map((year, i) => (
          <details key={year} open={i === 0} className="mb-2 border-b border-line pb-2">
            <summary className="cursor-pointer py-1 font-medium text-title">{L.postsOfYear(String(year), postsOf(year).length)}</summary>
            <ul className="mt-2 p-0">
              {postsOf(year).map((p) => (
                <li key={p.path} className="mb-1 list-none">
                  <DateText date={p.date} lang={lang} /> ·{' '}
                  <AppLink href={p.path} className="underline">
                    {p.title}
                  </AppLink>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it runs once the page is parsed, and never blocks it */}
      {!dev && <script type="module" src={withBasePath(SITE_SCRIPTS.search)} data-site-script="" />}
    </div>
  );
}
