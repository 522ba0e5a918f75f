import { SearchPage } from '@/components/SearchPage';
import { dictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { getAuthors, getPosts, getTags } from '@/lib/site';
import { searchPath } from '@/lib/urls';
import { everyLanguage } from './versions';

export const searchMetadata = (lang: string) => {
  const t = dictionary(lang).search;
  return pageMetadata({ title: t.pageTitle, description: t.pageDescription, path: searchPath(lang), lang, versions: everyLanguage((l) => searchPath(l)) });
};

export function SearchView({ lang }: { lang: string }) {
  return <SearchPage posts={getPosts(lang)} tags={getTags(lang)} authors={getAuthors(lang)} dev={process.env.NODE_ENV === 'development'} lang={lang} />;
}
