import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { authorPath, twitterUrl } from '@/lib/urls';
import { AppLink } from './AppLink';

interface BylineAuthor {
  slug: string;
  name: string;
}

/**
 * The byline as the author wrote it, with each resolved author linked to their page.
 * When the byline names people differently from their profiles, the profiles are listed after it.
 */
export function Byline({ byline, authors, twitter, lang = defaultLang }: { byline: string; authors: readonly BylineAuthor[]; twitter?: string; lang?: string }) {
  const linked = linkNames(byline, authors, lang);
  return (
    <span>
      {dictionary(lang).post.by} {linked}
      {twitter && (
        <>
          {' '}
          (
          <a href={twitterUrl(twitter)} className="underline">
            @{twitter}
          </a>
          )
        </>
      )}
    </span>
  );
}

function linkNames(byline: string, authors: readonly BylineAuthor[], lang: string) {
  const idx = (a: BylineAuthor) => byline.toLowerCase().indexOf(a.name.toLowerCase());
  if (authors.length && authors.every((a) => idx(a) >= 0)) {
    const parts: React.ReactNode[] = [];
    let cursor = 0;
    for (const a of [...authors].sort((x, y) => idx(x) - idx(y))) {
      const at = idx(a);
      if (at < cursor) continue;
      parts.push(byline.slice(cursor, at));
      parts.push(
        <AppLink key={a.slug} href={authorPath(a.slug, 1, lang)} className="font-medium underline">
          {byline.slice(at, at + a.name.length)}
        </AppLink>,
      );
      cursor = at + a.name.length;
    }
    parts.push(byline.slice(cursor));
    return parts;
  }
  return (
    <>
      {byline}
      {authors.length > 0 && ' — '}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && ', '}
          <AppLink href={authorPath(a.slug, 1, lang)} className="font-medium underline">
            {a.name}
          </AppLink>
        </span>
      ))}
    </>
  );
}
