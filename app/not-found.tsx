import { AppLink } from '@/components/AppLink';
import { NotFoundRetry } from '@/components/dev/NotFoundRetry';
import { PageTitle } from '@/components/PageTitle';
import { SearchForm } from '@/components/SearchForm';
import { pageMetadata } from '@/lib/metadata';
import { SITE_SCRIPTS } from '@/lib/search/fields';
import { searchLabels } from '@/lib/search/labels';
import { basePath, blogPath, homePath, withBasePath } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Page introuvable', path: '/404.html', noindex: true });

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl text-center">
      {process.env.NODE_ENV === 'development' && <NotFoundRetry />}
      <PageTitle>Page introuvable</PageTitle>
      <p className="mt-4 text-lg text-mention">
        Cette page n&apos;existe pas ou a changé d&apos;adresse. L&apos;article que vous cherchez est peut-être dans la liste de tous les articles.
      </p>
      <div className="mt-8">
        <SearchForm id="recherche-404" label={searchLabels.notFoundSearch} addressWords={basePath} />
      </div>
      {/* The one script of a page other than search: it fills the field with the words of the missing address (lib/search/not-found-client.ts). */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it runs once the page is parsed, and never blocks it */}
      {process.env.NODE_ENV !== 'development' && <script type="module" src={withBasePath(SITE_SCRIPTS.notFound)} data-site-script="" />}
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        <AppLink href={blogPath()} className="font-semibold text-action underline">
          Tous les articles
        </AppLink>
        <AppLink href={homePath()} className="underline">
          Accueil
        </AppLink>
      </p>
    </div>
  );
}
