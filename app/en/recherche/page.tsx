import { searchMetadata, SearchView } from '@/app/_routes/search';

const LANG = 'en';

export const metadata = searchMetadata(LANG);

export default function SearchRoute() {
  return <SearchView lang={LANG} />;
}
