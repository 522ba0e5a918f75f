import type { Post } from '@/lib/content/post';
import type { TagSummary } from '@/lib/content/build-index';
import { blogJsonLd } from '@/lib/metadata';
import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { blogPath } from '@/lib/urls';
import { JsonLd } from './JsonLd';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { PostGrid } from './PostGrid';
import { TagList } from './TagList';

/** One page of the blog: its own cards only, the tags, and the way to the others. */
export function BlogPage({
  posts,
  page,
  totalPages,
  tags,
  lang = defaultLang,
}: {
  posts: readonly Post[];
  page: number;
  totalPages: number;
  tags: readonly TagSummary[];
  lang?: string;
}) {
  const t = dictionary(lang);
  return (
    <>
      <JsonLd data={blogJsonLd(blogPath(page, lang), lang)} />
      <PageHeading title={page > 1 ? t.blog.titleOfPage(page) : t.blog.title} intro={totalPages > 1 ? t.blog.pageIntro(page, totalPages) : undefined} lang={lang} />
      <section aria-label={t.sections.tags} className="mb-8">
        <TagList tags={tags} lang={lang} />
      </section>
      <PostGrid posts={posts} />
      <Pagination page={page} totalPages={totalPages} hrefOf={(p) => blogPath(p, lang)} lang={lang} />
    </>
  );
}
