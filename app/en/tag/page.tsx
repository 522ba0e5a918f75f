import { tagsMetadata, TagsView } from '@/app/_routes/tags';

const LANG = 'en';

export const metadata = tagsMetadata(LANG);

export default function TagsPage() {
  return <TagsView lang={LANG} />;
}
