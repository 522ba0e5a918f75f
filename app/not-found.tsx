import { AppLink } from '@/components/AppLink';
import { NotFoundRetry } from '@/components/dev/NotFoundRetry';
import { PageTitle } from '@/components/PageTitle';
import { SearchForm } from '@/components/SearchForm';
import { SiteChrome } from '@/components/SiteChrome';
import { dictionary } from '@/lib/i18n';
import { defaultLang, languageCodes } from '@/lib/languages';
import { pageMetadata } from '@/lib/metadata';
import { SITE_SCRIPTS } from '@/lib/search/fields';
import { basePath, blogPath, homePath, withBasePath } from '@/lib/urls';

const t = dictionary(defaultLang);

export const metadata = pageMetadata({ title: t.notFound.title, path: '/404.html', noindex: true });

/**
 * The one 404.html a static host serves for every missing address, in the site's own language and
 * a few words of each other one: it is rendered outside the languages' layouts, so it puts the
 * header and footer around itself.
 */
export default function NotFound() {
  return (
    <SiteChrome lang={defaultLang}>
      <div className="mx-auto max-w-2xl text-center">
        {process.env.NODE_ENV === 'development' && <NotFoundRetry />}
        <PageTitle>{t.notFound.title}</PageTitle>
        <p className="mt-4 text-lg text-mention">{t.notFound.text}</p>
        <div className="mt-8">
          <SearchForm id="recherche-404" label={t.search.notFoundSearch} addressWords={basePath} />
        </div>
        {/* The one script of a page other than search: it fills the field with the words of the missing address (lib/search/not-found-client.ts). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it runs once the page is parsed, and never blocks it */}
        {process.env.NODE_ENV !== 'development' && <script type="module" src={withBasePath(SITE_SCRIPTS.notFound)} data-site-script="" />}
        <p className="mt-6 flex flex-wrap justify-center gap-4">
          <AppLink href={blogPath()} className="font-semibold text-action underline">
            {t.notFound.allPosts}
          </AppLink>
          <AppLink href={homePath()} className="underline">
            {t.notFound.home}
          </AppLink>
        </p>
        {/* One 404.html answers for every address, /en/… included: a reader of another language gets a word in it. */}
        {languageCodes
          .filter((lang) => lang !== defaultLang)
          .map((lang) => (
            <section key={lang} lang={lang} aria-labelledby={`introuvable-${lang}`} className="mt-10 border-t border-line pt-6">
              <h2 id={`introuvable-${lang}`} className="text-xl font-bold">
                {dictionary(lang).notFound.title}
              </h2>
              <p className="mt-2 text-mention">{dictionary(lang).notFound.text}</p>
              <p className="mt-4 flex flex-wrap justify-center gap-4">
                <AppLink href={blogPath(1, lang)} className="font-semibold text-action underline">
                  {dictionary(lang).notFound.allPosts}
                </AppLink>
                <AppLink href={homePath(lang)} className="underline">
                  {dictionary(lang).notFound.home}
                </AppLink>
              </p>
            </section>
          ))}
      </div>
    </SiteChrome>
  );
}
