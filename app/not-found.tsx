import { AppLink } from '@/components/AppLink';
import { NotFoundRetry } from '@/components/dev/NotFoundRetry';
import { PageTitle } from '@/components/PageTitle';
import { pageMetadata } from '@/lib/metadata';
import { blogPath, homePath } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Page introuvable', path: '/404.html', noindex: true });

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl text-center">
      {process.env.NODE_ENV === 'development' && <NotFoundRetry />}
      <PageTitle>Page introuvable</PageTitle>
      <p className="mt-4 text-lg text-mention">
        Cette page n&apos;existe pas ou a changé d&apos;adresse. L&apos;article que vous cherchez est peut-être dans la liste de tous les articles.
      </p>
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
