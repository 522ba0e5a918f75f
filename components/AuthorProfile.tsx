import { mdxComponents } from '@/components/mdx-components';
import type { AuthorSummary } from '@/lib/content/build-index';
import type { Post } from '@/lib/content/post';
import type { PageOf } from '@/lib/pagination';
import { renderPostBody } from '@/lib/render';
import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { authorPath, authorsPath, twitterUrl } from '@/lib/urls';
import { Avatar } from './Avatar';
import { Breadcrumb } from './Breadcrumb';
import { PageTitle } from './PageTitle';
import { Pagination } from './Pagination';
import { PostGrid } from './PostGrid';

/** An author's page: photo, bio and links, then one page of their posts. */
export async function AuthorProfile({ author, posts, lang = defaultLang }: { author: AuthorSummary; posts: PageOf<Post>; lang?: string }) {
  const t = dictionary(lang);
  const bio = author.bio ? await renderPostBody({ body: author.bio, format: 'md' }, mdxComponents) : null;
  return (
    <>
      <Breadcrumb parents={[{ label: t.authors.heading, href: authorsPath(lang) }]} current={author.name} lang={lang} />
      <div className="mb-10 flex flex-col gap-6 sm:flex-row sm:items-center">
        <Avatar name={author.name} src={author.avatar} size={120} />
        <div>
          <PageTitle lang={lang}>{author.name}</PageTitle>
          {/* A bio is written in the site's language: marked so on another language's page. */}
          {bio && (
            <div className="prose mt-3" lang={lang === defaultLang ? undefined : defaultLang}>
              {bio}
            </div>
          )}
          <ul className="mt-3 flex flex-wrap gap-4 p-0">
            {author.twitter && (
              <li className="list-none">
                <a href={twitterUrl(author.twitter)} className="underline">
                  {t.footer.onX(author.twitter)}
                </a>
              </li>
            )}
            {author.website && (
              <li className="list-none">
                <a href={author.website} className="underline">
                  {t.authors.website}
                </a>
              </li>
            )}
          </ul>
        </div>
      </div>
      <h2 className="mb-4 text-2xl font-bold">
        {t.posts(author.count)}
        {posts.totalPages > 1 && `, ${t.pageOf(posts.page, posts.totalPages)}`}
      </h2>
      <PostGrid posts={posts.items} headingLevel={3} />
      <Pagination page={posts.page} totalPages={posts.totalPages} hrefOf={(p) => authorPath(author.slug, p, lang)} lang={lang} />
    </>
  );
}
