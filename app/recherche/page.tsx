import { SearchPage } from '@/components/SearchPage';
import { pageMetadata } from '@/lib/metadata';
import { searchLabels } from '@/lib/search/labels';
import { getAuthors, getPosts, getTags } from '@/lib/site';
import { searchPath } from '@/lib/urls';

export const metadata = pageMetadata({ title: searchLabels.pageTitle, description: searchLabels.pageDescription, path: searchPath() });

export default function SearchRoute() {
  return <SearchPage posts={getPosts()} tags={getTags()} authors={getAuthors()} dev={process.env.NODE_ENV === 'development'} />;
}
