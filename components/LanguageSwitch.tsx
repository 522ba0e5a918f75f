import type { Translation } from '@/lib/content/post';
import { dictionary } from '@/lib/i18n';
import { AppLink } from './AppLink';

/**
 * The way to a post's versions in other languages: each link is worded in the language it leads
 * to, and marked so (`lang`, `hrefLang`), so that a screen reader reads it in that language.
 * Nothing when the post has no other version.
 */
export function LanguageSwitch({ versions, lang }: { versions: readonly Translation[]; lang: string }) {
  if (!versions.length) return null;
  return (
    <nav aria-label={dictionary(lang).post.versions} className="mt-4" data-pagefind-ignore="" data-language-switch="">
      <ul className="flex flex-wrap gap-3 p-0">
        {versions.map((v) => (
          <li key={v.lang} className="list-none">
            <AppLink href={v.path} lang={v.lang} hrefLang={v.lang} className="font-medium text-action underline">
              {dictionary(v.lang).post.readIn}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
