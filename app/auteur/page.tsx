import { AppLink } from '@/components/AppLink';
import { Avatar } from '@/components/Avatar';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/metadata';
import { getAuthors } from '@/lib/site';
import { authorPath, authorsPath } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Auteurs', description: 'Les personnes qui écrivent sur le blog.', path: authorsPath() });

export default function AuthorsPage() {
  const authors = getAuthors();
  return (
    <>
      <PageHeading title="Auteurs et autrices" intro={`${authors.length} personnes et équipes ont écrit sur ce blog.`} />
      <ul className="grid gap-4 p-0 sm:grid-cols-2 md:grid-cols-3">
        {authors.map((a) => (
          <li key={a.slug} className="flex list-none items-center gap-4 rounded-lg border border-line p-4">
            <Avatar name={a.name} src={a.avatar} size={56} />
            <span>
              <AppLink href={authorPath(a.slug)} className="font-semibold underline">
                {a.name}
              </AppLink>
              <span className="block text-sm text-mention">
                {a.count} article{a.count > 1 ? 's' : ''}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
