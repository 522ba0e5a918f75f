import { notFound } from 'next/navigation';
import { AppLink } from '@/components/AppLink';
import { AuthorProfile } from '@/components/AuthorProfile';
import { Avatar } from '@/components/Avatar';
import { PageHeading } from '@/components/PageHeading';
import { dictionary } from '@/lib/i18n';
import { authorPageMetadata, pageMetadata } from '@/lib/metadata';
import { authorLaterPages, getAuthor, getAuthors } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';
import { authorPath, authorsPath } from '@/lib/urls';
import { authorLanguages, everyLanguage } from './versions';

export const authorsMetadata = (lang: string) => {
  const t = dictionary(lang).authors;
  return pageMetadata({ title: t.title, description: t.description, path: authorsPath(lang), lang, versions: everyLanguage((l) => authorsPath(l)) });
};

export function AuthorsView({ lang }: { lang: string }) {
  const authors = getAuthors(lang);
  const t = dictionary(lang);
  return (
    <>
      <PageHeading title={t.authors.heading} intro={t.authors.intro(authors.length)} lang={lang} />
      <ul className="grid gap-4 p-0 sm:grid-cols-2 md:grid-cols-3">
        {authors.map((a) => (
          <li key={a.slug} className="flex list-none items-center gap-4 rounded-lg border border-line p-4">
            <Avatar name={a.name} src={a.avatar} size={56} />
            <span>
              <AppLink href={authorPath(a.slug, 1, lang)} className="font-semibold underline">
                {a.name}
              </AppLink>
              <span className="block text-sm text-mention">{t.posts(a.count)}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export const authorParams = (lang: string) => atLeastOne(getAuthors(lang).map((a) => ({ author: a.slug })), ['author']);
/** Pages 2 and after of the authors with more posts than a page holds; page 1 is /auteur/<slug>/. */
export const authorLaterParams = (lang: string) => atLeastOne(authorLaterPages(lang), ['author', 'page']);

export function authorMetadata(slug: string, page: number, lang: string) {
  const found = getAuthor(slug, page, lang);
  return found ? authorPageMetadata(found.author, found.posts.page, lang, authorLanguages(slug)) : {};
}

export async function AuthorView({ slug, page, lang, later = false }: { slug: string; page: number; lang: string; later?: boolean }) {
  const found = getAuthor(slug, page, lang);
  if (!found || (later && found.posts.page === 1)) notFound();
  return <AuthorProfile author={found.author} posts={found.posts} lang={lang} />;
}
