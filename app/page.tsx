import { AppLink } from '@/components/AppLink';
import { PostGrid } from '@/components/PostGrid';
import { TagList } from '@/components/TagList';
import { JsonLd } from '@/components/JsonLd';
import { PageTitle } from '@/components/PageTitle';
import { blogJsonLd, pageMetadata } from '@/lib/metadata';
import { getAuthors, getPosts, getTags } from '@/lib/site';
import { cardPath } from '@/lib/publish/social-cards';
import { authorsPath, blogPath, homePath, tagsPath } from '@/lib/urls';

export const metadata = pageMetadata({ path: '/', card: cardPath(homePath()) });

const LATEST = 4;

export default function HomePage() {
  const posts = getPosts();
  return (
    <>
      <JsonLd data={blogJsonLd('/')} />
      <div className="mb-10">
        {/* The programme's name is the header's: the home page says what the blog is about instead of repeating it. */}
        <PageTitle className="max-w-3xl">Des talents du numérique au service de l&apos;action publique</PageTitle>
        <p className="mt-3 max-w-3xl text-lg text-mention">
          Entrepreneurs, mentors et équipe du programme racontent les défis relevés dans l&apos;administration : ce qui a été construit, appris, et
          ce qu&apos;ils feraient autrement.
        </p>
      </div>
      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-4 text-2xl font-bold">
          Derniers articles
        </h2>
        {posts.length ? <PostGrid posts={posts.slice(0, LATEST)} headingLevel={3} /> : <p>Aucun article publié pour l&apos;instant.</p>}
        <p className="mt-6">
          <AppLink href={blogPath()} className="font-semibold text-action underline">
            Tous les articles ({posts.length})
          </AppLink>
        </p>
      </section>
      <section aria-labelledby="themes" className="mt-12">
        <h2 id="themes" className="mb-4 text-2xl font-bold">
          <AppLink href={tagsPath()} className="hover:underline">Thématiques</AppLink>
        </h2>
        <TagList tags={getTags()} />
      </section>
      <p className="mt-8">
        <AppLink href={authorsPath()} className="font-semibold text-action underline">
          Les {getAuthors().length} auteurs et autrices du blog
        </AppLink>
      </p>
    </>
  );
}
