import { mdxComponents } from '@/components/mdx-components';
import type { StaticPage } from '@/lib/content/static-page';
import { renderPostBody } from '@/lib/render';

/** A static page of content/pages/: its title, then its body rendered as a post's is. */
export async function StaticPageArticle({ page }: { page: StaticPage }) {
  const body = await renderPostBody(page, mdxComponents);
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-8 text-3xl font-bold leading-tight text-title sm:text-4xl">{page.title}</h1>
      <div className="prose max-w-none prose-a:text-action">{body}</div>
    </article>
  );
}
