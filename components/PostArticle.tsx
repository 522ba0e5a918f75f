import { mdxComponentsFor } from '@/components/mdx-components';
import type { Post } from '@/lib/content/post';
import { SIZES } from '@/lib/responsive-images';
import { renderPostBody } from '@/lib/render';
import { prerenderedBody } from '@/lib/render/prerendered';
import { dictionary } from '@/lib/i18n';
import { absoluteUrl, blogPath } from '@/lib/urls';
import { Breadcrumb } from './Breadcrumb';
import { Byline } from './Byline';
import { Cover } from './Cover';
import { DateText } from './DateText';
import { LanguageSwitch } from './LanguageSwitch';
import { Badge } from './PostCard';
import { PageTitle } from './PageTitle';
import { PostNav } from './PostNav';
import { SearchIndexData } from './SearchIndexData';
import { ShareLinks } from './ShareLinks';
import { TagList } from './TagList';

/** A whole post: header, cover, body, tags, sharing and the way to its neighbours. */
export async function PostArticle({ post, older, newer }: { post: Post; older?: Post; newer?: Post }) {
  // The body's HTML rendered before the build, when there is one: the same markup, much cheaper to pass through React.
  const html = prerenderedBody(post);
  const body = html === undefined ? { children: await renderPostBody(post, mdxComponentsFor(post.lang)) } : { dangerouslySetInnerHTML: { __html: html } };
  // Only what the build publishes is indexed; in development drafts and scheduled posts show, and are marked.
  const indexed = !post.draft && !post.scheduled;
  const { lang } = post;
  const t = dictionary(lang);
  return (
    <article className="reading" data-pagefind-body={indexed ? '' : undefined}>
      <Breadcrumb parents={[{ label: t.sections.posts, href: blogPath(1, lang) }]} current={post.title} lang={lang} />
      <header className="mb-8">
        <PageTitle searchWeight={10} lang={lang}>
          {post.title}
        </PageTitle>
        <p className="mt-4 text-mention">
          <DateText date={post.date} lang={lang} /> · <Byline byline={post.byline} authors={post.authors} twitter={post.twitter} lang={lang} /> ·{' '}
          {t.post.readingTime(post.readingMinutes)}
          {post.draft && <Badge>{t.post.draft}</Badge>}
          {post.scheduled && <Badge>{t.post.scheduled}</Badge>}
        </p>
        <div className="mt-4">
          <TagList tags={post.tags} lang={lang} />
        </div>
        <LanguageSwitch versions={post.translations} lang={lang} />
      </header>
      {post.image && <Cover image={post.image} priority sizes={SIZES.article} className="mb-8 h-auto w-full rounded-lg" />}
      <div className="prose max-w-none prose-a:text-action prose-img:rounded prose-code:before:content-none prose-code:after:content-none" {...body} />
      {indexed && <SearchIndexData post={post} />}
      <ShareLinks url={absoluteUrl(post.path)} title={post.title} lang={lang} />
      <PostNav older={older} newer={newer} lang={lang} />
    </article>
  );
}
