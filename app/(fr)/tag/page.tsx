import { tagsMetadata, TagsView } from '@/app/_routes/tags';

const LANG = 'fr';

export const metadata = tagsMetadata(LANG);

export default function TagsPage() {
  return <TagsView lang={LANG} />;
}
