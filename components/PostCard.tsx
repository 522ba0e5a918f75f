import type { Post } from '@/lib/content/post';
import { dictionary } from '@/lib/i18n';
import { typeset } from '@/lib/typography';
import { SIZES } from '@/lib/responsive-images';
import { AppLink } from './AppLink';
import { Byline } from './Byline';
import { Cover } from './Cover';
import { DateText } from './DateText';
import { TagList } from './TagList';

/** A post on a listing: what a reader needs to choose it, and nothing of its body. */
export function PostCard({ post, headingLevel = 2 }: { post: Post; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // A card speaks its post's language, wherever it is listed.
  const t = dictionary(post.lang);
  return (
    <article className="flex h-full flex-col overflow-hidden border border-line bg-page shadow-[inset_0_-4px_0_0_var(--border-action-high-blue-france)]">
      {post.image ? (
        <Cover image={post.image} className="aspect-[16/9] w-full object-cover" sizes={SIZES.card} />
      ) : (
        // A card without a picture keeps the frame of a cover where cards stand side by side, so that a row aligns; a lower one alone on its row.
        <div aria-hidden="true" className="flex aspect-[3/1] w-full flex-col justify-end bg-alt-blue p-5 md:aspect-[16/9]">
          <span className="mb-3 block h-1 w-12 bg-action" />
          <span className="text-2xl font-bold text-action first-letter:uppercase">{post.tags[0]?.name ?? t.post.card}</span>
        </div>
      )}
      <div className="flex flex-1 flex-col gap-3 p-5">
        <Heading className="text-xl font-bold leading-snug text-title">
          <AppLink href={post.path} className="hover:underline">
            {typeset(post.title, post.lang)}
          </AppLink>
        </Heading>
        <p className="text-sm text-mention">
          <DateText date={post.date} lang={post.lang} /> · <Byline byline={post.byline} authors={post.authors} lang={post.lang} />
          {post.draft && <Badge>{t.post.draft}</Badge>}
          {post.scheduled && <Badge>{t.post.scheduled}</Badge>}
        </p>
        <p className="text-body">{post.description}</p>
        <TagList tags={post.tags} lang={post.lang} />
        <p className="mt-auto">
          <AppLink href={post.path} className="font-semibold text-action underline">
            {t.post.read}
            <span className="sr-only">{t.frenchTypography ? ' : ' : ': '}{post.title}</span>
          </AppLink>
        </p>
      </div>
    </article>
  );
}

export function Badge({ children }: { children: React.ReactNode }) {
  return <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{children}</span>;
}
