import { AppLink } from '@/components/AppLink';
import { JsonLd } from '@/components/JsonLd';
import { PageTitle } from '@/components/PageTitle';
import { PostGrid } from '@/components/PostGrid';
import { TagList } from '@/components/TagList';
import { dictionary } from '@/lib/i18n';
import { blogJsonLd, pageMetadata } from '@/lib/metadata';
import { cardPath } from '@/lib/publish/social-cards';
import { getAuthors, getPosts, getTags } from '@/lib/site';
import { authorsPath, blogPath, homePath, tagsPath } from '@/lib/urls';
import { everyLanguage } from './versions';

const LATEST = 4;

/** The home page of a language: what the blog is about, its latest posts, its tags. */
export const homeMetadata = (lang: string) =>
  pageMetadata({ path: homePath(lang), card: cardPath(homePath()), lang, versions: everyLanguage((l) => homePath(l)) });

export function HomeView({ lang }: { lang: string }) {
  const t = dictionary(lang);
  const posts = getPosts(lang);
  return (
    <>
      <JsonLd data={blogJsonLd(homePath(lang), lang)} />
      <div className="mb-10">
        {/* The programme's name is the header's: the home page says what the blog is about instead of repeating it. */}
        <PageTitle className="max-w-3xl" lang={lang}>
          {t.home.title}
        </PageTitle>
        <p className="mt-3 max-w-3xl text-lg text-mention">{t.home.intro}</p>
      </div>
      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-4 text-2xl font-bold">
          {t.home.latest}
        </h2>
        {posts.length ? <PostGrid posts={posts.slice(0, LATEST)} headingLevel={3} /> : <p>{t.home.none}</p>}
        <p className="mt-6">
          <AppLink href={blogPath(1, lang)} className="font-semibold text-action underline">
            {t.home.allPosts(posts.length)}
          </AppLink>
        </p>
      </section>
      <section aria-labelledby="themes" className="mt-12">
        <h2 id="themes" className="mb-4 text-2xl font-bold">
          <AppLink href={tagsPath(lang)} className="hover:underline">
            {t.home.themes}
          </AppLink>
        </h2>
        <TagList tags={getTags(lang)} lang={lang} />
      </section>
      <p className="mt-8">
        <AppLink href={authorsPath(lang)} className="font-semibold text-action underline">
          {t.home.authors(getAuthors(lang).length)}
        </AppLink>
      </p>
    </>
  );
}
