import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { AppLink } from './AppLink';

interface Neighbour {
  path: string;
  title: string;
}

/** Links to the older and newer posts. */
export function PostNav({ older, newer, lang = defaultLang }: { older?: Neighbour; newer?: Neighbour; lang?: string }) {
  if (!older && !newer) return null;
  const t = dictionary(lang).post;
  return (
    <nav aria-label={t.neighbours} className="mt-10 grid gap-4 border-t border-line pt-6 sm:grid-cols-2" data-pagefind-ignore="">
      {older ? (
        <AppLink href={older.path} rel="prev" className="block rounded border border-line p-4 hover:bg-alt">
          <span className="block text-sm text-mention">{t.older}</span>
          <span className="font-semibold underline">{older.title}</span>
        </AppLink>
      ) : (
        <span />
      )}
      {newer && (
        <AppLink href={newer.path} rel="next" className="block rounded border border-line p-4 text-right hover:bg-alt">
          <span className="block text-sm text-mention">{t.newer}</span>
          <span className="font-semibold underline">{newer.title}</span>
        </AppLink>
      )}
    </nav>
  );
}
