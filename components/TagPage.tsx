import type { TagSummary } from '@/lib/content/build-index';
import type { Post } from '@/lib/content/post';
import type { PageOf } from '@/lib/pagination';
import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { tagFeedPath, tagPath, tagsPath, withBasePath } from '@/lib/urls';
import { Breadcrumb } from './Breadcrumb';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { PostGrid } from './PostGrid';

/** One page of a tag's posts, newest first, with the pages around it and the tag's feed. */
export function TagPage({ tag, posts, lang = defaultLang }: { tag: TagSummary; posts: PageOf<Post>; lang?: string }) {
  const t = dictionary(lang);
  const count = t.posts(tag.count);
  return (
    <>
      <Breadcrumb parents={[{ label: t.sections.tags, href: tagsPath(lang) }]} current={tag.name} lang={lang} />
      <PageHeading title={t.tags.tag(tag.name)} intro={posts.totalPages > 1 ? `${count}, ${t.pageOf(posts.page, posts.totalPages)}` : count} lang={lang} />
      <PostGrid posts={posts.items} />
      <Pagination page={posts.page} totalPages={posts.totalPages} hrefOf={(p) => tagPath(tag.slug, p, lang)} lang={lang} />
      <p className="mt-8 text-sm">
        {/* A plain <a>: the feed is a file, not a page of the app. */}
        <a href={withBasePath(tagFeedPath(tag.slug, lang))} className="underline">
          {t.tags.follow}
        </a>
      </p>
    </>
  );
}
