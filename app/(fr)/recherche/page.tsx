import { searchMetadata, SearchView } from '@/app/_routes/search';

const LANG = 'fr';

export const metadata = searchMetadata(LANG);

export default function SearchRoute() {
  return <SearchView lang={LANG} />;
}
