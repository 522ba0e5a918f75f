import { PageHeading } from '@/components/PageHeading';
import { TagList } from '@/components/TagList';
import { pageMetadata } from '@/lib/metadata';
import { getTags } from '@/lib/site';
import { tagsPath } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Thématiques', description: 'Les thématiques du blog et leurs articles.', path: tagsPath() });

export default function TagsPage() {
  const tags = getTags();
  return (
    <>
      <PageHeading title="Thématiques" intro={`${tags.length} thématiques, avec le nombre d'articles de chacune.`} />
      <TagList tags={tags} />
    </>
  );
}
