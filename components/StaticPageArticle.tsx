import { mdxComponents } from '@/components/mdx-components';
import type { StaticPage } from '@/lib/content/static-page';
import { renderPostBody } from '@/lib/render';
import { Breadcrumb } from './Breadcrumb';
import { PageTitle } from './PageTitle';

/** A static page of content/pages/: its title, then its body rendered as a post's is. */
export async function StaticPageArticle({ page }: { page: StaticPage }) {
  const body = await renderPostBody(page, mdxComponents);
  return (
    <article className="reading">
      <Breadcrumb current={page.title} />
      <PageTitle className="mb-8">{page.title}</PageTitle>
      <div className="prose max-w-none prose-a:text-action">{body}</div>
    </article>
  );
}
